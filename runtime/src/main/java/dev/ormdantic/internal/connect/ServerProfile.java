package dev.ormdantic.internal.connect;

import com.zaxxer.hikari.HikariConfig;
import dev.ormdantic.internal.error.ErrorRules;
import dev.ormdantic.internal.error.Redactor;
import dev.ormdantic.internal.jdbc.ValueCodec;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A database server reached over the network: its driver (checked to be on the class path before anything opens),
 * the dialect's value codec and error rules, virtual threads (the supported driver versions no longer pin them), a
 * pool of ten connections by default, and the driver and pool timeouts of {@link Timeouts}.
 */
final class ServerProfile extends DriverProfile {

    private static final int DEFAULT_POOL_SIZE = 10;

    /** MariaDB Connector/J's property of session variables set on every new connection. */
    private static final String SESSION_VARIABLES = "sessionVariables";

    /** MariaDB's bound on a statement's run time, in seconds. */
    private static final String STATEMENT_TIME = "max_statement_time";

    private final ServerKind kind;
    private final ValueCodec codec;
    private final ErrorRules rules;

    /** Whether connections go through Testcontainers' driver ({@code jdbc:tc:} URLs). */
    private final boolean container;

    ServerProfile(ServerKind kind, ValueCodec codec, ErrorRules rules) {
        this(kind, codec, rules, false);
    }

    private ServerProfile(ServerKind kind, ValueCodec codec, ErrorRules rules, boolean container) {
        this.kind = kind;
        this.codec = codec;
        this.rules = rules;
        this.container = container;
    }

    /**
     * This profile for {@code jdbc:tc:} URLs: the same database, reached through Testcontainers' JDBC driver.
     *
     * @return the profile
     */
    ServerProfile viaContainer() {
        return new ServerProfile(kind, codec, rules, true);
    }

    /** The driver that opens the URL: Testcontainers' for a {@code jdbc:tc:} URL, else the database's. */
    private String driverClass() {
        return container ? ContainerUrlScheme.DRIVER : kind.driverClass();
    }

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
        if (container) {
            ContainerUrlScheme.requireDriver(target, options);
        }
        // Testcontainers hands every connection to the database's own driver
        requireDriver(
                target,
                options,
                kind.driverClass(),
                "add the dependency " + kind.driverArtifact() + " (the version Ormdantic is tested with)");
    }

    @Override
    public OptionalInt platformThreads(ConnectionTarget target, Options options) {
        return OptionalInt.empty();
    }

    @Override
    public void configure(HikariConfig config, ConnectionTarget target, Options options) {
        Integer poolSize = options.poolSize();
        config.setMaximumPoolSize(poolSize != null ? poolSize : DEFAULT_POOL_SIZE);
        config.setDriverClassName(driverClass());
        target.properties().forEach(config::addDataSourceProperty);
        timeoutProperties(kind, target, options).forEach(config::addDataSourceProperty);
        if (!container) {
            statementTimeoutProperties(kind, target, options).forEach(config::addDataSourceProperty);
        }
        Timeouts.configurePool(config, options);
    }

    @Override
    public DataSource dataSource(String jdbcUrl, Properties properties, Options options, Redactor redactor)
            throws SQLException {
        return new ServerDataSource(driverClass(), options.classLoader(), jdbcUrl, properties, redactor);
    }

    /**
     * {@code false} for MariaDB, whose connections bound every statement themselves: see
     * {@link #statementTimeoutProperties}. Except through Testcontainers, whose driver passes the driver properties
     * to the database's driver as the defaults of a {@link java.util.Properties}, which MariaDB Connector/J does not
     * read: there each statement gets the JDBC query timeout.
     */
    @Override
    public boolean timesEachStatement() {
        return kind != ServerKind.MARIADB || container;
    }

    /**
     * {@code true} for PostgreSQL: pgjdbc schedules and purges a {@link java.util.Timer} task for every statement with
     * a query timeout, which wakes the timer's thread each time, and its {@code cancel()} gives the same error
     * (SQLSTATE 57014, {@code ORM2408}) and touches only a statement that is executing.
     */
    @Override
    public boolean cancelsOverdueStatements() {
        return kind == ServerKind.POSTGRESQL;
    }

    /**
     * The driver properties that make the server bound every statement by the query timeout, where that replaces the
     * JDBC query timeout of each statement. On MariaDB the session's {@code max_statement_time}, set once per
     * connection through the driver's {@code sessionVariables}: the server ends a statement that runs longer (error
     * 1969, {@code ORM2408}, nothing applied) exactly as under the JDBC query timeout, which MariaDB Connector/J
     * implements by prefixing every statement with {@code SET STATEMENT max_statement_time=N FOR} (measured: about
     * 9 µs more a statement). Session variables in the URL are kept; a {@code max_statement_time} among them wins.
     * Empty for the other servers, whose statements get the JDBC query timeout.
     */
    static java.util.Map<String, String> statementTimeoutProperties(
            ServerKind kind, ConnectionTarget target, Options options) {
        if (kind != ServerKind.MARIADB) {
            return java.util.Map.of();
        }
        String own = target.properties().get(SESSION_VARIABLES);
        String timeout = STATEMENT_TIME + "=" + Timeouts.seconds(options.queryTimeout());
        if (own == null || own.isBlank()) {
            return java.util.Map.of(SESSION_VARIABLES, timeout);
        }
        for (String assignment : own.split(",", -1)) {
            int equals = assignment.indexOf('=');
            String name = (equals < 0 ? assignment : assignment.substring(0, equals)).strip();
            if (name.equalsIgnoreCase(STATEMENT_TIME)) {
                return java.util.Map.of();
            }
        }
        return java.util.Map.of(SESSION_VARIABLES, own + "," + timeout);
    }

    /**
     * The driver's timeout properties from the builder's timeouts, less those the URL sets: a timeout in the URL is
     * the user's choice and wins.
     */
    static java.util.Map<String, String> timeoutProperties(ServerKind kind, ConnectionTarget target, Options options) {
        java.util.Map<String, String> properties = new java.util.LinkedHashMap<>(
                kind.timeouts(options.connectionTimeout(), Timeouts.socket(options.queryTimeout())));
        properties.keySet().removeAll(target.properties().keySet());
        return properties;
    }
}
