package dev.ormdantic.dialect;

import java.util.List;
import java.util.Locale;

/**
 * The six dialects, by id or by name.
 *
 * @since 0.1.0
 */
public final class Dialects {

    private static final SqliteDialect SQLITE = new SqliteDialect();
    private static final PostgresDialect POSTGRESQL = new PostgresDialect();
    private static final MySqlDialect MYSQL = new MySqlDialect();
    private static final MariaDbDialect MARIADB = new MariaDbDialect();
    private static final SqlServerDialect MSSQL = new SqlServerDialect();
    private static final OracleDialect ORACLE = new OracleDialect();
    private static final List<Dialect> ALL = List.of(SQLITE, POSTGRESQL, MYSQL, MARIADB, MSSQL, ORACLE);

    private Dialects() {}

    /**
     * All six dialects, in {@link DialectId} order.
     *
     * @return the dialects
     */
    public static List<Dialect> all() {
        return ALL;
    }

    /**
     * The dialect with the given id.
     *
     * @param id the id
     * @return the dialect
     */
    public static Dialect of(DialectId id) {
        return switch (id) {
            case SQLITE -> SQLITE;
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case MSSQL -> MSSQL;
            case ORACLE -> ORACLE;
        };
    }

    /**
     * The dialect with the given name, case-insensitive; {@code postgres} and {@code sqlserver} are accepted as
     * aliases.
     *
     * @param name the name
     * @return the dialect
     * @throws IllegalArgumentException naming the accepted names, when none matches
     */
    public static Dialect byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sqlite" -> SQLITE;
            case "postgresql", "postgres" -> POSTGRESQL;
            case "mysql" -> MYSQL;
            case "mariadb" -> MARIADB;
            case "mssql", "sqlserver" -> MSSQL;
            case "oracle" -> ORACLE;
            default ->
                throw new IllegalArgumentException("unknown dialect '" + name
                        + "'; choose one of: sqlite, postgresql, mysql, mariadb, mssql, oracle");
        };
    }
}
