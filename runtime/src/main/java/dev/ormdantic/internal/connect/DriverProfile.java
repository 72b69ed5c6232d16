package dev.ormdantic.internal.connect;

import com.zaxxer.hikari.HikariConfig;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.ErrorRules;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.Redactor;
import dev.ormdantic.internal.jdbc.ValueCodec;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * What the runtime does differently for one family of databases: how values are bound and read, how errors are
 * classified, which threads run the work, and how the pool and its connections are set up.
 * {@link DriverProfiles#of} picks the profile for a dialect.
 */
public abstract class DriverProfile {

    /** For subclasses. */
    DriverProfile() {}

    /**
     * The value codec.
     *
     * @return the codec
     */
    public abstract ValueCodec codec();

    /**
     * The error classification rules.
     *
     * @return the rules
     */
    public abstract ErrorRules errorRules();

    /**
     * Checks the options against the target, beyond each option's own range.
     *
     * @param target the target
     * @param options the options
     * @throws dev.ormdantic.error.ConfigurationException when they contradict each other
     */
    public void validate(ConnectionTarget target, Options options) {}

    /**
     * Checks the options against a database reached through an application's {@code DataSource}, whose driver the
     * application brings.
     *
     * @param target what the {@code DataSource}'s metadata said
     * @param options the options
     * @throws dev.ormdantic.error.ConfigurationException when they contradict each other
     */
    public void validateForDataSource(ConnectionTarget target, Options options) {}

    /**
     * How many platform threads the work runs on, for a driver that pins virtual threads (native code); empty for one
     * that does not, whose asynchronous work runs on kept platform threads, as many as the pool has connections, and on
     * virtual threads when they are all busy.
     *
     * @param target the target
     * @param options the options
     * @return the number of platform threads, or empty for a driver that does not pin virtual threads
     */
    public abstract OptionalInt platformThreads(ConnectionTarget target, Options options);

    /**
     * Whether a stream reads inside a transaction (auto-commit off), which is what lets PostgreSQL use a cursor.
     *
     * @return {@code true} unless the profile says otherwise
     */
    public boolean streamsInTransaction() {
        return true;
    }

    /**
     * Sets up the pool: size, timeouts, driver properties.
     *
     * @param config the pool configuration, with the URL and the name set
     * @param target the target
     * @param options the options
     */
    public abstract void configure(HikariConfig config, ConnectionTarget target, Options options);

    /**
     * The data source the pool opens its connections through, made once the pool's settings are final: it is handed
     * the URL and the driver properties, which the pool then forgets (see {@link ServerDataSource}).
     *
     * @param jdbcUrl the JDBC URL
     * @param properties the driver properties, credentials among them
     * @param options the options
     * @param redactor masks secrets in a failed connect's exception
     * @return the data source
     * @throws SQLException when no driver accepts the URL
     */
    public abstract DataSource dataSource(String jdbcUrl, Properties properties, Options options, Redactor redactor)
            throws SQLException;

    /**
     * Whether the database is reached over a network, where a statement can be lost in transit, a connection can
     * break, and every statement gets the query timeout. SQLite is not: it runs in-process, and its driver's query
     * timeout would replace the busy timeout.
     *
     * @return {@code true} for a database server
     */
    public boolean remote() {
        return true;
    }

    /**
     * Whether each statement gets the JDBC query timeout. Not on SQLite (see {@link #remote()}), nor where the
     * connections make the server bound every statement themselves, which costs nothing per statement.
     *
     * @return {@code true} for a database server unless its profile says otherwise
     */
    public boolean timesEachStatement() {
        return remote();
    }

    /**
     * Whether the query timeout is kept by one watchdog per database that cancels overdue statements, instead of the
     * driver's timer per statement: where that timer costs more per statement than a queue entry, and
     * {@link java.sql.Statement#cancel()} ends a statement with the error the driver's query timeout gives.
     *
     * @return {@code false} unless the profile says otherwise
     */
    public boolean cancelsOverdueStatements() {
        return false;
    }

    /**
     * Checks that a JDBC driver is on the class path before anything opens, so that a missing driver is
     * {@link ErrorCode#DRIVER_MISSING} naming the artifact to add, not a pool failure. The driver class is looked up
     * without initialising it, through the builder's class loader and then the runtime's own.
     *
     * @param target the target, for the message
     * @param options the options, whose class loader is asked first
     * @param driverClass the driver's class name
     * @param fix what to add, naming the driver's Maven coordinates
     * @throws ConfigurationException when neither class loader sees the driver
     */
    static void requireDriver(ConnectionTarget target, Options options, String driverClass, String fix) {
        if (!driverPresent(driverClass, options.classLoader())
                && !driverPresent(driverClass, DriverProfile.class.getClassLoader())) {
            throw new ConfigurationException(
                    ErrorCode.DRIVER_MISSING,
                    new ErrorContext(
                            Operation.OPEN.method(), null, target.dialect().name()),
                    "cannot open '" + target.displayUrl() + "': the "
                            + target.dialect().displayName() + " JDBC driver (" + driverClass
                            + ") is not on the class path",
                    fix,
                    null);
        }
    }

    static boolean driverPresent(String driverClass, ClassLoader loader) {
        try {
            Class.forName(driverClass, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
