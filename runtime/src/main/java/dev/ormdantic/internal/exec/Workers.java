package dev.ormdantic.internal.exec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The threads database work runs on. A blocking call runs on the caller's own thread, except where the driver pins
 * virtual threads. Asynchronous work:
 *
 * <ul>
 *   <li>Server drivers ({@link #server}): on one of a few kept platform threads, as many as the connection pool has
 *       connections, and on a new virtual thread whenever all of them are busy, so that work never queues behind other
 *       work and a call waits only in the connection pool, for its connection timeout. A platform thread reads the
 *       socket without a hand-off: a virtual thread's blocking read parks it, and the JDK's poller and then a carrier
 *       thread must each wake before it goes on, on every round trip (measured: an asynchronous transaction of four
 *       round trips took 1.75&times; hand-written JDBC's time on MariaDB and 2.06&times; on PostgreSQL on virtual
 *       threads, 0.93&times; and 1.35&times; on platform threads).
 *   <li>SQLite ({@link #platform}): its driver is native code, which pins a virtual thread to its carrier for the whole
 *       call, so its work runs on a small fixed pool of platform threads, and a blocking call from a virtual thread
 *       hands its work to that pool and waits. Work submitted from one of the pool's own threads (a callback of an
 *       earlier future calling the database again) runs at once on that thread, so that a full pool never waits for
 *       itself.
 * </ul>
 */
public final class Workers implements AutoCloseable {

    private static final ThreadLocal<Workers> OWNER = new ThreadLocal<>();

    private final ExecutorService executor;
    private final @Nullable ExecutorService overflow;
    private final boolean hop;
    private final boolean joinersRun;

    private Workers(ExecutorService executor, @Nullable ExecutorService overflow, boolean hop, boolean joinersRun) {
        this.executor = executor;
        this.overflow = overflow;
        this.hop = hop;
        this.joinersRun = joinersRun;
    }

    /**
     * A fixed pool of daemon platform threads, for drivers that pin virtual threads.
     *
     * @param name the thread name prefix
     * @param threads the number of threads
     * @param joinersRun whether a thread joining a future may run its work (see {@link #submit})
     * @return the workers
     */
    public static Workers platform(String name, int threads, boolean joinersRun) {
        Workers[] self = new Workers[1];
        self[0] = new Workers(
                Executors.newFixedThreadPool(
                        threads,
                        marking(self, Thread.ofPlatform().name(name + "-", 1).daemon(true))),
                null,
                true,
                joinersRun);
        return self[0];
    }

    /** Threads that know they are this pool's: {@code self[0]} is set before any thread starts. */
    private static ThreadFactory marking(Workers[] self, Thread.Builder builder) {
        ThreadFactory base = builder.factory();
        return task -> base.newThread(() -> {
            OWNER.set(self[0]);
            task.run();
        });
    }

    /**
     * Kept platform threads for a server driver, with a virtual thread for each task that finds them all busy. A thread
     * left idle for {@code keepAlive} ends; the next task starts another.
     *
     * @param name the thread name prefix
     * @param threads the most platform threads
     * @param keepAlive how long an idle platform thread is kept
     * @param joinersRun whether a thread joining a future may run its work (see {@link #submit})
     * @return the workers
     */
    public static Workers server(String name, int threads, Duration keepAlive, boolean joinersRun) {
        Workers[] self = new Workers[1];
        ExecutorService overflow = Executors.newThreadPerTaskExecutor(
                marking(self, Thread.ofVirtual().name(name + "-v", 1)));
        ThreadPoolExecutor kept = new ThreadPoolExecutor(
                0,
                threads,
                keepAlive.toNanos(),
                TimeUnit.NANOSECONDS,
                new SynchronousQueue<>(),
                marking(self, Thread.ofPlatform().name(name + "-", 1).daemon(true)),
                (task, pool) -> {
                    if (pool.isShutdown()) {
                        throw new RejectedExecutionException("the workers are shut down");
                    }
                    overflow.execute(task);
                });
        self[0] = new Workers(kept, overflow, false, joinersRun);
        return self[0];
    }

    /**
     * Whether the current thread is one of this pool's threads.
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
     * Runs work on a worker; the future completes with its value, or exceptionally with exactly what it threw. A thread
     * that joins the future ({@link CompletableFuture#join() join()} or {@link CompletableFuture#get() get()}) before a
     * worker has started the work runs it itself, as a blocking call would, instead of waiting for a worker to wake,
     * run it and wake the thread again (two thread hand-offs, tens of microseconds each on a small machine); a
     * virtual thread does not when the driver pins virtual threads, and no thread does for workers made without
     * {@code joinersRun} (an application's {@code DataSource} may hand the joining thread the connection of its own
     * transaction, which the work must not join).
     *
     * @param work the work
     * @param <R> the value's type
     * @return the future
     * @throws java.util.concurrent.RejectedExecutionException when the workers are shut down
     */
    public <R> CompletableFuture<R> submit(Supplier<R> work) {
        Work<R> future = new Work<>(this, work);
        if (hop && onWorker()) {
            future.run();
        } else {
            executor.execute(future);
        }
        return future;
    }

    /**
     * Runs work submitted through {@link #submit} on the calling thread, as joining its future would: when no worker
     * has started it yet and this thread may run it. For a future that completes through another one (a transaction's,
     * which is completed from its work's future) and joins the work through this.
     *
     * @param submitted a future {@link #submit} returned; any other future is left alone
     */
    public static void runJoined(Future<?> submitted) {
        if (submitted instanceof Work<?> work) {
            work.runHere();
        }
    }

    /** Whether the current thread may run work it joins: not a virtual thread when the driver pins them. */
    private boolean joinerMayRun() {
        return joinersRun && (!hop || !Thread.currentThread().isVirtual() || onWorker());
    }

    /** Submitted work and its future: run once, by a worker or by the first thread that joins it. */
    private static final class Work<R> extends CompletableFuture<R> implements Runnable {

        private static final VarHandle WORK;

        static {
            try {
                WORK = MethodHandles.lookup().findVarHandle(Work.class, "work", Supplier.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final Workers owner;

        /** The work until a thread claims it (through {@link #WORK}); {@code null} once claimed. */
        private volatile @Nullable Supplier<R> work;

        Work(Workers owner, Supplier<R> work) {
            this.owner = owner;
            this.work = work;
        }

        @Override
        @SuppressWarnings("unchecked") // WORK holds this work's supplier
        public void run() {
            Supplier<R> claimed = (Supplier<R>) WORK.getAndSet(this, null);
            if (claimed != null) {
                Workers.complete(this, claimed);
            }
        }

        void runHere() {
            if (work != null && owner.joinerMayRun()) {
                run();
            }
        }

        @Override
        public R join() {
            runHere();
            return super.join();
        }

        @Override
        public R get() throws InterruptedException, ExecutionException {
            runHere();
            return super.get();
        }
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
        if (overflow != null) {
            overflow.shutdown();
        }
        if (onWorker()) {
            return false; // closing from a worker: waiting here would wait for ourselves
        }
        try {
            long deadline = System.nanoTime() + grace.toNanos();
            boolean done = executor.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
            return overflow == null
                    ? done
                    : overflow.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) && done;
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
