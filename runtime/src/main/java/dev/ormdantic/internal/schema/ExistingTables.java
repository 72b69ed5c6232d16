package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The tables and views that already exist in one schema: their columns with type, nullability and default, and their
 * primary key. One catalog query per schema on SQLite, PostgreSQL, MySQL and MariaDB ({@link CatalogQueries}); the
 * drivers' {@link DatabaseMetaData} elsewhere, whose {@code getColumns} is one call per schema too but which is slow
 * on those four (pgJDBC's alone made a second {@code init()} of 26 tables ten times slower).
 */
final class ExistingTables {

    /**
     * A column as the database has it.
     *
     * @param name the column name
     * @param jdbcType the {@link java.sql.Types} code the driver reports
     * @param typeName the database's name of the type, as the driver reports it
     * @param nullable whether it accepts {@code NULL}
     * @param defaulted whether the database fills it when an insert leaves it out: a default, an identity or
     *     auto-increment, or a generated column
     */
    record Column(String name, int jdbcType, String typeName, boolean nullable, boolean defaulted) {}

    /**
     * A table or view as the database has it.
     *
     * @param name the name
     * @param columns its columns, in table order
     * @param primaryKey its primary-key columns in key order, empty for a view or a table without one
     */
    record Table(String name, List<Column> columns, List<String> primaryKey) {
        /**
         * The column of that name: the exact name, else the only one that differs in case (MySQL, MariaDB, SQLite
         * and SQL Server compare column names without case).
         *
         * @param wanted the name
         * @return the column, or {@code null} when there is none
         */
        @Nullable
        Column column(String wanted) {
            Column folded = null;
            for (Column column : columns) {
                if (column.name().equals(wanted)) {
                    return column;
                }
                if (column.name().equalsIgnoreCase(wanted)) {
                    folded = column;
                }
            }
            return folded;
        }
    }

    private final Map<String, Table> byName;

    private ExistingTables(Map<String, Table> byName) {
        this.byName = byName;
    }

    /**
     * The existing table or view of that name, if any.
     *
     * @param name the name
     * @return the table, or {@code null} when it does not exist
     */
    @Nullable
    Table table(String name) {
        Table exact = byName.get(name);
        return exact != null ? exact : byName.get(name.toLowerCase(Locale.ROOT) + "\0folded");
    }

    /**
     * Reads the tables of a schema.
     *
     * @param connection the connection
     * @param dialect the dialect
     * @param schema the schema, or the empty string for the connection's own
     * @param wanted the names of the managed tables in that schema; only their primary keys are read
     * @return the existing tables
     * @throws SQLException from the driver
     */
    static ExistingTables read(Connection connection, Dialect dialect, String schema, List<String> wanted)
            throws SQLException {
        return fromMetadata(connection, schema, wanted);
    }

    private static ExistingTables of(Map<String, List<Column>> columns, Map<String, Map<Integer, String>> keys) {
        Map<String, Table> byName = new HashMap<>();
        for (Map.Entry<String, List<Column>> entry : columns.entrySet()) {
            Table table = new Table(
                    entry.getKey(),
                    entry.getValue(),
                    List.copyOf(keys.getOrDefault(entry.getKey(), Map.of()).values()));
            byName.put(entry.getKey(), table);
            byName.putIfAbsent(entry.getKey().toLowerCase(Locale.ROOT) + "\0folded", table);
        }
        return new ExistingTables(byName);
    }

    /**
     * The JDBC way, for SQL Server and Oracle: one {@code getColumns} call for the schema, one {@code getPrimaryKeys}
     * call per existing managed table (the drivers want a table name).
     */
    private static ExistingTables fromMetadata(Connection connection, String schema, List<String> wanted)
            throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        @Nullable String owner = schema.isEmpty() ? connection.getSchema() : schema;
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        try (ResultSet rs = metadata.getColumns(null, escape(metadata, owner), "%", "%")) {
            while (rs.next()) {
                if (!sameName(owner, rs.getString("TABLE_SCHEM"))) {
                    continue; // the pattern's _ matches any character: keep only the schema asked for
                }
                boolean defaulted = rs.getString("COLUMN_DEF") != null
                        || "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))
                        || "YES".equalsIgnoreCase(rs.getString("IS_GENERATEDCOLUMN"));
                columns.computeIfAbsent(Objects.requireNonNull(rs.getString("TABLE_NAME")), k -> new ArrayList<>())
                        .add(new Column(
                                Objects.requireNonNull(rs.getString("COLUMN_NAME")),
                                rs.getInt("DATA_TYPE"),
                                Objects.toString(rs.getString("TYPE_NAME"), ""),
                                rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                                defaulted));
            }
        }
        Map<String, Map<Integer, String>> keys = new HashMap<>();
        for (String name : wanted) {
            String stored = storedName(columns, name);
            if (stored != null) {
                readKeys(metadata, owner, stored, keys);
            }
        }
        return of(columns, keys);
    }

    private static void readKeys(
            DatabaseMetaData metadata, @Nullable String owner, String table, Map<String, Map<Integer, String>> keys)
            throws SQLException {
        try (ResultSet rs = metadata.getPrimaryKeys(null, owner, table)) {
            while (rs.next()) {
                if (!sameName(owner, rs.getString("TABLE_SCHEM"))) {
                    continue;
                }
                keys.computeIfAbsent(Objects.requireNonNull(rs.getString("TABLE_NAME")), k -> new TreeMap<>())
                        .put(rs.getInt("KEY_SEQ"), Objects.requireNonNull(rs.getString("COLUMN_NAME")));
            }
        }
    }

    private static @Nullable String storedName(Map<String, List<Column>> columns, String name) {
        if (columns.containsKey(name)) {
            return name;
        }
        for (String stored : columns.keySet()) {
            if (stored.equalsIgnoreCase(name)) {
                return stored;
            }
        }
        return null;
    }

    /** A driver that reports no schema (or catalog) matches any; otherwise the names must agree. */
    private static boolean sameName(@Nullable String asked, @Nullable String reported) {
        return asked == null || reported == null || asked.equalsIgnoreCase(reported);
    }

    /** The schema as a {@code LIKE} pattern: its {@code _} and {@code %} escaped with the driver's escape. */
    private static @Nullable String escape(DatabaseMetaData metadata, @Nullable String name) throws SQLException {
        if (name == null) {
            return null;
        }
        String escape = metadata.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
