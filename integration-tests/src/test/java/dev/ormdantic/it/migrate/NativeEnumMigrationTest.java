package dev.ormdantic.it.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.dialect.AlterDdl;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.it.Backend;
import dev.ormdantic.it.BackendTest;
import dev.ormdantic.it.TestDatabase;
import dev.ormdantic.migrations.MigrationOperation;
import dev.ormdantic.migrations.MigrationPlan;
import dev.ormdantic.migrations.SchemaDiff;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL native enum changes applied to a live database, each plan in one transaction as the migrator runs it:
 * a value added at its place, a value removed (refused while a row holds it, with nothing changed; done once no row
 * does), and a column added later with a type of its own.
 */
class NativeEnumMigrationTest {

    private static ColumnSpec enumColumn(String name, String type, boolean nullable, String... values) {
        List<String> list = List.of(values);
        return new ColumnSpec(name, ColumnType.string(10), nullable)
                .with(
                        List.of(new CheckSpec.OneOf("mig_mood_" + name + "_enum_values_check", name, list)),
                        new EnumSpec(
                                list.stream()
                                        .map(v -> v.toUpperCase(Locale.ROOT))
                                        .toList(),
                                list,
                                type));
    }

    private static SchemaSnapshot moods(ColumnSpec... enums) {
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(new ColumnSpec("id", ColumnType.string(10), false));
        columns.addAll(List.of(enums));
        return SchemaSnapshot.of(
                List.of(new TableSnapshot(new TableSpec("mig_mood", columns, List.of("id"), List.of()))));
    }

    /** Runs a plan's statements in one transaction, as the migrator does on PostgreSQL; rolls back on failure. */
    private static void apply(Connection connection, SchemaSnapshot from, SchemaSnapshot to) throws SQLException {
        MigrationPlan plan = MigrationPlan.of(SchemaDiff.between(from, to), DialectId.POSTGRESQL);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (MigrationOperation operation : plan.up()) {
                statement.execute(operation.sql());
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
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

    private static List<String> labels(Connection connection, String type) throws SQLException {
        return rows(
                connection,
                "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n"
                        + " ON n.oid = t.typnamespace WHERE t.typname = '" + type
                        + "' AND n.nspname = current_schema() ORDER BY e.enumsortorder");
    }

    private static void sql(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @BackendTest
    void enumValuesComeAndGoAndRowsKeepTheirs(TestDatabase database) throws SQLException {
        assumeTrue(database.backend() == Backend.POSTGRESQL, "native enum types are PostgreSQL's");
        SchemaSnapshot v1 = moods(enumColumn("mood", "mig_mood_kind", false, "happy", "sad"));
        SchemaSnapshot v2 = moods(enumColumn("mood", "mig_mood_kind", false, "happy", "calm", "sad"));
        SchemaSnapshot v3 = moods(enumColumn("mood", "mig_mood_kind", false, "happy", "calm"));
        SchemaSnapshot v4 = moods(
                enumColumn("mood", "mig_mood_kind", false, "happy", "calm"),
                enumColumn("weather", "mig_weather", true, "sun", "rain"));
        try (Connection connection = database.jdbc()) {
            apply(connection, SchemaSnapshot.empty(), v1);
            sql(connection, "INSERT INTO mig_mood (id, mood) VALUES ('a', 'happy'), ('b', 'sad')");

            apply(connection, v1, v2);
            assertEquals(List.of("happy", "calm", "sad"), labels(connection, "mig_mood_kind"));
            sql(connection, "INSERT INTO mig_mood (id, mood) VALUES ('c', 'calm')");
            assertEquals(
                    List.of("a|happy", "c|calm", "b|sad"),
                    rows(connection, "SELECT id, mood FROM mig_mood ORDER BY mood, id"),
                    "the new value sorts at its place");

            SQLException refused = assertThrows(SQLException.class, () -> apply(connection, v2, v3));
            assertEquals(AlterDdl.VALUES_IN_USE_STATE, refused.getSQLState());
            assertTrue(
                    String.valueOf(refused.getMessage())
                            .contains("column mig_mood.mood holds values being removed from enum type mig_mood_kind"
                                    + " [sad]: change those rows first"),
                    refused.getMessage());
            assertEquals(List.of("happy", "calm", "sad"), labels(connection, "mig_mood_kind"), "nothing changed");
            assertEquals(List.of(), labels(connection, "mig_mood_kind__ormdantic_new"));
            assertEquals(
                    List.of("a|happy", "b|sad", "c|calm"),
                    rows(connection, "SELECT id, mood FROM mig_mood ORDER BY id"));

            sql(connection, "UPDATE mig_mood SET mood = 'calm' WHERE id = 'b'");
            apply(connection, v2, v3);
            assertEquals(List.of("happy", "calm"), labels(connection, "mig_mood_kind"));
            assertEquals(
                    List.of("a|happy", "b|calm", "c|calm"),
                    rows(connection, "SELECT id, mood FROM mig_mood ORDER BY id"));

            apply(connection, v3, v4);
            assertEquals(List.of("sun", "rain"), labels(connection, "mig_weather"));
            sql(connection, "UPDATE mig_mood SET weather = 'rain' WHERE id = 'a'");
            assertEquals(
                    List.of("a|happy|rain", "b|calm|null", "c|calm|null"),
                    rows(connection, "SELECT id, mood, weather FROM mig_mood ORDER BY id"));
            SQLException unknown = assertThrows(
                    SQLException.class, () -> sql(connection, "UPDATE mig_mood SET mood = 'sad' WHERE id = 'a'"));
            assertTrue(
                    String.valueOf(unknown.getMessage()).contains("invalid input value for enum mig_mood_kind"),
                    unknown.getMessage());
        }
    }
}
