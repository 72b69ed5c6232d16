package dev.ormdantic.benchmarks;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A database the benchmark runs on. The servers are the local ones the tests use; their URLs can be overridden with
 * {@code ORMDANTIC_BENCH_POSTGRES_JDBC} / {@code ..._URL} and the MariaDB equivalents. {@code
 * ORMDANTIC_BENCH_SQLITE_PARAMS} appends parameters to both SQLite URLs, which the driver applies as pragmas to every
 * connection of every contender (such as {@code synchronous=NORMAL}, so that a commit does not wait for the disk).
 */
public enum Backend {
    /** Embedded SQLite on a fresh temporary file. */
    SQLITE("sqlite", '"'),
    /** The local PostgreSQL server. */
    POSTGRES("postgres", '"'),
    /** The local MariaDB server. */
    MARIADB("mariadb", '`');

    private final String id;
    private final char quote;

    Backend(String id, char quote) {
        this.id = id;
        this.quote = quote;
    }

    /**
     * The short name used on the command line and in the results.
     *
     * @return the name
     */
    public String id() {
        return id;
    }

    /**
     * Quotes an identifier the way this backend does.
     *
     * @param name the identifier
     * @return the quoted identifier
     */
    public String quote(String name) {
        return quote + name + quote;
    }

    /**
     * The JDBC URL of this backend; for SQLite, of the file.
     *
     * @param sqliteFile the SQLite database file, ignored by the servers
     * @return the URL
     */
    public String jdbcUrl(String sqliteFile) {
        return switch (this) {
            case SQLITE -> "jdbc:sqlite:" + sqliteFile + sqliteParams();
            case POSTGRES ->
                env("ORMDANTIC_BENCH_POSTGRES_JDBC", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
            case MARIADB ->
                env("ORMDANTIC_BENCH_MARIADB_JDBC", "jdbc:mariadb://127.0.0.1:3306/test?user=root&sslMode=disable");
        };
    }

    /**
     * The URL this ORM opens for this backend.
     *
     * @param sqliteFile the SQLite database file, ignored by the servers
     * @return the URL
     */
    public String ormUrl(String sqliteFile) {
        return switch (this) {
            case SQLITE -> "sqlite:" + sqliteFile + sqliteParams();
            case POSTGRES -> env("ORMDANTIC_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test");
            case MARIADB -> env("ORMDANTIC_BENCH_MARIADB_URL", "mariadb://root@127.0.0.1:3306/test?sslMode=disable");
        };
    }

    /**
     * The JDBC URL of this backend's read replica.
     *
     * @return the URL, or {@code null} for SQLite, which has no replicas
     */
    public @Nullable String replicaJdbcUrl() {
        return switch (this) {
            case SQLITE -> null;
            case POSTGRES ->
                env("ORMDANTIC_BENCH_POSTGRES_REPLICA_JDBC", "jdbc:postgresql://127.0.0.1:5433/test?user=postgres");
            case MARIADB ->
                env(
                        "ORMDANTIC_BENCH_MARIADB_REPLICA_JDBC",
                        "jdbc:mariadb://127.0.0.1:3307/test?user=root&sslMode=disable");
        };
    }

    /**
     * The URL of this backend's read replica, as this ORM's builder takes it in {@code replica(url)}.
     *
     * @return the URL, or {@code null} for SQLite, which has no replicas
     */
    public @Nullable String replicaOrmUrl() {
        return switch (this) {
            case SQLITE -> null;
            case POSTGRES -> env("ORMDANTIC_BENCH_POSTGRES_REPLICA_URL", "postgresql://postgres@127.0.0.1:5433/test");
            case MARIADB ->
                env("ORMDANTIC_BENCH_MARIADB_REPLICA_URL", "mariadb://root@127.0.0.1:3307/test?sslMode=disable");
        };
    }

    /**
     * The backend with a short name.
     *
     * @param name {@code sqlite}, {@code postgres} or {@code mariadb}
     * @return the backend
     * @throws IllegalArgumentException naming the known backends
     */
    public static Backend named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Backend backend : values()) {
            if (backend.id.equals(wanted) || (backend == POSTGRES && wanted.equals("postgresql"))) {
                return backend;
            }
        }
        throw new IllegalArgumentException("unknown backend '" + name + "'; choose sqlite, postgres or mariadb");
    }

    private static String sqliteParams() {
        String params = env("ORMDANTIC_BENCH_SQLITE_PARAMS", "");
        return params.isEmpty() ? "" : "?" + params;
    }

    private static String env(String name, String fallback) {
        @Nullable String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
