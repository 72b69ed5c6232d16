package dev.ormdantic.dialect;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The database product behind a dialect, where it changes what the library may rely on. PostgreSQL-compatible
 * distributed databases (CockroachDB, YugabyteDB, Citus) speak the PostgreSQL dialect and MySQL-compatible ones (TiDB,
 * Vitess and PlanetScale) the MySQL dialect, but some lack guarantees the dialect's own server gives: advisory locks
 * that really lock, or DDL inside a transaction. Each flavor says which it has, and the parts of the library that rely
 * on one consult it instead of the dialect.
 *
 * <p>Where a product's behaviour depends on its version or settings, the flavor assumes the weaker behaviour, since
 * the path for it is also correct on the stronger one: a lease row locks wherever an advisory lock would, and running
 * a migration statement by statement is correct wherever a transaction would be (it only records more steps).
 *
 * <p>A flavor is given explicitly (for example {@code Migrator.Builder.flavor}) or detected from the server's version
 * text with {@link #detect}.
 *
 * @since 0.1.0
 */
public enum Flavor {
    /** SQLite. */
    SQLITE(DialectId.SQLITE, "SQLite", true, true),
    /** PostgreSQL itself. */
    POSTGRESQL(DialectId.POSTGRESQL, "PostgreSQL", true, true),
    /**
     * CockroachDB: its advisory-lock functions exist but do not lock (cockroach issue 13546), and it runs one schema
     * change per transaction, so a migration of several statements cannot be rolled back as a whole.
     */
    COCKROACHDB(DialectId.POSTGRESQL, "CockroachDB", false, false),
    /**
     * YugabyteDB (YSQL): advisory locks are missing before 2.25 and DDL is not transactional by default, so both are
     * assumed absent.
     */
    YUGABYTEDB(DialectId.POSTGRESQL, "YugabyteDB", false, false),
    /**
     * Citus on PostgreSQL: advisory locks and transactional DDL on the coordinator as in PostgreSQL; a unique key of a
     * distributed table must include its distribution column, which the database itself enforces.
     */
    CITUS(DialectId.POSTGRESQL, "Citus", true, true),
    /** MySQL itself. */
    MYSQL(DialectId.MYSQL, "MySQL", true, false),
    /** MariaDB itself. */
    MARIADB(DialectId.MARIADB, "MariaDB", true, false),
    /**
     * TiDB: {@code GET_LOCK} is missing or experimental depending on the version, so it is assumed absent; DDL
     * commits implicitly as in MySQL.
     */
    TIDB(DialectId.MYSQL, "TiDB", false, false),
    /**
     * Vitess and PlanetScale: {@code GET_LOCK} holds only on a reserved connection to one shard, so it is assumed
     * absent; DDL runs outside transactions (online schema changes).
     */
    VITESS(DialectId.MYSQL, "Vitess", false, false),
    /** Microsoft SQL Server. */
    MSSQL(DialectId.MSSQL, "SQL Server", true, false),
    /** Oracle Database. */
    ORACLE(DialectId.ORACLE, "Oracle", true, false);

    private final DialectId dialect;
    private final String displayName;
    private final boolean advisoryLocks;
    private final boolean transactionalDdl;

    Flavor(DialectId dialect, String displayName, boolean advisoryLocks, boolean transactionalDdl) {
        this.dialect = dialect;
        this.displayName = displayName;
        this.advisoryLocks = advisoryLocks;
        this.transactionalDdl = transactionalDdl;
    }

    /**
     * The dialect the flavor speaks.
     *
     * @return the dialect
     */
    public DialectId dialect() {
        return dialect;
    }

    /**
     * The product's name, for messages ({@code CockroachDB}).
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Whether the server's own session lock really excludes a second holder (PostgreSQL {@code pg_advisory_lock},
     * MySQL and MariaDB {@code GET_LOCK}, SQL Server {@code sp_getapplock}, Oracle {@code DBMS_LOCK}). Where it does
     * not, the migrator locks with a lease row instead.
     *
     * @return {@code true} where the session lock can be trusted
     */
    public boolean advisoryLocks() {
        return advisoryLocks;
    }

    /**
     * Whether a migration's statements, DDL included, can run in one transaction that a failure rolls back whole.
     * Where they cannot, the migrator runs them one by one and records each step, so that a failure says how far it
     * got and a later run resumes after it.
     *
     * @return {@code true} for PostgreSQL, Citus and SQLite
     */
    public boolean transactionalDdl() {
        return transactionalDdl;
    }

    /**
     * Whether the flavor can be spoken to in a dialect: its own, or MySQL's and MariaDB's for each other's servers.
     *
     * @param other the dialect
     * @return {@code true} when the dialect's SQL runs on this flavor
     */
    public boolean speaks(DialectId other) {
        Objects.requireNonNull(other, "other");
        return dialect == other || (mysqlFamily(dialect) && mysqlFamily(other));
    }

    private static boolean mysqlFamily(DialectId dialect) {
        return dialect == DialectId.MYSQL || dialect == DialectId.MARIADB;
    }

    /**
     * The flavor of a dialect's own server.
     *
     * @param dialect the dialect
     * @return its flavor ({@link #POSTGRESQL} for {@link DialectId#POSTGRESQL}, and so on)
     */
    public static Flavor of(DialectId dialect) {
        return switch (Objects.requireNonNull(dialect, "dialect")) {
            case SQLITE -> SQLITE;
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case MSSQL -> MSSQL;
            case ORACLE -> ORACLE;
        };
    }

    /**
     * The query whose single row {@link #detect} reads: PostgreSQL {@code version()} and whether the Citus extension
     * is installed; MySQL and MariaDB {@code VERSION()} and an empty second column. {@code null} for the other
     * dialects, whose flavor is their own.
     *
     * @param dialect the dialect
     * @return the query, or {@code null} when there is nothing to detect
     */
    public static @Nullable String detectionQuery(DialectId dialect) {
        return switch (Objects.requireNonNull(dialect, "dialect")) {
            case POSTGRESQL ->
                "SELECT version(), CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus')"
                        + " THEN 'citus' ELSE '' END";
            case MYSQL, MARIADB -> "SELECT VERSION(), ''";
            case SQLITE, MSSQL, ORACLE -> null;
        };
    }

    /**
     * The flavor of a server from the answer to {@link #detectionQuery}: CockroachDB and YugabyteDB name themselves in
     * {@code version()} ({@code CockroachDB CCL v24.1.0 ...}, {@code PostgreSQL 11.2-YB-2.20.1.0 ...}), Citus is an
     * installed extension, TiDB and Vitess name themselves in {@code VERSION()} ({@code 8.0.11-TiDB-v7.5.0},
     * {@code 8.0.30-Vitess}), and MariaDB's contains {@code MariaDB} even through the MySQL dialect. Anything else is
     * the dialect's own server.
     *
     * @param dialect the dialect spoken
     * @param version the version text
     * @param extension the second column of the detection query ({@code citus} or empty)
     * @return the flavor
     */
    public static Flavor detect(DialectId dialect, String version, String extension) {
        String text = Objects.requireNonNull(version, "version").toLowerCase(Locale.ROOT);
        return switch (Objects.requireNonNull(dialect, "dialect")) {
            case POSTGRESQL -> {
                if (text.contains("cockroachdb")) {
                    yield COCKROACHDB;
                }
                if (text.contains("-yb-")) {
                    yield YUGABYTEDB;
                }
                yield "citus".equals(extension) ? CITUS : POSTGRESQL;
            }
            case MYSQL, MARIADB -> {
                if (text.contains("tidb")) {
                    yield TIDB;
                }
                if (text.contains("vitess")) {
                    yield VITESS;
                }
                yield text.contains("mariadb") ? MARIADB : MYSQL;
            }
            case SQLITE, MSSQL, ORACLE -> of(dialect);
        };
    }
}
