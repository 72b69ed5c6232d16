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

    private final ServerKind kind;
    private final ValueCodec codec;
    private final ErrorRules rules;

    ServerProfile(ServerKind kind, ValueCodec codec, ErrorRules rules) {
        this.kind = kind;
        this.codec = codec;
        this.rules = rules;
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
        config.setDriverClassName(kind.driverClass());
        target.properties().forEach(config::addDataSourceProperty);
        timeoutProperties(kind, target, options).forEach(config::addDataSourceProperty);
        Timeouts.configurePool(config, options);
    }

    @Override
    public DataSource dataSource(String jdbcUrl, Properties properties, Options options, Redactor redactor)
            throws SQLException {
        return new ServerDataSource(kind.driverClass(), options.classLoader(), jdbcUrl, properties, redactor);
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
