package dev.ormdantic.internal.exec;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.internal.connect.ApplicationDataSource;
import dev.ormdantic.internal.connect.ConnectionTarget;
import dev.ormdantic.internal.connect.DriverProfile;
import dev.ormdantic.internal.connect.DriverProfiles;
import dev.ormdantic.internal.connect.Options;
import dev.ormdantic.internal.connect.PoolSettings;
import dev.ormdantic.internal.error.Redactor;
import dev.ormdantic.internal.replica.LagSql;
import dev.ormdantic.internal.replica.PositionSql;
import dev.ormdantic.internal.replica.Replica;
import dev.ormdantic.internal.replica.ReplicaOptions;
import dev.ormdantic.internal.replica.ReplicaSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Opens the connections of the read replicas: a read-only HikariCP pool per replica URL, set up as the primary's pool
 * is (driver profile, timeouts, {@code hikari(...)} adjustments), or an application's data source as given.
 */
final class ReplicaPools {

    /**
     * How long a read waits for a replica's connection before it goes to the primary: a replica that is down must not
     * hold every read for the full connection timeout.
     */
    static final Duration MAX_REPLICA_CONNECTION_TIMEOUT = Duration.ofSeconds(2);

    private ReplicaPools() {}

    /**
     * The replica set of a database, or {@code null} without replicas. A replica pool opens no connection here: a
     * replica that is down when the database opens is found out, and left out, by the first read.
     *
     * @param primary the primary's target
     * @param profile the primary's driver profile
     * @param redactor the primary's redactor
     * @param options the builder's options
     * @param name the primary pool's name
     * @param replicaOptions the replicas
     * @return the set, or {@code null}
     */
    static @Nullable ReplicaSet open(
            ConnectionTarget primary,
            DriverProfile profile,
            Redactor redactor,
            Options options,
            String name,
            ReplicaOptions replicaOptions) {
        if (replicaOptions.sources().isEmpty()) {
            return null;
        }
        PositionSql positions = PositionSql.of(primary.dialect().id());
        List<Replica> replicas = new ArrayList<>();
        try {
            for (ReplicaOptions.Source source : replicaOptions.sources()) {
                String poolName = name + "-replica-" + (replicas.size() + 1);
                replicas.add(
                        switch (source) {
                            case ReplicaOptions.Url url -> pool(url.target(), redactor, options, poolName);
                            case ReplicaOptions.Application app -> application(app.dataSource());
                        });
            }
        } catch (OrmdanticException e) {
            replicas.forEach(Replica::close);
            throw e;
        } catch (SQLException | RuntimeException e) {
            replicas.forEach(Replica::close);
            throw new ConfigurationException(
                    ErrorCode.REPLICA_UNSUPPORTED,
                    new ErrorContext("open", null, primary.dialect().name()),
                    "opening the pool of a read replica failed: "
                            + redactor.cause(e).getMessage(),
                    "check the replica's URL and the hikari(...) adjustments, which apply to the replicas' pools too",
                    redactor.cause(e));
        }
        return new ReplicaSet(
                replicas,
                replicaOptions.consistency(),
                replicaOptions.healthInterval(),
                positions,
                replicaOptions.maxLag(),
                LagSql.of(primary.dialect().id()));
    }

    private static Replica pool(ConnectionTarget target, Redactor redactor, Options options, String poolName)
            throws SQLException {
        DriverProfile profile = DriverProfiles.of(target);
        Options replicaOptions = withConnectionTimeout(options);
        profile.validate(target, replicaOptions);
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(target.jdbcUrl());
        config.setAutoCommit(true);
        config.setConnectionTimeout(replicaOptions.connectionTimeout().toMillis());
        profile.configure(config, target, replicaOptions);
        PoolSettings.apply(config, replicaOptions.poolSettings(), target);
        config.setReadOnly(true);
        // No connection at open: a replica that is down is left out by the first read, not fatal to the database.
        config.setInitializationFailTimeout(-1);
        Database.hideSecretsFromPool(config, profile, replicaOptions, redactor);
        HikariDataSource pool = new HikariDataSource(config);
        return new Replica(target.displayUrl(), new Replica.Connections() {
            @Override
            public Connection get() throws SQLException {
                return pool.getConnection();
            }

            @Override
            public void retireAll() {
                var bean = pool.getHikariPoolMXBean();
                if (bean != null) {
                    bean.softEvictConnections();
                }
            }

            @Override
            public void close() {
                pool.close();
            }
        });
    }

    private static Replica application(DataSource dataSource) {
        return new Replica(ApplicationDataSource.describe(dataSource), new Replica.Connections() {
            @Override
            public Connection get() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void retireAll() {
                // The application's pool retires its own connections.
            }

            @Override
            public void close() {
                // The application closes its data source.
            }
        });
    }

    private static Options withConnectionTimeout(Options options) {
        Duration timeout = options.connectionTimeout().compareTo(MAX_REPLICA_CONNECTION_TIMEOUT) < 0
                ? options.connectionTimeout()
                : MAX_REPLICA_CONNECTION_TIMEOUT;
        return new Options(
                options.poolSize(),
                options.sqliteThreads(),
                timeout,
                options.busyTimeout(),
                options.queryTimeout(),
                options.tables(),
                options.classLoader(),
                options.streamLeakThreshold(),
                options.sqliteJournalMode(),
                options.poolSettings(),
                options.listeners(),
                options.nPlusOne());
    }
}
