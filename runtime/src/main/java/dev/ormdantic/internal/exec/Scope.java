package dev.ormdantic.internal.exec;

import dev.ormdantic.internal.error.Call;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Where a handle's statements run: on a pooled auto-commit connection borrowed per call ({@link Database}), or on the
 * one connection a transaction owns for its whole life. Table handles, queries, streams and raw SQL run through a
 * scope, so they behave the same inside and outside a transaction.
 *
 * <p>Every statement the work runs is made by {@link Database#prepare}, {@link Database#prepareReturningKeys} or
 * {@link Database#execute}: that is where the probe of events, the SQL log and the Flight Recorder watches it (see
 * {@link dev.ormdantic.internal.observe.Probe}), so a statement made any other way would go unreported.
 */
public interface Scope {

    /**
     * Runs work and waits for it, on the calling thread or a worker as the driver profile decides.
     *
     * @param call the operation
     * @param work the work
     * @param <R> the result type
     * @return the result
     */
    <R> R call(Call call, Supplier<R> work);

    /**
     * Whether the scope is a transaction's, whose connection it owns for its whole life.
     *
     * @return {@code true} for a transaction; {@code false} for the database's pooled connections
     */
    default boolean transactional() {
        return false;
    }

    /**
     * Runs work on a worker.
     *
     * @param call the operation
     * @param work the work
     * @param <R> the result type
     * @return a future that completes with the result, or exceptionally with the exception itself
     */
    <R> CompletableFuture<R> submit(Call call, Supplier<R> work);

    /**
     * Runs work on the scope's connection, translating the driver's exceptions.
     *
     * @param call the operation
     * @param work the work
     * @param <R> the result type
     * @return the result
     */
    <R> R withConnection(Call call, Database.SqlWork<R> work);

    /**
     * Runs work of several statements atomically: in a transaction of its own on a pooled connection, or inside a
     * savepoint of the scope's transaction, so that a failure leaves nothing of it behind either way.
     *
     * @param call the operation
     * @param work the work
     * @param <R> the result type
     * @return the result
     */
    <R> R inTransaction(Call call, Database.SqlWork<R> work);

    /**
     * The connection a stream reads on.
     *
     * @param call the operation
     * @return the lease
     */
    Lease leaseForStream(Call call);

    /** A connection lent to a stream. */
    interface Lease {
        /**
         * The connection.
         *
         * @return the connection
         */
        Connection connection();

        /**
         * Whether the stream owns the connection: it then runs its own read transaction where the profile wants one,
         * and closes the connection when it closes. A transaction's connection is only lent.
         *
         * @return {@code true} for a pooled connection
         */
        boolean owned();

        /**
         * Fails when the connection may no longer be used (its transaction ended).
         *
         * @param call the stream's operation
         */
        void check(Call call);
    }
}
