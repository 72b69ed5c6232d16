package dev.ormdantic;

import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.UnknownTableException;
import dev.ormdantic.internal.exec.Database;
import dev.ormdantic.internal.session.Sessions;
import dev.ormdantic.internal.tx.Transactions;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.session.Session;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The blocking view of an {@link Ormdantic} database, from {@link Ormdantic#blocking()}: the methods of the database
 * that return futures there wait here and return, or throw the {@link OrmdanticException} itself, never a
 * {@link java.util.concurrent.CompletionException}. It has no lifecycle of its own: close the {@link Ormdantic}.
 *
 * <pre>{@code
 * try (Ormdantic db = Ormdantic.open("sqlite:app.sqlite3")) {
 *     BlockingOrmdantic blocking = db.blocking();
 *     blocking.init();
 *     BlockingTableHandle<Flavor, String> flavors = blocking.table(FlavorTable.TABLE);
 *     flavors.insert(new Flavor("vanilla", "Vanilla", 5));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BlockingOrmdantic {

    private final Ormdantic async;
    private final Database database;

    BlockingOrmdantic(Ormdantic async, Database database) {
        this.async = async;
        this.database = database;
    }

    /**
     * The same database, with methods that return futures.
     *
     * @return the database
     */
    public Ormdantic async() {
        return async;
    }

    /**
     * Creates the tables (and their indexes) that do not exist yet, as {@link Ormdantic#init()} does, and waits.
     *
     * @throws ConfigurationException ({@code ORM2160}) when an existing table differs from its record, before anything
     *     is created
     * @throws ClosedException after {@link Ormdantic#close()}
     */
    public void init() {
        database.init();
    }

    /**
     * Drops the managed tables that exist, as {@link Ormdantic#dropAll()} does, and waits. Meant for tests and tools:
     * the data is gone.
     *
     * @throws ClosedException after {@link Ormdantic#close()}
     */
    public void dropAll() {
        database.dropAll();
    }

    /**
     * Recomputes the rows of a materialized view, as {@link Ormdantic#refresh(TableRef)} does, and waits.
     *
     * @param view the view's generated table, such as {@code ToppingCountTable.TABLE}
     * @param <T> the record type
     * @param <K> the key type
     * @throws InvalidArgumentException ({@code ORM2122}) for a table or a plain view
     * @throws UnknownTableException when this database does not manage the view
     */
    public <T extends Record, K> void refresh(TableRef<T, K> view) {
        database.refresh(Objects.requireNonNull(view, "view"));
    }

    /**
     * The blocking handle of a managed table, the same as {@link Ormdantic#blockingTable(TableRef)}.
     *
     * @param table the generated table, such as {@code FlavorTable.TABLE}
     * @param <T> the record type
     * @param <K> the primary key type
     * @return the handle
     * @throws UnknownTableException when this database does not manage the table
     * @throws ClosedException after {@link Ormdantic#close()}
     */
    public <T extends Record, K> BlockingTableHandle<T, K> table(TableRef<T, K> table) {
        return async.blockingTable(table);
    }

    /**
     * A raw SQL statement whose methods wait and return the value, the same as {@code db.sql(sql).blocking()}: each
     * call runs on a pooled connection in auto-commit mode (a batch in a transaction of its own). See
     * {@link BlockingSqlStatement}.
     *
     * @param sql the SQL, with a {@code ?} for each value
     * @return the statement
     * @since 0.1.0
     */
    public BlockingSqlStatement sql(String sql) {
        return database.sql(Objects.requireNonNull(sql, "sql"));
    }

    /**
     * Runs work in a transaction with the default options and waits, as
     * {@link #transaction(TransactionOptions, Function)} does.
     *
     * @param work the callback, given the transaction
     * @param <R> its result type
     * @return the callback's result, once the transaction has committed
     */
    public <R extends @Nullable Object> R transaction(Function<? super Transaction, ? extends R> work) {
        return transaction(TransactionOptions.defaults(), work);
    }

    /**
     * Runs work in a transaction on the calling thread and waits: a virtual thread's SQLite work runs on a SQLite
     * worker instead, as every blocking call's does. The transaction owns one pooled connection from its begin to its
     * end; when the callback returns, it commits, runs the {@linkplain Transaction#afterCommit(Runnable) after-commit
     * actions} and returns the callback's result; when the callback throws, it rolls back and the exception is thrown
     * as it was. With {@link TransactionOptions#retry(int)} the callback may run more than once, so it must be safe to
     * run again.
     *
     * <pre>{@code
     * long total = db.blocking().transaction(TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE), tx -> {
     *     var flavors = tx.blockingTable(FlavorTable.TABLE);
     *     flavors.insert(new Flavor("mint", "Mint", 4));
     *     return flavors.count();
     * });
     * }</pre>
     *
     * @param options the options
     * @param work the callback, given the transaction
     * @param <R> its result type
     * @return the callback's result, once the transaction has committed
     * @throws ConfigurationException ({@code ORM2007}) for an option the database lacks, before anything runs
     * @throws OrmdanticException ({@code ORM2412}) when the timeout ran out, ({@code ORM2405}) when the connection
     *     broke during {@code COMMIT}, or what the callback threw
     */
    public <R extends @Nullable Object> R transaction(
            TransactionOptions options, Function<? super Transaction, ? extends R> work) {
        return Transactions.run(database, options, work);
    }

    /**
     * Runs work that returns nothing in a transaction with the default options and waits, as
     * {@link #transaction(TransactionOptions, Function)} does.
     *
     * @param work the callback, given the transaction
     */
    public void inTransaction(Consumer<? super Transaction> work) {
        inTransaction(TransactionOptions.defaults(), work);
    }

    /**
     * Runs work that returns nothing in a transaction and waits, as {@link #transaction(TransactionOptions, Function)}
     * does: commit when it returns, rollback when it throws.
     *
     * @param options the options
     * @param work the callback, given the transaction
     */
    public void inTransaction(TransactionOptions options, Consumer<? super Transaction> work) {
        Objects.requireNonNull(work, "work");
        Transactions.run(database, options, tx -> {
            work.accept(tx);
            return Boolean.TRUE;
        });
    }

    /**
     * Runs work in a session with the default transaction options and waits, as
     * {@link #session(TransactionOptions, Function)} does.
     *
     * @param work the callback, given the session
     * @param <R> its result type
     * @return the callback's result, once the session has flushed and committed
     */
    public <R extends @Nullable Object> R session(Function<? super Session, ? extends R> work) {
        return session(TransactionOptions.defaults(), work);
    }

    /**
     * Runs work in a session (a unit of work, see {@link Session}) on the calling thread and waits: the session owns
     * one transaction; when the callback returns, the session flushes what it staged and the transaction commits; when
     * it throws, the transaction rolls back and the exception reaches the caller as it was thrown. The session is
     * closed afterwards.
     *
     * <pre>{@code
     * db.blocking().session(s -> {
     *     Flavor vanilla = s.get(FlavorTable.TABLE, "vanilla").orElseThrow();
     *     s.update(new Flavor(vanilla.id(), vanilla.name(), vanilla.rating() + 1));
     *     return null;
     * });
     * }</pre>
     *
     * @param options the transaction's options
     * @param work the callback, given the session
     * @param <R> its result type
     * @return the callback's result, once the session has flushed and committed
     */
    public <R extends @Nullable Object> R session(
            TransactionOptions options, Function<? super Session, ? extends R> work) {
        return Transactions.run(database, options, Sessions.work(database, work));
    }

    /**
     * Runs work that returns nothing in a session with the default transaction options and waits, as
     * {@link #session(TransactionOptions, Function)} does.
     *
     * @param work the callback, given the session
     */
    public void inSession(Consumer<? super Session> work) {
        Objects.requireNonNull(work, "work");
        session(TransactionOptions.defaults(), s -> {
            work.accept(s);
            return Boolean.TRUE;
        });
    }

    @Override
    public String toString() {
        return "BlockingOrmdantic[" + database.displayUrl() + "]";
    }
}
