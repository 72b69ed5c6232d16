package dev.ormdantic.internal;

import com.zaxxer.hikari.HikariConfig;

/**
 * A database server reached over the network: plain JDBC behaviour with the dialect's codec, SQLSTATE rules,
 * virtual threads (the drivers Ormdantic supports no longer pin them) and a pool of ten connections by default.
 */
final class ServerProfile extends DriverProfile {

    private static final int DEFAULT_POOL_SIZE = 10;

    private final ValueCodec codec;
    private final ErrorRules rules;

    ServerProfile(ValueCodec codec, ErrorRules rules) {
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
    public Workers workers(ConnectionTarget target, Options options, String name) {
        return Workers.virtual(name);
    }

    @Override
    public void configure(HikariConfig config, ConnectionTarget target, Options options) {
        Integer poolSize = options.poolSize();
        config.setMaximumPoolSize(poolSize != null ? poolSize : DEFAULT_POOL_SIZE);
        target.properties().forEach(config::addDataSourceProperty);
    }
}
