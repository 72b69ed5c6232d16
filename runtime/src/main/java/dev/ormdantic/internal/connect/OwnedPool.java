package dev.ormdantic.internal.connect;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.internal.error.ConnectionAdvice;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The HikariCP pool Ormdantic opens for a database URL, and closes with the database. */
public final class OwnedPool implements ConnectionSource {

    private final HikariDataSource pool;

    /**
     * Wraps a started pool.
     *
     * @param pool the pool
     */
    public OwnedPool(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public @Nullable PoolLimits saturated() {
        return saturated(pool);
    }

    @Override
    public boolean threadBound() {
        return false;
    }

    @Override
    public OptionalInt maximumSize() {
        return OptionalInt.of(pool.getMaximumPoolSize());
    }

    /**
     * A HikariCP pool's limits when every connection is in use.
     *
     * @param pool the pool
     * @return its limits, or {@code null} when a connection is free or the pool is not started
     */
    static @Nullable PoolLimits saturated(HikariDataSource pool) {
        var state = pool.getHikariPoolMXBean();
        int size = pool.getMaximumPoolSize();
        if (state == null || state.getActiveConnections() < size) {
            return null;
        }
        return new PoolLimits(size, Duration.ofMillis(pool.getConnectionTimeout()));
    }

    @Override
    public void retireAll() {
        var bean = pool.getHikariPoolMXBean();
        if (bean != null) {
            bean.softEvictConnections();
        }
    }

    @Override
    public void evict(Connection connection) {
        // Closing an aborted connection would recycle it: the pool checks a connection only after it idled a while.
        // HikariCP evicts only its own proxies (and ignores anything else), so anything else is closed here.
        if (connection.getClass().getName().startsWith("com.zaxxer.hikari.")) {
            pool.evictConnection(connection);
            return;
        }
        ApplicationDataSource.abortAndClose(connection);
    }

    @Override
    public ConnectionAdvice advice() {
        return ConnectionAdvice.OWN_POOL;
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "OwnedPool[" + pool.getPoolName() + "]";
    }
}
