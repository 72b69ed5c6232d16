package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.MigrationPlan;
import dev.ormdantic.migrations.SchemaDiff;
import dev.ormdantic.migrations.file.Allowance;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.history.HistoryEntry;
import dev.ormdantic.migrations.history.HistoryStatus;
import dev.ormdantic.migrations.history.Migrator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's table rebuild with foreign keys enforced ({@code PRAGMA foreign_keys = ON}): the migrator follows SQLite's
 * documented ALTER procedure, so rebuilding a referenced table keeps the rows that reference it (no cascade), a
 * migration that leaves a dangling reference is rolled back with {@code ORM2709}, and enforcement is on again after.
 */
class SqliteRebuildForeignKeysTest {

    private static ColumnSpec text(String name) {
        return new ColumnSpec(name, ColumnType.string(40), false);
    }

    private static TableSpec parent(boolean withRating) {
        List<ColumnSpec> columns = new ArrayList<>(List.of(text("id"), text("name")));
        if (withRating) {
            columns.add(new ColumnSpec("rating", ColumnType.of(Kind.INT), true));
        }
        return new TableSpec(
                "mig_parent",
                columns,
                List.of("id"),
                List.of(new IndexSpec("mig_parent_name_idx", List.of("name"), false)));
    }

    private static TableSpec child() {
        return new TableSpec(
                "mig_child",
                List.of(text("id"), text("parent_id")),
                List.of("id"),
                List.of(),
                "",
                List.of(),
                List.of(new ForeignKeySpec(
                        "mig_child_parent_id_foreign_key",
                        List.of("parent_id"),
                        "",
                        "mig_parent",
                        List.of("id"),
                        ForeignKeySpec.Action.CASCADE,
                        ForeignKeySpec.Action.NO_ACTION)),
                null);
    }

    private static SchemaSnapshot snapshot(TableSpec... tables) {
        return SchemaSnapshot.of(
                List.of(tables).stream().map(TableSnapshot::new).toList());
    }

    /** One connection with foreign keys on, handed out again and again (its close ignored), to look at after. */
    private static Connection shared(TestDatabase database) throws SQLException {
        Connection real = database.jdbc();
        try (Statement statement = real.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
        }
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
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

    private static Migration migration(String revision, String description, List<String> up) {
        return Migration.builder(revision, description)
                .up(DialectId.SQLITE, up)
                .allow(Allowance.destructive("the rating column is retired"))
                .build();
    }

    @BackendTest
    void rebuildingAReferencedTableKeepsEveryRowAndEnforcementComesBack(TestDatabase database) throws Exception {
        assumeTrue(database.backend() == Backend.SQLITE, "SQLite's rebuild");
        Connection connection = shared(database);
        Migrator migrator = Migrator.builder(() -> connection, DialectId.SQLITE).build();
        SchemaSnapshot before = snapshot(parent(true), child());
        SchemaSnapshot after = snapshot(parent(false), child());
        migrator.apply(migration(
                "0001",
                "create",
                MigrationPlan.of(SchemaDiff.between(SchemaSnapshot.empty(), before), DialectId.SQLITE)
                        .dryRun()));
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO mig_parent (id, name, rating) VALUES ('p1', 'Ann', 5), ('p2', 'Bob', 3)");
            statement.execute("INSERT INTO mig_child (id, parent_id) VALUES ('c1', 'p1'), ('c2', 'p1'), ('c3', 'p2')");
        }
        List<String> rebuild = MigrationPlan.of(SchemaDiff.between(before, after), DialectId.SQLITE)
                .dryRun();
        assertTrue(rebuild.contains("DROP TABLE `mig_parent`"), rebuild.toString());

        assertTrue(migrator.apply(migration("0002", "drop rating", rebuild)));

        assertEquals(List.of("p1|Ann", "p2|Bob"), rows(connection, "SELECT * FROM mig_parent ORDER BY id"));
        assertEquals(
                List.of("c1|p1", "c2|p1", "c3|p2"),
                rows(connection, "SELECT * FROM mig_child ORDER BY id"),
                "the DROP TABLE of the rebuild did not cascade into the children");
        assertEquals(List.of(), rows(connection, "PRAGMA foreign_key_check"));
        assertEquals(List.of("1"), rows(connection, "PRAGMA foreign_keys"), "enforcement is back on");
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO mig_child (id, parent_id) VALUES ('c4', 'nobody')");
            }
        });
        assertTrue(String.valueOf(refused.getMessage()).contains("FOREIGN KEY"), refused.getMessage());
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM mig_parent WHERE id = 'p2'");
        }
        assertEquals(
                List.of("c1|p1", "c2|p1"),
                rows(connection, "SELECT * FROM mig_child ORDER BY id"),
                "the rebuilt table's cascade still works");
    }

    @BackendTest
    void aMigrationThatLeavesADanglingReferenceIsRolledBack(TestDatabase database) throws Exception {
        assumeTrue(database.backend() == Backend.SQLITE, "SQLite's rebuild");
        Connection connection = shared(database);
        Migrator migrator = Migrator.builder(() -> connection, DialectId.SQLITE).build();
        SchemaSnapshot before = snapshot(parent(true), child());
        migrator.apply(migration(
                "0001",
                "create",
                MigrationPlan.of(SchemaDiff.between(SchemaSnapshot.empty(), before), DialectId.SQLITE)
                        .dryRun()));
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO mig_parent (id, name, rating) VALUES ('p1', 'Ann', 5)");
        }
        Migration dangling = migration(
                "0002",
                "orphan",
                List.of(
                        "INSERT INTO mig_child (id, parent_id) VALUES ('c1', 'p1')",
                        "INSERT INTO mig_child (id, parent_id) VALUES ('c2', 'nobody')"));
        MigrationException e = assertThrows(MigrationException.class, () -> migrator.apply(dangling));
        assertEquals(ErrorCode.MIGRATION_FOREIGN_KEY_VIOLATION, e.code());
        assertTrue(
                e.getMessage()
                        .startsWith("[ORM2709] migration 0002 left 1 row(s) whose foreign key points nowhere (PRAGMA"
                                + " foreign_key_check: mig_child row 2 references mig_parent)"),
                e.getMessage());
        assertEquals(List.of(), rows(connection, "SELECT * FROM mig_child"), "rolled back");
        HistoryEntry row = migrator.history().getLast();
        assertEquals(HistoryStatus.FAILED, row.status());
        assertTrue(row.dirty());
        assertEquals(List.of("1"), rows(connection, "PRAGMA foreign_keys"));
    }
}
