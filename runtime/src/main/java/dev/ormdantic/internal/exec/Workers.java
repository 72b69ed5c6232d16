package dev.ormdantic.internal.exec;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The threads database work runs on. Server drivers run on virtual threads, one per call, and a blocking call runs on
 * the caller's own thread. SQLite's driver is native code, which pins a virtual thread to its carrier for the whole
 * call, so SQLite work runs on a small pool of platform threads, and a blocking call hands its work to that pool and
 * waits.
 *
 * <p>Work submitted from one of the pool's own threads (a callback of an earlier future calling the database again)
 * runs at once on that thread, so that a full pool never waits for itself.
 */
public final class Workers implements AutoCloseable {

    private static final ThreadLocal<Workers> OWNER = new ThreadLocal<>();

    private final ExecutorService executor;
    private final boolean hop;

    private Workers(ExecutorService executor, boolean hop) {
        this.executor = executor;
        this.hop = hop;
    }

    /**
     * A fixed pool of daemon platform threads, for drivers that pin virtual threads.
     *
     * @param name the thread name prefix
     * @param threads the number of threads
     * @return the workers
     */
    public static Workers platform(String name, int threads) {
        Workers[] self = new Workers[1];
        ThreadFactory base =
                Thread.ofPlatform().name(name + "-", 1).daemon(true).factory();
        ThreadFactory marking = task -> base.newThread(() -> {
            OWNER.set(self[0]);
            task.run();
        });
        self[0] = new Workers(Executors.newFixedThreadPool(threads, marking), true);
        return self[0];
    }

    /**
     * A virtual thread per task.
     *
     * @param name the thread name prefix
     * @return the workers
     */
    public static Workers virtual(String name) {
        return new Workers(
                Executors.newThreadPerTaskExecutor(
                        Thread.ofVirtual().name(name + "-", 1).factory()),
                false);
    }

    /**
     * Whether the current thread is one of this pool's platform threads.
     *
     * @return {@code true} on a worker thread
     */
    public boolean onWorker() {
        return OWNER.get() == this;
    }

    /**
     * Runs work and waits for its value: on the calling thread for virtual-thread workers and on a worker thread,
     * otherwise on a worker.
     *
     * @param work the work
     * @param <R> the value's type
     * @return the value
     * @throws InterruptedException when the caller is interrupted while it waits
     * @throws java.util.concurrent.RejectedExecutionException when the workers are shut down
     */
    public <R> R call(Supplier<R> work) throws InterruptedException {
        // Only a virtual thread must not run native driver code itself (it would pin its carrier); a platform
        // caller runs the work directly, which saves the hand-off to a worker (measured: tens of microseconds a
        // call). Concurrency stays bounded by the connection pool.
        if (!hop || !Thread.currentThread().isVirtual() || onWorker()) {
            return work.get();
        }
        Future<R> future = executor.submit(work::get);
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            // The work goes on: JDBC calls do not stop on interrupt, and stopping midway could leave a transaction
            // open.
            future.cancel(false);
            throw e;
        }
    }

    /**
     * Runs work on a worker; the future completes with its value, or exceptionally with exactly what it threw.
     *
     * @param work the work
     * @param <R> the value's type
     * @return the future
     * @throws java.util.concurrent.RejectedExecutionException when the workers are shut down
     */
    public <R> CompletableFuture<R> submit(Supplier<R> work) {
        CompletableFuture<R> future = new CompletableFuture<>();
        if (hop && onWorker()) {
            complete(future, work);
        } else {
            executor.execute(() -> complete(future, work));
        }
        return future;
    }

    private static <R> void complete(CompletableFuture<R> future, Supplier<R> work) {
        try {
            future.complete(work.get());
        } catch (Throwable t) {
            future.completeExceptionally(t);
        }
    }

    private static RuntimeException rethrow(@Nullable Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /**
     * Stops taking work and waits for running work to finish.
     *
     * @param grace how long to wait
     * @return whether all work finished in time
     */
    public boolean shutdown(Duration grace) {
        executor.shutdown();
        if (onWorker()) {
            return false; // closing from a worker: waiting here would wait for ourselves
        }
        try {
            return executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(10));
    }
}
