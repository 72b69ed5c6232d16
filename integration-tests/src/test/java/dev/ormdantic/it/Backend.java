package dev.ormdantic.it;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A database the behaviour suite runs against. SQLite runs in-process; each server's URL comes from
 * {@code ORMDANTIC_TEST_<NAME>_URL}, defaulting to the local servers of DESIGN.md for PostgreSQL, MariaDB and the
 * MySQL dialect (MySQL Connector/J against the MariaDB server). SQL Server and Oracle run against their variable's
 * server, or in Testcontainers when a Docker engine is present; this project's machines have neither (and neither
 * server is packaged for Debian), so there they are reported skipped.
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
    /** SQL Server: {@code ORMDANTIC_TEST_MSSQL_URL}, or a container. */
    MSSQL("ORMDANTIC_TEST_MSSQL_URL", null),
    /** Oracle: {@code ORMDANTIC_TEST_ORACLE_URL}, or a container. */
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

    /**
     * The server URL to test against: the variable's, else the local default, else (SQL Server and Oracle) a
     * container when a Docker engine is present; {@code null} when this backend has none here.
     */
    public @Nullable String serverUrl() {
        if (variable == null) {
            return null;
        }
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        if (defaultUrl != null) {
            return defaultUrl;
        }
        if (skipped()) {
            return null;
        }
        return this == MSSQL ? Containers.mssql() : Containers.oracle();
    }

    /** SQL Server or Oracle with neither a URL nor a Docker engine. */
    private boolean skipped() {
        return (this == MSSQL || this == ORACLE)
                && (variable == null || System.getenv(variable) == null)
                && !Containers.dockerAvailable();
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
        if (skipped()) {
            return label() + " skipped: no Docker engine for Testcontainers and no " + variable
                    + "; set it to a server URL, or run where Docker is, to run the suite on it";
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
