package dev.ormdantic.internal.connect;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.internal.error.ServerErrorRules;
import dev.ormdantic.internal.jdbc.MySqlValueCodec;
import dev.ormdantic.internal.jdbc.OracleValueCodec;
import dev.ormdantic.internal.jdbc.PostgresValueCodec;
import dev.ormdantic.internal.jdbc.StorageLimits;
import dev.ormdantic.internal.jdbc.ValueCodec;
import java.time.LocalDate;
import java.util.List;

/** The one place that maps a dialect to its runtime {@link DriverProfile}. */
public final class DriverProfiles {

    /** The journal modes SQLite knows, as {@code PRAGMA journal_mode} takes them. */
    public static final List<String> SQLITE_JOURNAL_MODES =
            List.of("WAL", "DELETE", "TRUNCATE", "PERSIST", "MEMORY", "OFF");

    private static final DriverProfile SQLITE = new SqliteProfile();
    private static final ServerProfile POSTGRESQL =
            new ServerProfile(ServerKind.POSTGRESQL, new PostgresValueCodec(), ServerErrorRules.postgresql());
    private static final ServerProfile MYSQL =
            new ServerProfile(ServerKind.MYSQL, new MySqlValueCodec("MySQL"), ServerErrorRules.mysql());
    private static final ServerProfile MARIADB =
            new ServerProfile(ServerKind.MARIADB, new MySqlValueCodec("MariaDB"), ServerErrorRules.mysql());
    private static final ServerProfile MSSQL = new ServerProfile(
            ServerKind.MSSQL,
            // DATE, DATETIME2 and DATETIMEOFFSET run from 0001-01-01 to 9999-12-31; DECIMAL holds 38 digits
            new ValueCodec(new StorageLimits("SQL Server", 7, false, false, 10, 38)
                    .dates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(9999, 12, 31))
                    .decimals(38, 38)),
            ServerErrorRules.sqlServer());
    private static final ServerProfile ORACLE =
            new ServerProfile(ServerKind.ORACLE, new OracleValueCodec(), ServerErrorRules.oracle());

    private static final java.util.Map<DialectId, DriverProfile> VIA_CONTAINER = java.util.Map.of(
            DialectId.POSTGRESQL, POSTGRESQL.viaContainer(),
            DialectId.MYSQL, MYSQL.viaContainer(),
            DialectId.MARIADB, MARIADB.viaContainer(),
            DialectId.MSSQL, MSSQL.viaContainer(),
            DialectId.ORACLE, ORACLE.viaContainer());

    private DriverProfiles() {}

    /**
     * The profile of a URL's target: its dialect's, reached through Testcontainers' driver for a {@code jdbc:tc:} URL.
     *
     * @param target the target
     * @return its profile
     */
    public static DriverProfile of(ConnectionTarget target) {
        DriverProfile profile =
                target.container() ? VIA_CONTAINER.get(target.dialect().id()) : null;
        return profile != null ? profile : of(target.dialect().id());
    }

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
