package dev.ormdantic.internal.exec;

import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.internal.error.Call;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The streams of one database that are still open, each holding a pooled connection. A stream that is never closed
 * keeps its connection for good, so after the leak threshold a WARNING on the {@code dev.ormdantic} logger names where
 * it was opened (the caller's stack, captured when it opened, as HikariCP's leak detection does for connections); and a
 * call that finds the pool exhausted is told how many connections open streams hold and where the oldest was opened.
 */
final class OpenStreams implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.ormdantic");

    private final Duration threshold;
    private final String name;
    private final Set<Entry> open = ConcurrentHashMap.newKeySet();
    private @Nullable ScheduledThreadPoolExecutor watcher;
    private boolean closed;

    /**
     * Creates the registry.
     *
     * @param threshold how long a stream may stay open before the warning; zero for none
     * @param name the pool's name, for the watcher thread
     */
    OpenStreams(Duration threshold, String name) {
        this.threshold = threshold;
        this.name = name;
    }

    /** Where and when a stream was opened, and its pending warning. */
    static final class Entry {
        private final Call call;
        private final long openedNanos = System.nanoTime();
        private final @Nullable OpenedHere stack;
        private volatile @Nullable ScheduledFuture<?> warning;
        private volatile boolean reported;

        Entry(Call call, @Nullable OpenedHere stack) {
            this.call = call;
            this.stack = stack;
        }

        Duration age() {
            return Duration.ofNanos(System.nanoTime() - openedNanos);
        }

        /** The caller's frame that opened the stream: the first one outside the runtime's internals. */
        String where() {
            if (stack == null) {
                return "an unknown place (streamLeakThreshold is 0, so no stack was captured)";
            }
            for (StackTraceElement frame : stack.getStackTrace()) {
                if (!frame.getClassName().startsWith("dev.ormdantic.internal.")) {
                    return frame.toString();
                }
            }
            return "an unknown place";
        }
    }

    /**
     * The stack of the thread that opened a stream, logged with the warning. Not an error: it only carries the stack.
     */
    static final class OpenedHere extends Exception {
        private static final long serialVersionUID = 1L;

        OpenedHere(String message) {
            super(message);
        }
    }

    /**
     * Registers a stream that has just borrowed its connection.
     *
     * @param call the stream's operation
     * @return the entry to hand to {@link #closed}
     */
    Entry opened(Call call) {
        boolean watch = !threshold.isZero();
        Entry entry =
                new Entry(call, watch ? new OpenedHere("the stream on " + call.subject() + " was opened here") : null);
        open.add(entry);
        if (watch) {
            ScheduledExecutorService scheduler = watcher();
            if (scheduler != null) {
                entry.warning = scheduler.schedule(() -> warn(entry), threshold.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return entry;
    }

    /**
     * Unregisters a stream that closed and returned its connection.
     *
     * @param entry the stream's entry
     */
    void closed(Entry entry) {
        open.remove(entry);
        ScheduledFuture<?> warning = entry.warning;
        if (warning != null) {
            warning.cancel(false);
        }
        if (entry.reported) {
            LOG.log(
                    System.Logger.Level.INFO,
                    () -> "the stream on " + entry.call.subject() + " reported as still open was closed after "
                            + seconds(entry.age()) + " (opened at " + entry.where() + ")");
        }
    }

    private void warn(Entry entry) {
        if (!open.contains(entry)) {
            return;
        }
        entry.reported = true;
        LOG.log(
                System.Logger.Level.WARNING,
                "a stream on " + entry.call.subject() + " has been open for " + seconds(entry.age())
                        + " and still holds its pooled connection (" + open.size()
                        + " streams open now); close every stream (try-with-resources), or raise streamLeakThreshold"
                        + " in Ormdantic.builder(url) if it is a long read. Opened at " + entry.where() + ":",
                entry.stack);
    }

    private synchronized @Nullable ScheduledExecutorService watcher() {
        if (closed) {
            return null;
        }
        if (watcher == null) {
            watcher = new ScheduledThreadPoolExecutor(
                    1,
                    Thread.ofPlatform()
                            .name(name + "-stream-watch")
                            .daemon(true)
                            .factory());
            watcher.setRemoveOnCancelPolicy(true);
        }
        return watcher;
    }

    /**
     * The number of open streams.
     *
     * @return the count
     */
    int count() {
        return open.size();
    }

    /**
     * The error of a call that waited in vain for a pooled connection because every connection was in use.
     *
     * @param cause the pool's exception, already redacted
     * @param call the call that waited
     * @param poolSize the pool's size
     * @param timeout how long it waited
     * @param sizing how to give calls more connections or a longer wait, for the fix
     * @return the exception to throw
     */
    ConnectionException exhausted(Throwable cause, Call call, int poolSize, Duration timeout, String sizing) {
        int streams = open.size();
        Entry oldest =
                open.stream().min(Comparator.comparingLong(e -> e.openedNanos)).orElse(null);
        String held = oldest == null
                ? "none of them by an open stream"
                : streams + " of them by streams that are still open (the oldest opened " + seconds(oldest.age())
                        + " ago at " + oldest.where() + ")";
        return new ConnectionException(
                ErrorCode.POOL_EXHAUSTED,
                call.context(),
                call.failed() + ": the connection pool is exhausted: no connection became free within "
                        + seconds(timeout) + ", all " + poolSize + " are in use, " + held,
                "close every stream (try-with-resources: a stream holds its connection until it is closed) and keep"
                        + " transactions short, or " + sizing + "; nothing was sent to the database, so the call can be"
                        + " retried",
                cause);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis < 10_000 ? String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0) : millis / 1000 + " s";
    }

    /** Stops the watcher; open streams are closed by their owners or with the pool. */
    @Override
    public synchronized void close() {
        closed = true;
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }
}
