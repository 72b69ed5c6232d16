package dev.ormdantic.internal.tx;

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The future of a transaction run by {@link Transactions}: cancelling it stops the running attempt and returns only
 * once that attempt's connection has rolled back (or, after {@link JdbcTransaction#STOP_GRACE}, was aborted), so that
 * whoever sees the {@code CancellationException} finds the transaction's locks released.
 *
 * @param <R> the result type
 */
final class TransactionFuture<R extends @Nullable Object> extends CompletableFuture<R> {

    private final Object guard = new Object();
    private @Nullable JdbcTransaction current; // guarded by guard
    private boolean cancelling; // guarded by guard

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
