package dev.ormdantic.it;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.history.Migrator;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Migrations and migrators on a test's database, for the migration behaviour tests. */
final class Migrations {

    private Migrations() {}

    /** The dialect of a test database. */
    static DialectId dialect(TestDatabase database) {
        return DialectId.valueOf(database.backend().name());
    }

    /** A migrator on the test's database, with a lock name of its own (locks are server-wide). */
    static Migrator.Builder migrator(TestDatabase database) {
        return Migrator.builder(database::jdbc, dialect(database))
                .lockName(database.toString().replace(':', '_'))
                .productVersion("test");
    }

    /** A migration whose up and down statements are the same on every dialect. */
    static Migration migration(String revision, String description, List<String> up, List<String> down) {
        Migration.Builder builder =
                Migration.builder(revision, description).createdAt(Instant.parse("2026-12-07T00:00:00Z"));
        for (DialectId dialect : DialectId.values()) {
            builder.up(dialect, up).down(dialect, down);
        }
        return builder.build();
    }

    /** A migration creating one table, which its rollback drops (allowed in its manifest). */
    static Migration createTable(String revision, String table) {
        Migration.Builder builder =
                Migration.builder(revision, "create " + table).createdAt(Instant.parse("2026-12-07T00:00:00Z"));
        for (DialectId dialect : DialectId.values()) {
            builder.up(dialect, List.of("CREATE TABLE " + table + " (id INTEGER NOT NULL PRIMARY KEY)"))
                    .down(dialect, List.of("DROP TABLE " + table));
        }
        return builder.allow(new dev.ormdantic.migrations.file.Allowance(
                        dev.ormdantic.migrations.file.Allowance.Kind.DESTRUCTIVE_ROLLBACK, "the table is new"))
                .build();
    }

    /** The tables of the test's database or schema, in lower case. */
    static Set<String> tables(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet tables =
                metadata.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /**
     * The test's own tables (named {@code mig_...}) as the driver's catalog describes them: one line per column with
     * its type, size and nullability, sorted. Two databases with equal lines have the same schema for these tests.
     */
    static List<String> schema(TestDatabase database) throws SQLException {
        List<String> columns = new java.util.ArrayList<>();
        try (Connection connection = database.jdbc();
                ResultSet rows = connection
                        .getMetaData()
                        .getColumns(connection.getCatalog(), connection.getSchema(), "mig%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("mig_")) {
                    columns.add(table + "." + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
                            + rows.getString("TYPE_NAME") + "(" + rows.getInt("COLUMN_SIZE") + ") nullable="
                            + rows.getString("IS_NULLABLE"));
                }
            }
        }
        return columns.stream().sorted().toList();
    }

    /** The tables of the test's database. */
    static Set<String> tables(TestDatabase database) throws SQLException {
        try (Connection connection = database.jdbc()) {
            return tables(connection);
        }
    }
}
