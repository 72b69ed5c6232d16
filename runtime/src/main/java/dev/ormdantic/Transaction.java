package dev.ormdantic;

import dev.ormdantic.query.TableRef;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A database transaction: one pooled connection, owned by the transaction from its begin to its commit or rollback,
 * and the table handles that run on it. It is a value handed to the callback of
 * {@link Ormdantic#transaction(TransactionOptions, Function)} and its twins; it is bound to no thread, so its work may
 * hop threads ({@code thenCompose} chains, virtual threads), and its handles may be used from several threads at once
 * (their statements then run one after another on the connection, never interleaved).
 *
 * <pre>{@code
 * db.blocking().transaction(TransactionOptions.defaults(), tx -> {
 *     var flavors = tx.blockingTable(FlavorTable.TABLE);
 *     Flavor vanilla = flavors.findOne("vanilla").orElseThrow();
 *     flavors.update(new Flavor(vanilla.id(), vanilla.name(), vanilla.rating() + 1));
 *     return null;
 * });
 * }</pre>
 *
 * <p>When the callback returns (or the future it returns completes), the transaction commits; when it throws, it rolls
 * back and the exception reaches the caller as it was thrown. After either, the transaction is finished: its handles,
 * queries, streams and savepoints fail with {@code ORM2411} and send nothing.
 *
 * @since 0.1.0
 */
public interface Transaction {

    /**
     * The handle of a table in this transaction, whose methods return futures.
     *
     * @param table the table, its generated class's {@code TABLE}
     * @param <T> the record type
     * @param <K> the key type
     * @return the handle
     * @throws dev.ormdantic.error.UnknownTableException ({@code ORM2101}) when the database does not manage the table
     */
    <T extends Record, K> TableHandle<T, K> table(TableRef<T, K> table);

    /**
     * The handle of a table in this transaction, whose methods wait and return the value.
     *
     * @param table the table, its generated class's {@code TABLE}
     * @param <T> the record type
     * @param <K> the key type
     * @return the handle
     * @throws dev.ormdantic.error.UnknownTableException ({@code ORM2101}) when the database does not manage the table
     */
    <T extends Record, K> BlockingTableHandle<T, K> blockingTable(TableRef<T, K> table);

    /**
     * A raw SQL statement that runs on this transaction's connection, whose methods return futures: it sees the
     * transaction's uncommitted rows, and what it writes commits or rolls back with the transaction. Its
     * {@link SqlStatement#batch batch} runs inside a savepoint, so a failed batch leaves nothing of itself and the
     * transaction goes on. See {@link SqlStatement}.
     *
     * @param sql the SQL, with a {@code ?} for each value
     * @return the statement
     */
    SqlStatement sql(String sql);

    /**
     * A raw SQL statement that runs on this transaction's connection, whose methods wait and return the value, as
     * {@link #sql(String)}:
     *
     * <pre>{@code
     * db.blocking().inTransaction(tx -> {
     *     tx.blockingSql("UPDATE flavor SET rating = rating + 1 WHERE id = ?").bind("vanilla").execute();
     *     tx.blockingTable(FlavorTable.TABLE).delete("mint");
     * });
     * }</pre>
     *
     * @param sql the SQL, with a {@code ?} for each value
     * @return the statement
     */
    BlockingSqlStatement blockingSql(String sql);

    /**
     * Runs work inside a savepoint of this transaction and waits for it: when the work throws, the transaction rolls
     * back to the savepoint, which undoes the work's statements and keeps what the transaction did before, and the
     * exception reaches the caller as it was thrown; the transaction goes on. Savepoints nest to any depth ({@code
     * SAVEPOINT} on SQLite, PostgreSQL, MySQL, MariaDB and Oracle; {@code SAVE TRANSACTION} on SQL Server). Actions
     * the work registered with {@link #afterCommit(Runnable)} are dropped with a rolled-back savepoint.
     *
     * @param work the work, given this transaction
     * @param <R> the work's result type
     * @return the work's result
     */
    <R extends @Nullable Object> R savepoint(Function<? super Transaction, ? extends R> work);

    /**
     * Runs work that returns nothing inside a savepoint of this transaction and waits, as
     * {@link #savepoint(Function)} does.
     *
     * @param work the work, given this transaction
     */
    void inSavepoint(Consumer<? super Transaction> work);

    /**
     * Runs work whose result is a future inside a savepoint of this transaction, as {@link #savepoint(Function)} does:
     * when the future fails, the transaction rolls back to the savepoint and the returned future fails with the same
     * exception.
     *
     * @param work the work, given this transaction
     * @param <R> the work's result type
     * @return a future of the work's result
     */
    <R extends @Nullable Object> CompletableFuture<R> savepointAsync(
            Function<? super Transaction, ? extends CompletionStage<R>> work);

    /**
     * Registers an action to run after this transaction commits, and never after it rolls back: for effects outside
     * the database (a message sent, a cache cleared) that must not happen for work that was undone. Actions run in
     * registration order on the thread that committed, before the caller's future completes; one that throws is
     * logged (logger {@code dev.ormdantic}, WARNING) and the others still run, since the transaction has committed.
     * An action registered inside a savepoint that rolls back is dropped; a retried transaction keeps only the actions
     * of the attempt that committed.
     *
     * @param action the action
     */
    void afterCommit(Runnable action);

    /**
     * Whether the transaction can still be used: it has not committed, rolled back, timed out or been cancelled.
     *
     * @return {@code true} while it is open
     */
    boolean isActive();

    /**
     * The options the transaction runs with.
     *
     * @return the options
     */
    TransactionOptions options();

    /**
     * Which run of the callback this is: {@code 1}, then {@code 2} and on when {@link TransactionOptions#retry(int)}
     * runs it again after a conflict.
     *
     * @return the attempt, from 1
     */
    int attempt();
}
