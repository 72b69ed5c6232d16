package dev.ormdantic.internal.exec;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The query timeout of one database's statements, kept by one watchdog instead of a driver timer per statement. Each
 * prepared statement is watched from when it is prepared; a watchdog thread looks every {@link #TICK} and cancels a
 * statement that is still open after the timeout ({@link Statement#cancel()}, which the driver sends to the server
 * only while the statement executes: the error is the one the driver's own query timeout gives, and a statement that
 * finished executing is not touched). Closed statements are dropped as the watchdog meets them.
 *
 * <p>Why: pgjdbc's query timeout schedules a task on a {@link java.util.Timer} for every execution and purges it
 * after, which wakes the timer's thread each time; measured on a held connection and statement, a key lookup took
 * 12-19 µs more with {@code setQueryTimeout} (58.6 → 71.0 µs, and 93.3 → 112.3 µs on a busier machine). Here a
 * statement costs one queue entry.
 */
final class StatementDeadlines implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.ormdantic");

    /** How often the watchdog looks: a statement is cancelled at most this long after its timeout. */
    static final Duration TICK = Duration.ofMillis(100);

    private final long timeoutNanos;
    private final ConcurrentLinkedQueue<Watched> watched = new ConcurrentLinkedQueue<>();
    private final Thread watchdog;
    private volatile boolean closed;

    /** A statement and when it is due. */
    private record Watched(Statement statement, long deadline) {}

    /**
     * Starts the watchdog.
     *
     * @param name the database's name, for the thread
     * @param timeout the query timeout
     */
    StatementDeadlines(String name, Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        this.watchdog = Thread.ofVirtual().name(name + "-deadlines").start(this::watch);
    }

    /**
     * Watches a statement from now on.
     *
     * @param statement a statement just prepared
     * @param <S> its type
     * @return the statement
     */
    <S extends Statement> S watch(S statement) {
        watched.add(new Watched(statement, System.nanoTime() + timeoutNanos));
        return statement;
    }

    private void watch() {
        while (!closed) {
            try {
                TimeUnit.NANOSECONDS.sleep(TICK.toNanos());
            } catch (InterruptedException e) {
                return; // closed
            }
            sweep(System.nanoTime());
        }
    }

    /**
     * Drops the closed statements and cancels the open ones that are due.
     *
     * @param now the time, in {@link System#nanoTime()}
     * @return how many statements were cancelled
     */
    int sweep(long now) {
        int cancelled = 0;
        for (Iterator<Watched> it = watched.iterator(); it.hasNext(); ) {
            Watched entry = it.next();
            if (isClosed(entry.statement())) {
                it.remove();
            } else if (now - entry.deadline() >= 0) {
                it.remove();
                cancelled++;
                // A cancel opens a connection to the server: on its own thread, so that one unreachable server does
                // not hold up the others.
                Thread.ofVirtual().start(() -> cancel(entry.statement()));
            }
        }
        return cancelled;
    }

    /**
     * How many statements are watched, for tests.
     *
     * @return the number
     */
    int size() {
        return watched.size();
    }

    private static boolean isClosed(Statement statement) {
        try {
            return statement.isClosed();
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            // closed in the meantime, or the server is unreachable: the socket timeout ends the wait then
            LOG.log(System.Logger.Level.DEBUG, "cancelling a statement past its query timeout failed", e);
        }
    }

    /** Stops the watchdog. */
    @Override
    public void close() {
        closed = true;
        watchdog.interrupt();
        watched.clear();
    }
}
