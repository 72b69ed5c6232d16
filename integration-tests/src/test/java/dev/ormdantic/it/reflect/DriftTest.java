package dev.ormdantic.it.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.reflect.Difference;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.it.Backend;
import dev.ormdantic.it.BackendTest;
import dev.ormdantic.it.TestDatabase;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.reflect.DriftReport;
import dev.ormdantic.migrations.reflect.Inspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Every table {@code init()} creates from the models reads back with no drift, on every live backend; a change made
 * by hand shows up as exactly that change.
 */
class DriftTest {

    static void sql(TestDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @BackendTest
    void everyTableInitCreatedShowsNoDrift(TestDatabase database) {
        Ormdantic db = database.db();
        DriftReport drift = Inspector.of(db).drift().join();
        assertTrue(drift.isEmpty(), drift.describe());
        assertEquals(
                db.tableNames().stream().sorted().toList(),
                Inspector.of(db).tableNames().join().stream()
                        .filter(name -> db.tableNames().contains(name))
                        .toList());
        drift.requireNone();
    }

    @BackendTest
    void aChangeMadeByHandIsExactlyTheDrift(TestDatabase database) throws SQLException {
        Ormdantic db = database.db();
        Backend backend = database.backend();
        boolean mysql = backend == Backend.MARIADB || backend == Backend.MYSQL;
        List<String> statements = new ArrayList<>();
        statements.add(mysql ? "DROP INDEX flavor_name_idx ON flavor" : "DROP INDEX flavor_name_idx");
        statements.add("ALTER TABLE flavor ADD COLUMN note VARCHAR(20) NULL");
        if (backend != Backend.SQLITE) { // SQLite cannot change a column's nullability without a rebuild
            statements.add(
                    mysql
                            ? "ALTER TABLE flavor MODIFY rating INT NULL"
                            : "ALTER TABLE flavor ALTER COLUMN rating DROP NOT NULL");
        }
        sql(database, statements.toArray(String[]::new));

        DriftReport drift = Inspector.of(db).drift().join();
        List<String> expected = new ArrayList<>();
        if (backend != Backend.SQLITE) {
            expected.add("NULLABILITY rating: column 'rating' is NULL, the model's is NOT NULL");
        }
        expected.add("EXTRA_COLUMN note: column 'note' ("
                + (backend == Backend.POSTGRESQL ? "character varying(20)" : mysql ? "varchar(20)" : "VARCHAR(20)")
                + " NULL) is not in the model");
        expected.add("MISSING_INDEX flavor_name_idx: index 'flavor_name_idx' (name) is missing");
        assertEquals(1, drift.tables().size(), drift.describe());
        assertEquals("flavor", drift.tables().get(0).table());
        assertEquals(
                expected,
                drift.differences().stream()
                        .map(d -> d.kind() + " " + d.object() + ": " + d.message())
                        .toList());
        assertFalse(drift.describe().toLowerCase(java.util.Locale.ROOT).contains("reset"), drift.describe());
        assertFalse(drift.describe().toLowerCase(java.util.Locale.ROOT).contains("drop"), drift.describe());

        MigrationException failure = assertThrows(MigrationException.class, drift::requireNone);
        assertEquals(ErrorCode.SCHEMA_DRIFT, failure.code());
        assertTrue(failure.getMessage().contains("table flavor:\n  - "), failure.getMessage());
        assertTrue(
                drift.differences().stream().noneMatch(Difference::blocking) || backend != Backend.SQLITE,
                "on SQLite only an index and a nullable column changed, which an application runs with");
    }

    @BackendTest
    void extraTablesAreReportedAndPatternsLeaveTablesOut(TestDatabase database) throws SQLException {
        Ormdantic db = database.db();
        sql(database, "CREATE TABLE legacy_notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(40) NULL)");
        DriftReport drift = Inspector.of(db).drift().join();
        assertEquals(
                List.of("EXTRA_TABLE legacy_notes"),
                drift.differences().stream()
                        .map(d -> d.kind() + " " + d.table())
                        .toList());
        assertTrue(Inspector.of(db).exclude("legacy_*").drift().join().isEmpty());
        assertEquals(
                List.of("legacy_notes"),
                Inspector.of(db).include("legacy_*").tableNames().join());
    }

    @BackendTest
    void theCacheKeepsItsReadUntilInvalidated(TestDatabase database) throws SQLException {
        Ormdantic db = database.db();
        Inspector inspector = Inspector.of(db).include("later*");
        assertEquals(List.of(), inspector.tableNames().join());
        sql(database, "CREATE TABLE later_table (id INTEGER NOT NULL PRIMARY KEY)");
        assertEquals(List.of(), inspector.tableNames().join(), "answered from the cache");
        CompletionException missing = assertThrows(
                CompletionException.class, () -> inspector.table("later_table").join());
        MigrationException cause = assertInstanceOf(MigrationException.class, missing.getCause());
        assertEquals(ErrorCode.REFLECTED_TABLE_NOT_FOUND, cause.code());
        assertTrue(cause.getMessage().contains("reflected table 'later_table' was not found"), cause.getMessage());
        inspector.invalidate();
        assertEquals(List.of("later_table"), inspector.tableNames().join());
        sql(database, "CREATE TABLE later_other (id INTEGER NOT NULL PRIMARY KEY)");
        assertEquals(
                List.of("later_other", "later_table"),
                inspector.read(true).join().tables().stream().map(t -> t.name()).toList());
    }
}
