package dev.ormdantic.internal.connect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How the builder's timeouts bound every call to a database server: the pool's wait and validation, the driver's
 * connect, login and socket timeouts, and each statement's query timeout.
 *
 * <p>A call first borrows a connection, within {@code connectionTimeout} (a new connection's connect and login are
 * bounded by it too, so {@code open()} is). Each statement then runs within {@code queryTimeout}: the database
 * cancels it and applies nothing. Where the cancel cannot reach the database (the network is gone), the socket
 * timeout, {@link #SOCKET_GRACE} later, closes the connection, so no call waits longer than {@code queryTimeout}
 * plus one second for an answer.
 */
public final class Timeouts {

    /**
     * How long after the query timeout the socket timeout closes a connection that gave no answer. Long enough for a
     * cancel request's round trip on any sane network, so that a statement the database can cancel ends as a clean
     * {@code ORM2408} (nothing applied, connection kept) rather than a closed connection.
     */
    static final Duration SOCKET_GRACE = Duration.ofSeconds(1);

    /**
     * How often HikariCP checks an idle connection ({@code keepaliveTime}): HikariCP's smallest allowed value, so a
     * connection that died while idle is found and replaced within 30 seconds even when no call borrows it; a call
     * that borrows a connection idle for more than half a second validates it first anyway.
     */
    static final Duration KEEPALIVE = Duration.ofSeconds(30);

    /** HikariCP's longest validation wait; shorter when {@code connectionTimeout} is short (see {@link #validation}). */
    private static final Duration MAX_VALIDATION = Duration.ofSeconds(5);

    /** HikariCP's shortest validation wait. */
    private static final Duration MIN_VALIDATION = Duration.ofMillis(250);

    /**
     * How much longer than the connection timeout {@link #startPool} waits, so that the driver's own login timeout,
     * which says more, usually ends the wait first.
     */
    private static final Duration START_GRACE = Duration.ofMillis(250);

    private Timeouts() {}

    /**
     * Starts a pool and its first connection within the connection timeout. HikariCP's start makes one attempt,
     * bounded by the driver's login timeout, and then sleeps a fixed second before it reports the failure; the wait
     * here ends at the connection timeout regardless, and a start still running then closes its pool when it ends.
     *
     * @param config the pool configuration
     * @param connectionTimeout the connection timeout
     * @return the started pool
     * @throws SQLException when no connection could be opened in time
     */
    public static HikariDataSource startPool(HikariConfig config, Duration connectionTimeout) throws SQLException {
        CompletableFuture<HikariDataSource> starting = new CompletableFuture<>();
        Thread.ofVirtual().name(config.getPoolName() + "-start").start(() -> {
            try {
                starting.complete(new HikariDataSource(config));
            } catch (RuntimeException | Error e) {
                starting.completeExceptionally(e);
            }
        });
        try {
            return starting.get(connectionTimeout.plus(START_GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            closeWhenStarted(starting);
            throw new SQLTransientConnectionException(
                    "no connection could be opened within the connection timeout (" + connectionTimeout.toMillis()
                            + " ms)",
                    "08001",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeWhenStarted(starting);
            throw new SQLTransientConnectionException("interrupted while opening the first connection", "08001", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SQLTransientConnectionException(String.valueOf(e.getCause()), "08001", e.getCause());
        }
    }

    /** A start that ends after its caller gave up closes its pool at once: nobody will use it. */
    private static void closeWhenStarted(CompletableFuture<HikariDataSource> starting) {
        var unused = starting.whenComplete((pool, failure) -> {
            if (pool != null) {
                pool.close();
            }
        });
    }

    /**
     * A duration in whole seconds, rounded up, at least one: JDBC's query and login timeouts count in seconds.
     *
     * @param duration the duration
     * @return the seconds
     */
    public static int seconds(Duration duration) {
        long millis = duration.toMillis();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (millis + 999) / 1000));
    }

    /**
     * The socket read timeout for a query timeout.
     *
     * @param queryTimeout the query timeout
     * @return the socket timeout
     */
    public static Duration socket(Duration queryTimeout) {
        return Duration.ofSeconds(seconds(queryTimeout)).plus(SOCKET_GRACE);
    }

    /**
     * How long a borrowed connection's liveness check may take: half the connection timeout, between HikariCP's
     * 250 ms and 5 s, so that a check on a connection whose network went silent leaves time to open a new one within
     * the connection timeout.
     *
     * @param connectionTimeout the connection timeout
     * @return the validation timeout
     */
    static Duration validation(Duration connectionTimeout) {
        Duration half = connectionTimeout.dividedBy(2);
        return half.compareTo(MIN_VALIDATION) < 0
                ? MIN_VALIDATION
                : half.compareTo(MAX_VALIDATION) > 0 ? MAX_VALIDATION : half;
    }

    /**
     * Sets the pool's validation and keepalive.
     *
     * @param config the pool configuration
     * @param options the options
     */
    public static void configurePool(HikariConfig config, Options options) {
        config.setValidationTimeout(validation(options.connectionTimeout()).toMillis());
        config.setKeepaliveTime(KEEPALIVE.toMillis());
    }
}
