package dev.ormdantic.it.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.it.BackendTest;
import dev.ormdantic.it.TestDatabase;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.MigrationOperation;
import dev.ormdantic.migrations.MigrationPlan;
import dev.ormdantic.migrations.SchemaDiff;
import dev.ormdantic.migrations.Snapshots;
import dev.ormdantic.migrations.reflect.Inspector;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Plans applied to live databases (SQLite, PostgreSQL, MariaDB, and the MySQL dialect against MariaDB): rows survive
 * renames and SQLite's rebuild, and every ALTER form the plans write runs.
 */
class MigrationLiveTest {

    private static ColumnSpec text(String name) {
        return new ColumnSpec(name, ColumnType.string(40), false);
    }

    private static ColumnSpec number(String name, boolean nullable) {
        return new ColumnSpec(name, ColumnType.of(Kind.INT), nullable);
    }

    private static TableSpec table(String name, ColumnSpec... columns) {
        return new TableSpec(name, List.of(columns), List.of("id"), List.of());
    }

    private static SchemaSnapshot snapshot(TableSnapshot... tables) {
        return SchemaSnapshot.of(List.of(tables));
    }

    private static DialectId dialect(TestDatabase database) {
        return DialectId.valueOf(database.backend().name());
    }

    private static void run(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static void run(Connection connection, MigrationPlan plan, boolean up) throws SQLException {
        List<MigrationOperation> operations = up ? plan.up() : plan.down();
        run(connection, operations.stream().map(MigrationOperation::sql).toList());
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = result.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    @BackendTest
    void renamesKeepEveryRowUpDownAndUpAgain(TestDatabase database) throws SQLException {
        SchemaSnapshot before = snapshot(new TableSnapshot(table("mig_writer", text("id"), text("nick"))));
        SchemaSnapshot after = snapshot(new TableSnapshot(
                table("mig_author", text("id"), text("nickname"), number("rating", true)),
                "mig_writer",
                new TreeMap<>(Map.of("nickname", "nick"))));
        DialectId dialect = dialect(database);
        MigrationPlan create = MigrationPlan.of(SchemaDiff.between(SchemaSnapshot.empty(), before), dialect);
        MigrationPlan plan = MigrationPlan.of(SchemaDiff.between(before, after), dialect);
        try (Connection connection = database.jdbc()) {
            run(connection, create, true);
            run(
                    connection,
                    List.of(
                            "INSERT INTO mig_writer (id, nick) VALUES ('a', 'ann')",
                            "INSERT INTO mig_writer (id, nick) VALUES ('b', 'bob')"));

            run(connection, plan, true);
            assertEquals(List.of("id", "nickname", "rating"), columns(connection, "mig_author"));
            assertEquals(
                    List.of("a|ann|null", "b|bob|null"),
                    rows(connection, "SELECT id, nickname, rating FROM mig_author ORDER BY id"));

            run(connection, plan, false);
            assertEquals(List.of("a|ann", "b|bob"), rows(connection, "SELECT id, nick FROM mig_writer ORDER BY id"));

            run(connection, plan, true);
            assertEquals(
                    List.of("a|ann", "b|bob"), rows(connection, "SELECT id, nickname FROM mig_author ORDER BY id"));
        }
    }

    @BackendTest
    void aDroppedColumnKeepsTheOtherValues(TestDatabase database) throws SQLException {
        SchemaSnapshot before = snapshot(new TableSnapshot(new TableSpec(
                "mig_flavor",
                List.of(text("id"), text("name"), number("rating", true)),
                List.of("id"),
                List.of(new IndexSpec("mig_flavor_name_idx", List.of("name"), false)))));
        SchemaSnapshot after = snapshot(new TableSnapshot(new TableSpec(
                "mig_flavor",
                List.of(text("id"), text("name")),
                List.of("id"),
                List.of(new IndexSpec("mig_flavor_name_idx", List.of("name"), false)))));
        DialectId dialect = dialect(database);
        MigrationPlan plan = MigrationPlan.of(SchemaDiff.between(before, after), dialect);
        assertThrows(MigrationException.class, plan::up);
        MigrationPlan allowed = plan.allowDestructive("rating moved elsewhere");
        try (Connection connection = database.jdbc()) {
            run(connection, MigrationPlan.of(SchemaDiff.between(SchemaSnapshot.empty(), before), dialect), true);
            run(
                    connection,
                    List.of(
                            "INSERT INTO mig_flavor (id, name, rating) VALUES ('v', 'Vanilla', 5)",
                            "INSERT INTO mig_flavor (id, name, rating) VALUES ('m', 'Mocha', NULL)"));

            run(connection, allowed, true);
            assertEquals(List.of("id", "name"), columns(connection, "mig_flavor"));
            assertEquals(List.of("m|Mocha", "v|Vanilla"), rows(connection, "SELECT * FROM mig_flavor ORDER BY id"));

            run(connection, allowed, false);
            assertEquals(
                    List.of("m|Mocha|null", "v|Vanilla|null"),
                    rows(connection, "SELECT id, name, rating FROM mig_flavor ORDER BY id"));
        }
    }

    /** The live schema of the test's {@code mig_*} tables, read again. */
    private static LiveSchema reflect(TestDatabase database) {
        return Inspector.of(database.db()).include("mig_*").read(true).join();
    }

    @BackendTest
    void upDownUpGivesIdenticalReflectedSchemas(TestDatabase database) throws SQLException {
        TableSpec person = table("mig_person", text("id"), text("name"));
        TableSpec bookBefore = new TableSpec(
                "mig_book",
                List.of(text("id"), text("title"), text("author_id"), number("pages", true)),
                List.of("id"),
                List.of(new IndexSpec("mig_book_title_idx", List.of("title"), false)));
        TableSpec bookAfter = new TableSpec(
                "mig_book",
                List.of(text("id"), text("title"), text("author_id"), number("pages", true), number("rating", true)),
                List.of("id"),
                List.of(new IndexSpec("mig_book_author_id_idx", List.of("author_id"), false)),
                "",
                List.of(new UniqueSpec("mig_book_title_unique", List.of("title"))),
                List.of(new ForeignKeySpec(
                        "mig_book_author_id_foreign_key",
                        List.of("author_id"),
                        "",
                        "mig_person",
                        List.of("id"),
                        ForeignKeySpec.Action.CASCADE,
                        ForeignKeySpec.Action.NO_ACTION)),
                null,
                List.of());
        SchemaSnapshot before = snapshot(new TableSnapshot(person), new TableSnapshot(bookBefore));
        SchemaSnapshot after = snapshot(
                new TableSnapshot(person),
                new TableSnapshot(bookAfter),
                new TableSnapshot(table("mig_shelf", text("id"), number("slots", false))));
        DialectId dialect = dialect(database);
        MigrationPlan plan = MigrationPlan.of(SchemaDiff.between(before, after), dialect);
        try (Connection connection = database.jdbc()) {
            run(connection, MigrationPlan.of(SchemaDiff.between(SchemaSnapshot.empty(), before), dialect), true);
            run(
                    connection,
                    List.of(
                            "INSERT INTO mig_person (id, name) VALUES ('p', 'Pat')",
                            "INSERT INTO mig_book (id, title, author_id, pages) VALUES ('b', 'Dune', 'p', 412)"));
            LiveSchema start = reflect(database);

            run(connection, plan, true);
            LiveSchema up = reflect(database);
            assertEquals(3, up.tables().size(), up::toString);
            // a key into the schema read names it as the tables read do, and as the model does: ""
            assertEquals(
                    dev.ormdantic.dialect.reflect.Normalization.expected(
                                    dev.ormdantic.dialect.Dialects.of(dialect), bookAfter)
                            .foreignKeys(),
                    up.tables().stream()
                            .filter(t -> t.name().equals("mig_book"))
                            .findFirst()
                            .orElseThrow()
                            .foreignKeys());

            run(connection, plan, false);
            assertEquals(start, reflect(database), "down returns to the schema before up");

            run(connection, plan, true);
            assertEquals(up, reflect(database), "up again gives the schema of the first up");
            assertEquals(List.of("b|Dune|p|412|null"), rows(connection, "SELECT * FROM mig_book"));
        }
    }

    @BackendTest
    void constraintsAndColumnChangesRunOnTheServer(TestDatabase database) throws SQLException {
        TableSpec author = table("mig_person", text("id"), text("name"));
        TableSpec bookBefore = new TableSpec(
                "mig_book",
                List.of(text("id"), text("title"), text("author_id"), number("pages", true)),
                List.of("id"),
                List.of(new IndexSpec("mig_book_title_idx", List.of("title"), false)));
        TableSpec bookAfter = new TableSpec(
                "mig_book",
                List.of(
                        text("id"),
                        text("title"),
                        text("author_id"),
                        new ColumnSpec("pages", ColumnType.of(Kind.LONG), false)),
                List.of("id"),
                List.of(new IndexSpec("mig_book_author_id_idx", List.of("author_id"), false)),
                "",
                List.of(new UniqueSpec("mig_book_title_unique", List.of("title"))),
                List.of(new ForeignKeySpec(
                        "mig_book_author_id_foreign_key",
                        List.of("author_id"),
                        "",
                        "mig_person",
                        List.of("id"),
                        ForeignKeySpec.Action.CASCADE,
                        ForeignKeySpec.Action.NO_ACTION)),
                null,
                List.of(new dev.ormdantic.dialect.schema.CheckSpec.Sql("mig_book_pages_check", "pages > 0")));
        SchemaSnapshot before = snapshot(new TableSnapshot(author), new TableSnapshot(bookBefore));
        SchemaSnapshot after = snapshot(new TableSnapshot(author), new TableSnapshot(bookAfter));
        DialectId dialect = dialect(database);
        MigrationPlan plan = MigrationPlan.of(SchemaDiff.between(before, after), dialect);
        try (Connection connection = database.jdbc()) {
            run(connection, MigrationPlan.of(SchemaDiff.between(SchemaSnapshot.empty(), before), dialect), true);
            run(
                    connection,
                    List.of(
                            "INSERT INTO mig_person (id, name) VALUES ('p', 'Pat')",
                            "INSERT INTO mig_book (id, title, author_id, pages) VALUES ('b', 'Dune', 'p', 412)"));

            run(connection, plan, true);
            assertEquals(List.of("b|Dune|p|412"), rows(connection, "SELECT * FROM mig_book"));
            assertThrows(
                    SQLException.class,
                    () -> run(
                            connection,
                            List.of(
                                    "INSERT INTO mig_book (id, title, author_id, pages) VALUES ('c', 'Dune', 'p', 10)")));
            run(connection, List.of("DELETE FROM mig_person WHERE id = 'p'"));
            // ON DELETE CASCADE took the book with it (SQLite enforces foreign keys only when asked to)
            assertEquals(
                    dialect == DialectId.SQLITE ? 1 : 0,
                    rows(connection, "SELECT id FROM mig_book").size());

            run(connection, plan, false);
            run(
                    connection,
                    List.of("INSERT INTO mig_book (id, title, author_id, pages) VALUES ('x', 'Emma', 'nobody', NULL)"));
            assertEquals(
                    1,
                    rows(connection, "SELECT id FROM mig_book WHERE id = 'x'").size());
        }
    }

    @Test
    void theCompiledClassPathHoldsTheSnapshotWithItsHints() {
        SchemaSnapshot snapshot = Snapshots.fromClasspath(MigrationLiveTest.class.getClassLoader());
        TableSnapshot member = snapshot.table("", "migrate_member").orElseThrow();
        assertEquals("migrate_person", member.renamedFrom());
        assertEquals(Map.of("nickname", "nick"), member.columnRenames());
        assertEquals("dev.ormdantic.it.migrate.Member", member.record());
        assertEquals(MemberTable.TABLE.spec(), member.table());
    }
}
