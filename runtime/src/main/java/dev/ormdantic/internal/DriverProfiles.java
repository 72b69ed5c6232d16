package dev.ormdantic.internal;

import dev.ormdantic.dialect.DialectId;

/** The one place that maps a dialect to its runtime {@link DriverProfile}. */
public final class DriverProfiles {

    private static final DriverProfile SQLITE = new SqliteProfile();
    private static final DriverProfile POSTGRESQL =
            new ServerProfile(ServerKind.POSTGRESQL, new PostgresValueCodec(), ServerErrorRules.postgresql());
    private static final DriverProfile MYSQL =
            new ServerProfile(ServerKind.MYSQL, new MySqlValueCodec("MySQL"), ServerErrorRules.mysql());
    private static final DriverProfile MARIADB =
            new ServerProfile(ServerKind.MARIADB, new MySqlValueCodec("MariaDB"), ServerErrorRules.mysql());
    private static final DriverProfile MSSQL = new ServerProfile(
            ServerKind.MSSQL,
            new ValueCodec(new StorageLimits("SQL Server", 7, false, false, 10, 38)),
            ServerErrorRules.sqlServer());
    private static final DriverProfile ORACLE =
            new ServerProfile(ServerKind.ORACLE, new OracleValueCodec(), ServerErrorRules.oracle());

    private DriverProfiles() {}

    /**
     * The profile of a dialect.
     *
     * @param dialect the dialect
     * @return its profile
     */
    public static DriverProfile of(DialectId dialect) {
        return switch (dialect) {
            case SQLITE -> SQLITE;
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case MSSQL -> MSSQL;
            case ORACLE -> ORACLE;
        };
    }
}
