package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One query per schema for the columns of every table and view in it, with nullability, default and primary-key
 * position, where the database's own catalog answers faster than the driver's {@code DatabaseMetaData}: SQLite's
 * {@code pragma_table_xinfo}, PostgreSQL's {@code pg_catalog} and MySQL's and MariaDB's {@code information_schema}.
 * The types are reported as the {@link Types} code the driver would give, so {@link TypeFamilies} judges them alike.
 */
final class CatalogQueries {

    private static final String POSTGRES = "SELECT c.relname, a.attname, t.typname,"
            + " pg_catalog.format_type(a.atttypid, a.atttypmod), t.typtype, NOT a.attnotnull,"
            + " a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '',"
            // int2vector is indexed from 0: the position in the key counted from 1, or 0 for a column outside it
            + " COALESCE(pg_catalog.array_position(i.indkey::int2[], a.attnum)"
            + " - pg_catalog.array_lower(i.indkey::int2[], 1) + 1, 0)"
            + " FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_catalog.pg_index i ON i.indrelid = c.oid AND i.indisprimary"
            + " WHERE n.nspname = COALESCE(NULLIF(?, ''), current_schema()) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
            + " ORDER BY c.relname, a.attnum";

    private static final String MYSQL = "SELECT table_name, column_name, data_type, column_type, is_nullable,"
            + " column_default, extra, column_key, ordinal_position FROM information_schema.columns"
            + " WHERE table_schema = COALESCE(NULLIF(?, ''), DATABASE()) ORDER BY table_name, ordinal_position";

    private CatalogQueries() {}

    /**
     * SQLite: the main database, or an attached one named as the schema.
     *
     * @param connection the connection
     * @param dialect the dialect, to quote the schema
     * @param schema the attached database's name, or the empty string for {@code main}
     * @return the existing tables
     * @throws SQLException from the driver
     */
    static ExistingTables sqlite(Connection connection, Dialect dialect, String schema) throws SQLException {
        String database = schema.isEmpty() ? "main" : schema;
        // hidden 2 and 3 are generated columns; the LIKE leaves out SQLite's own tables
        String sql = "SELECT m.name, p.name, p.type, p.\"notnull\","
                + " p.dflt_value IS NOT NULL OR p.hidden IN (2, 3), p.pk"
                + " FROM " + dialect.quote(database) + ".sqlite_schema m JOIN pragma_table_xinfo(m.name, ?) p"
                + " WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                + " ORDER BY m.name, p.cid";
        return read(connection, sql, database, rs -> {
            String type = Objects.toString(rs.getString(3), "");
            return new ExistingTables.KeyedColumn(
                    text(rs, 1),
                    // SQLite has affinities, judged from the declared name; the code is not used.
                    new ExistingTables.Column(text(rs, 2), Types.OTHER, type, !rs.getBoolean(4), rs.getBoolean(5)),
                    rs.getInt(6));
        });
    }

    /**
     * PostgreSQL: one schema, the connection's current one when none is named.
     *
     * @param connection the connection
     * @param schema the schema, or the empty string
     * @return the existing tables
     * @throws SQLException from the driver
     */
    static ExistingTables postgres(Connection connection, String schema) throws SQLException {
        return read(
                connection,
                POSTGRES,
                schema,
                rs -> new ExistingTables.KeyedColumn(
                        text(rs, 1),
                        new ExistingTables.Column(
                                text(rs, 2),
                                postgresType(text(rs, 3), text(rs, 5)),
                                text(rs, 4),
                                rs.getBoolean(6),
                                rs.getBoolean(7)),
                        rs.getInt(8)));
    }

    /**
     * MySQL and MariaDB: one database, the connection's current one when none is named.
     *
     * @param connection the connection
     * @param schema the database, or the empty string
     * @return the existing tables
     * @throws SQLException from the driver
     */
    static ExistingTables mysql(Connection connection, String schema) throws SQLException {
        return read(connection, MYSQL, schema, rs -> {
            String extra = Objects.toString(rs.getString(7), "").toLowerCase(Locale.ROOT);
            boolean defaulted =
                    rs.getString(6) != null || extra.contains("auto_increment") || extra.contains("generated");
            return new ExistingTables.KeyedColumn(
                    text(rs, 1),
                    new ExistingTables.Column(
                            text(rs, 2),
                            mysqlType(text(rs, 3)),
                            text(rs, 4),
                            "YES".equalsIgnoreCase(rs.getString(5)),
                            defaulted),
                    "PRI".equalsIgnoreCase(rs.getString(8)) ? rs.getInt(9) : 0);
        });
    }

    /** Reads one row of a catalog query. */
    @FunctionalInterface
    private interface RowReader {
        ExistingTables.KeyedColumn read(ResultSet rs) throws SQLException;
    }

    /** Runs a catalog query with one parameter, the schema, and reads every row into the existing tables. */
    private static ExistingTables read(Connection connection, String sql, String schema, RowReader reader)
            throws SQLException {
        List<ExistingTables.KeyedColumn> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
        }
        return ExistingTables.of(rows);
    }

    /** The code pgJDBC reports for a type: an enum is text, anything it has no code for is OTHER. */
    static int postgresType(String name, String kind) {
        if (kind.equals("e")) {
            return Types.VARCHAR;
        }
        return switch (name) {
            case "bool" -> Types.BOOLEAN;
            case "int2" -> Types.SMALLINT;
            case "int4" -> Types.INTEGER;
            case "int8" -> Types.BIGINT;
            case "float4" -> Types.REAL;
            case "float8" -> Types.DOUBLE;
            case "numeric" -> Types.NUMERIC;
            case "text", "varchar", "name" -> Types.VARCHAR;
            case "bpchar", "char" -> Types.CHAR;
            case "date" -> Types.DATE;
            case "timestamp" -> Types.TIMESTAMP;
            case "timestamptz" -> Types.TIMESTAMP_WITH_TIMEZONE;
            case "time", "timetz" -> Types.TIME;
            case "bytea" -> Types.BINARY;
            default -> Types.OTHER; // uuid, json, jsonb, arrays, domains
        };
    }

    /** The code MySQL Connector/J and MariaDB Connector/J report for an {@code information_schema} data type. */
    static int mysqlType(String dataType) {
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "bit" -> Types.BIT;
            case "tinyint" -> Types.TINYINT;
            case "smallint" -> Types.SMALLINT;
            case "mediumint", "int", "integer" -> Types.INTEGER;
            case "bigint" -> Types.BIGINT;
            case "decimal", "numeric" -> Types.DECIMAL;
            case "float" -> Types.REAL;
            case "double", "real" -> Types.DOUBLE;
            case "char", "enum", "set" -> Types.CHAR;
            case "varchar" -> Types.VARCHAR;
            case "tinytext", "text", "mediumtext", "longtext", "json" -> Types.LONGVARCHAR;
            case "date" -> Types.DATE;
            case "datetime", "timestamp" -> Types.TIMESTAMP;
            case "time" -> Types.TIME;
            case "binary" -> Types.BINARY;
            case "varbinary" -> Types.VARBINARY;
            case "tinyblob", "blob", "mediumblob", "longblob" -> Types.BLOB;
            default -> Types.OTHER;
        };
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        return Objects.requireNonNull(rs.getString(column), "catalog column " + column);
    }
}
