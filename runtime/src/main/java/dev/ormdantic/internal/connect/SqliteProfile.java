package dev.ormdantic.internal.connect;

import com.zaxxer.hikari.HikariConfig;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.ErrorRules;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.Redactor;
import dev.ormdantic.internal.error.SqliteErrorRules;
import dev.ormdantic.internal.jdbc.SqliteValueCodec;
import dev.ormdantic.internal.jdbc.ValueCodec;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * SQLite: text codecs for decimals and times, extended result codes for errors, platform threads (the JNI driver pins
 * virtual threads), and connections with foreign keys enforced, a busy timeout, a journal mode for files (the
 * builder's, else the URL's {@code journal_mode}, else WAL) and write transactions that take the write lock when they
 * begin. Streams read outside a transaction: see {@link #streamsInTransaction()}.
 */
final class SqliteProfile extends DriverProfile {

    /** The driver's class; nothing else of sqlite-jdbc is loaded before {@link #validate} has found it. */
    private static final String DRIVER_CLASS = "org.sqlite.JDBC";

    /** The Maven coordinates of the sqlite-jdbc version Ormdantic is built with. */
    static final String DRIVER_ARTIFACT = "org.xerial:sqlite-jdbc:3.54.1.0";

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

    private static void validateThreads(ConnectionTarget target, Options options) {
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
    public void validate(ConnectionTarget target, Options options) {
        // sqlite-jdbc comes with the runtime, but an application that uses only a server may exclude it
        requireDriver(
                target,
                options,
                DRIVER_CLASS,
                "add the dependency " + DRIVER_ARTIFACT
                        + " (the version Ormdantic is tested with), or remove its exclusion from ormdantic-runtime");
        validateThreads(target, options);
        journalMode(target, options);
    }

    @Override
    public void validateForDataSource(ConnectionTarget target, Options options) {
        validateThreads(target, options);
    }

    /**
     * The journal mode of a file: the builder's and the URL's must agree; WAL when neither names one.
     *
     * @throws ConfigurationException when the URL names an unknown mode or the builder another one
     */
    private static String journalMode(ConnectionTarget target, Options options) {
        String fromUrl = urlParameter(target.jdbcUrl(), "journal_mode");
        if (fromUrl != null && !DriverProfiles.SQLITE_JOURNAL_MODES.contains(fromUrl)) {
            throw invalidJournalMode(
                    target,
                    "the URL's journal_mode is '" + fromUrl + "'",
                    "use one of " + String.join(", ", DriverProfiles.SQLITE_JOURNAL_MODES));
        }
        String chosen = options.sqliteJournalMode();
        if (fromUrl != null && chosen != null && !fromUrl.equals(chosen)) {
            throw invalidJournalMode(
                    target,
                    "sqliteJournalMode is " + chosen + ", but the URL says journal_mode=" + fromUrl,
                    "set the journal mode in one place only");
        }
        return chosen != null ? chosen : fromUrl != null ? fromUrl : "WAL";
    }

    private static @Nullable String urlParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equalsIgnoreCase(name)) {
                return pair.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static ConfigurationException invalidJournalMode(ConnectionTarget target, String problem, String fix) {
        return new ConfigurationException(
                ErrorCode.OPTION_OUT_OF_RANGE,
                new ErrorContext(Operation.OPEN.method(), null, "sqlite"),
                "cannot open " + target.displayUrl() + ": " + problem,
                fix,
                null);
    }

    /**
     * {@code false}: a stream's statement reads in its own implicit read transaction, which in WAL mode never blocks a
     * writer. A transaction begun by turning auto-commit off would be {@code BEGIN IMMEDIATE} here, which takes the
     * write lock for as long as the stream stays open.
     */
    @Override
    public boolean streamsInTransaction() {
        return false;
    }

    @Override
    public OptionalInt platformThreads(ConnectionTarget target, Options options) {
        return OptionalInt.of(threads(target, options));
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
        // Generated values come back through RETURNING; left on, the driver matches every write's SQL against a regular
        // expression to support getGeneratedKeys(), which nothing here calls (JFR: about 5 % of the samples of a
        // read-and-update transaction; the wall-clock gain is within the benchmark machine's run-to-run spread).
        config.addDataSourceProperty("jdbc.get_generated_keys", "false");
        if (!target.memory()) {
            // The URL's own journal_mode parameter is checked to agree in validate(); the property makes it apply
            // whatever the driver makes of URL parameters.
            config.addDataSourceProperty("journal_mode", journalMode(target, options));
        }
    }

    /**
     * Every connection gets the collation that compares decimal text by value and the functions CHECK constraints
     * call (see {@link SqliteDataSource}).
     */
    @Override
    public DataSource dataSource(String jdbcUrl, Properties properties, Options options, Redactor redactor) {
        return new SqliteDataSource(jdbcUrl, properties);
    }

    @Override
    public boolean remote() {
        return false;
    }
}
