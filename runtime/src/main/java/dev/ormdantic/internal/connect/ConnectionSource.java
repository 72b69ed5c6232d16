package dev.ormdantic.internal.connect;

import dev.ormdantic.internal.error.ConnectionAdvice;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Where an open database's connections come from: the HikariCP pool Ormdantic opens for a URL ({@link OwnedPool}), or
 * a {@code DataSource} the application passed in ({@link ApplicationDataSource}), which Ormdantic borrows from but
 * never configures, evicts from or closes.
 */
public sealed interface ConnectionSource extends AutoCloseable permits OwnedPool, ApplicationDataSource {

    /**
     * Borrows a connection; closing it gives it back.
     *
     * @return an auto-commit connection, or one that joins the application's transaction and looks like one
     * @throws SQLException from the pool or the driver
     * @throws dev.ormdantic.error.ConfigurationException when the connection cannot serve Ormdantic (see
     *     {@link ApplicationDataSource})
     */
    Connection getConnection() throws SQLException;

    /**
     * The pool's limits when every one of its connections is in use right now, for the pool-exhausted error.
     *
     * @return the limits, or {@code null} when a connection is free or the pool cannot tell
     */
    @Nullable
    PoolLimits saturated();

    /**
     * The most connections the pool holds, when it can tell.
     *
     * @return the pool's maximum size, or empty for an application's {@code DataSource} that is not HikariCP's
     */
    OptionalInt maximumSize();

    /**
     * Whether the connection borrowed may depend on the borrowing thread: an application's {@code DataSource} may hand
     * out the connection of the thread's own transaction (Spring's transaction-aware one does), so work must run on the
     * thread its API promises.
     *
     * @return {@code true} for an application's {@code DataSource}
     */
    boolean threadBound();

    /**
     * After a connection broke: retires the other pooled connections, which share the network path that failed.
     * Only Ormdantic's own pool does; an application's pool is the application's to manage.
     */
    void retireAll();

    /**
     * Gives back a borrowed connection that must never serve again (one a stopped transaction aborted, or may abort at
     * any moment): Ormdantic's own pool removes and closes it; an application's connection is aborted and closed.
     *
     * @param connection the borrowed connection
     */
    void evict(Connection connection);

    /**
     * Where the login and the pool's limits are configured, for connection errors.
     *
     * @return the advice
     */
    ConnectionAdvice advice();

    /** Closes Ormdantic's own pool; leaves an application's {@code DataSource} open. */
    @Override
    void close();

    /**
     * A pool's size and how long a call waits for one of its connections.
     *
     * @param size the most connections it holds
     * @param timeout how long a call waits for a free one
     */
    record PoolLimits(int size, Duration timeout) {}
}
