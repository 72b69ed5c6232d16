package dev.ormdantic.internal.tx;

import dev.ormdantic.internal.exec.Workers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The future of a transaction run by {@link Transactions}: cancelling it stops the running attempt and returns only
 * once that attempt's connection has rolled back (or, after {@link JdbcTransaction#STOP_GRACE}, was aborted), so that
 * whoever sees the {@code CancellationException} finds the transaction's locks released. A thread that joins it
 * ({@link #join()} or {@link #get()}) may run the transaction itself when no worker has started it
 * ({@link #joinable}).
 *
 * @param <R> the result type
 */
final class TransactionFuture<R extends @Nullable Object> extends CompletableFuture<R> {

    private final Object guard = new Object();
    private @Nullable JdbcTransaction current; // guarded by guard
    private boolean cancelling; // guarded by guard
    /** The transaction's work, which a joining thread may run (see {@link Workers#runJoined}); else {@code null}. */
    private volatile @Nullable Future<?> joinable;

    /**
     * Lets a thread that joins this future run the transaction's work when no worker has started it yet.
     *
     * @param work the future {@link Workers#submit} returned for the transaction's work
     */
    void joinable(Future<?> work) {
        joinable = work;
    }

    @Override
    public R join() {
        runJoinable();
        return super.join();
    }

    @Override
    public R get() throws InterruptedException, ExecutionException {
        runJoinable();
        return super.get();
    }

    private void runJoinable() {
        Future<?> work = joinable;
        if (work != null) {
            joinable = null;
            Workers.runJoined(work);
        }
    }

    /**
     * Makes a begun attempt the one that cancelling stops.
     *
     * @return {@code false} when the future is being cancelled already: the caller stops the attempt itself
     */
    boolean adopt(JdbcTransaction tx) {
        synchronized (guard) {
            current = tx;
            return !cancelling;
        }
    }

    /**
     * Fails the future, except with the failure of an attempt that a {@link #cancel} stopped: that one completes it
     * with its {@code CancellationException} once the attempt has rolled back, and must not find it failed already.
     */
    @Override
    public boolean completeExceptionally(Throwable failure) {
        JdbcTransaction tx;
        synchronized (guard) {
            tx = cancelling ? current : null;
        }
        if (tx != null
                && tx.state() == JdbcTransaction.State.CANCELLED
                && !(failure instanceof java.util.concurrent.CancellationException)) {
            return false;
        }
        return super.completeExceptionally(failure);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        JdbcTransaction tx;
        synchronized (guard) {
            cancelling = true;
            tx = current;
        }
        if (tx != null && !isDone()) {
            CompletableFuture<JdbcTransaction.Ending> stopping = tx.stop(JdbcTransaction.State.CANCELLED);
            if (stopping != null) {
                stopping.join();
            }
        }
        return super.cancel(mayInterruptIfRunning);
    }
}
