package dev.ormdantic.it;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A database the behaviour suite runs against. SQLite runs in-process; each server's URL comes from
 * {@code ORMDANTIC_TEST_<NAME>_URL}, defaulting to the local servers of DESIGN.md for PostgreSQL, MariaDB and the
 * MySQL dialect (MySQL Connector/J against the MariaDB server). SQL Server and Oracle run only when their variable
 * names a server: none can run on this project's machines (no Docker engine for Testcontainers, neither is packaged
 * for Debian).
 */
public enum Backend {
    /** Embedded SQLite, a fresh file per test. */
    SQLITE(null, null),
    /** PostgreSQL, a fresh schema per test. */
    POSTGRESQL("ORMDANTIC_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"),
    /** MariaDB with MariaDB Connector/J, a fresh database per test. */
    MARIADB("ORMDANTIC_TEST_MARIADB_URL", "mariadb://root@127.0.0.1:3306/test?sslMode=disable"),
    /** The MySQL dialect with MySQL Connector/J, against the MariaDB server unless told otherwise. */
    MYSQL("ORMDANTIC_TEST_MYSQL_URL", "mysql://root@127.0.0.1:3306/test?sslMode=DISABLED"),
    /** SQL Server, only with {@code ORMDANTIC_TEST_MSSQL_URL}. */
    MSSQL("ORMDANTIC_TEST_MSSQL_URL", null),
    /** Oracle, only with {@code ORMDANTIC_TEST_ORACLE_URL}. */
    ORACLE("ORMDANTIC_TEST_ORACLE_URL", null);

    private final @Nullable String variable;
    private final @Nullable String defaultUrl;

    Backend(@Nullable String variable, @Nullable String defaultUrl) {
        this.variable = variable;
        this.defaultUrl = defaultUrl;
    }

    /** The lower-case name, as in the dialects and {@code ORMDANTIC_TEST_BACKENDS}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The server URL to test against, or {@code null} when this backend has none here. */
    public @Nullable String serverUrl() {
        if (variable == null) {
            return null;
        }
        String configured = System.getenv(variable);
        return configured != null && !configured.isBlank() ? configured.strip() : defaultUrl;
    }

    /**
     * Why this backend does not run, or {@code null} when it does. {@code ORMDANTIC_TEST_BACKENDS} (a comma-separated
     * list of labels) restricts the run, for a machine without the servers; CI leaves it unset so that a server that
     * is down fails the run instead of being skipped.
     */
    public @Nullable String skipReason() {
        String only = System.getenv("ORMDANTIC_TEST_BACKENDS");
        if (only != null
                && !only.isBlank()
                && !java.util.Arrays.asList(only.split(",", -1)).contains(label())) {
            return label() + " is not in ORMDANTIC_TEST_BACKENDS=" + only;
        }
        if (this != SQLITE && serverUrl() == null) {
            return label() + " skipped: set " + variable + " to a server URL to run the suite on it (no Docker"
                    + " engine here for Testcontainers, and the server is not packaged for this machine)";
        }
        return null;
    }

    /** The parsed server URL. */
    URI serverUri() {
        String url = serverUrl();
        if (url == null) {
            throw new IllegalStateException(label() + " has no server URL");
        }
        return URI.create(url);
    }
}
