package dev.ormdantic.internal;

import com.zaxxer.hikari.HikariConfig;
import dev.ormdantic.ConfigurationException;
import dev.ormdantic.ErrorCode;
import dev.ormdantic.ErrorContext;

/**
 * SQLite: text codecs for decimals and times, extended result codes for errors, platform threads (the JNI driver pins
 * virtual threads), and connections with foreign keys enforced, a busy timeout, WAL for files and write transactions
 * that take the write lock when they begin.
 */
final class SqliteProfile extends DriverProfile {

    /** A file database's default threads: enough for concurrent readers in WAL mode, few enough to stay small. */
    private static final int MAX_DEFAULT_THREADS = 4;

    private final ValueCodec codec = new SqliteValueCodec();
    private final ErrorRules rules = SqliteErrorRules.rules();

    @Override
    public ValueCodec codec() {
        return codec;
    }

    @Override
    public ErrorRules errorRules() {
        return rules;
    }

    @Override
    public void validate(ConnectionTarget target, Options options) {
        Integer threads = options.sqliteThreads();
        if (target.memory() && threads != null && threads > 1) {
            // Shared-cache connections lock tables without waiting for each other: concurrent calls would fail.
            throw new ConfigurationException(
                    ErrorCode.OPTION_OUT_OF_RANGE,
                    new ErrorContext(Operation.OPEN.method(), null, "sqlite"),
                    "sqliteThreads is " + threads + ", but an in-memory SQLite database (" + target.displayUrl()
                            + ") allows only 1",
                    "leave sqliteThreads unset, or use a database file for concurrent work",
                    null);
        }
    }

    @Override
    public Workers workers(ConnectionTarget target, Options options, String name) {
        return Workers.platform(name, threads(target, options));
    }

    private static int threads(ConnectionTarget target, Options options) {
        Integer threads = options.sqliteThreads();
        if (threads != null) {
            return threads;
        }
        return target.memory() ? 1 : Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MAX_DEFAULT_THREADS);
    }

    @Override
    public void configure(HikariConfig config, ConnectionTarget target, Options options) {
        Integer poolSize = options.poolSize();
        int size = poolSize != null ? poolSize : threads(target, options);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        // A SQLite connection never goes stale, and retiring the last one would lose an in-memory database.
        config.setMaxLifetime(0);
        config.setIdleTimeout(0);
        config.addDataSourceProperty("foreign_keys", "true");
        // SQLite's LIKE ignores ASCII case unless told otherwise; every other dialect's is case-sensitive, and the
        // case-insensitive filters (ilike, containsIgnoreCase, ...) say so explicitly.
        config.addDataSourceProperty("case_sensitive_like", "true");
        config.addDataSourceProperty(
                "busy_timeout", String.valueOf(options.busyTimeout().toMillis()));
        // BEGIN IMMEDIATE: a write transaction waits for the write lock up front instead of failing when it upgrades.
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        if (!target.memory()) {
            config.addDataSourceProperty("journal_mode", "WAL");
        }
        // Every connection gets the collation that compares decimal text by value and the functions CHECK
        // constraints call (see SqliteDataSource).
        config.setDataSource(new SqliteDataSource(target.jdbcUrl(), config.getDataSourceProperties()));
    }

    @Override
    public boolean remote() {
        return false;
    }
}
