package dev.ormdantic.internal;

import dev.ormdantic.dialect.DialectId;

/** The one place that maps a dialect to its runtime {@link DriverProfile}. */
public final class DriverProfiles {

    private static final DriverProfile SQLITE = new SqliteProfile();
    private static final DriverProfile POSTGRESQL = new ServerProfile(new PostgresValueCodec(), ErrorRules.standard());
    private static final DriverProfile STANDARD = new ServerProfile(new ValueCodec(), ErrorRules.standard());

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
            case MYSQL, MARIADB, MSSQL, ORACLE -> STANDARD;
        };
    }
}
