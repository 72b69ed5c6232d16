package dev.ormdantic.internal.tx;

import dev.ormdantic.BlockingSqlStatement;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.SqlStatement;
import dev.ormdantic.TableHandle;
import dev.ormdantic.Transaction;
import dev.ormdantic.TransactionOptions;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.event.TransactionStep;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.exec.Database;
import dev.ormdantic.internal.exec.JdbcTableHandle;
import dev.ormdantic.internal.exec.RawStatement;
import dev.ormdantic.internal.exec.Scope;
import dev.ormdantic.internal.observe.Probe;
import dev.ormdantic.query.TableRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One run of a transaction's callback: the connection it owns, its state, its savepoints and after-commit actions.
 * Every statement of its handles runs under its lock, so that work from several threads (a {@code thenCompose} chain,
 * handles shared with other virtual threads) takes turns on the one connection instead of interleaving on it.
 *
 * <p>Its state only moves forward: {@code ACTIVE}, then {@code COMMITTING} and {@code COMMITTED}, or one of
 * {@code ROLLED_BACK}, {@code TIMED_OUT}, {@code CANCELLED}. Anything but {@code ACTIVE} refuses new work with
 * {@code ORM2411}.
 */
final class JdbcTransaction implements Transaction, Scope {

    private static final System.Logger LOG = System.getLogger("dev.ormdantic");

    /**
     * How long a stopped transaction's connection gets to cancel its running statement and roll back before it is
     * aborted instead: long enough for a server that answers, short enough that a hung server or a lost network
     * delays the failure of the transaction's future only this long. Documented in docs/transactions.md.
     */
    static final Duration STOP_GRACE = Duration.ofSeconds(2);

    /** Where a transaction is in its life. */
    enum State {
        ACTIVE,
        COMMITTING,
        COMMITTED,
        ROLLED_BACK,
        TIMED_OUT,
        CANCELLED
    }

    /** How a stopped transaction's connection was settled. */
    enum Ending {
        /** Rolled back on the connection, which may go back to the pool once its settings are restored. */
        ROLLED_BACK,
        /** Aborted: the rollback failed or did not come back within {@link #STOP_GRACE}; the pool must drop it. */
        ABORTED,
        /** Not touched (SQLite): the callback's runner rolls back once the callback returns. */
        LEFT_TO_RUNNER
    }

    private final Database db;
    private final Connection connection;
    private final TransactionOptions options;
    private final int attempt;
    /** The transaction's number in its events. */
    private final long number;

    private final Call call;
    private final DialectId dialect;
    private final @Nullable Object undoSettings;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicReference<State> state = new AtomicReference<>(State.ACTIVE);
    private final Map<Class<?>, JdbcTableHandle<?, ?>> handles = new ConcurrentHashMap<>();
    private final ReentrantLock interruptLock = new ReentrantLock();
    private final List<Runnable> afterCommit = new ArrayList<>(); // guarded by lock
    private int savepoints; // guarded by lock
    private @Nullable Thread callbackThread; // guarded by interruptLock
    private volatile @Nullable Future<?> timer;
    private boolean interrupted; // guarded by interruptLock
    /** The statement made last on the connection: the running one, if one runs. */
    private volatile @Nullable Statement running;
    /** How {@link #stop} settled the connection; set once, by whichever of its threads decides first. */
    private final AtomicReference<@Nullable Ending> ending = new AtomicReference<>();
    /** Completed once {@link #stop} settled the connection; nothing else touches it before. */
    private final CompletableFuture<Ending> settled = new CompletableFuture<>();
    /** Whether the rollback was reported to the listeners by {@link #stop}'s rollback. */
    private volatile boolean stopReported;
    /** Set when a rollback failed and the connection was aborted: it must leave the pool. */
    private volatile boolean broken;

    JdbcTransaction(
            Database db,
            Connection connection,
            TransactionOptions options,
            int attempt,
            long number,
            Call call,
            @Nullable Object undoSettings) {
        this.db = db;
        this.number = number;
        this.connection = connection;
        this.options = options;
        this.attempt = attempt;
        this.call = call;
        this.dialect = db.dialect().id();
        this.undoSettings = undoSettings;
        db.listenForStatements(connection, statement -> running = statement);
    }

    // ---- the public face

    @Override
    public <T extends Record, K> TableHandle<T, K> table(TableRef<T, K> table) {
        return blocking(table).async();
    }

    @Override
    public <T extends Record, K> BlockingTableHandle<T, K> blockingTable(TableRef<T, K> table) {
        return blocking(table);
    }

    @Override
    public SqlStatement sql(String sql) {
        return blockingSql(sql).async();
    }

    @Override
    public BlockingSqlStatement blockingSql(String sql) {
        Objects.requireNonNull(sql, "sql");
        ensureActive(call);
        return RawStatement.of(db, this, sql);
    }

    @SuppressWarnings("unchecked") // the map holds the handle of each class under that class
    private <T extends Record, K> JdbcTableHandle<T, K> blocking(TableRef<T, K> table) {
        Objects.requireNonNull(table, "table");
        ensureActive(call);
        JdbcTableHandle<?, ?> handle = handles.get(table.getClass());
        if (handle == null) {
            handle = db.handle(table).in(this);
            handles.put(table.getClass(), handle);
        }
        return (JdbcTableHandle<T, K>) handle;
    }

    @Override
    public <R extends @Nullable Object> R savepoint(Function<? super Transaction, ? extends R> work) {
        Objects.requireNonNull(work, "work");
        Call savepointCall = savepointCall();
        Mark mark = db.call(savepointCall, () -> set(savepointCall));
        R result;
        try {
            result = work.apply(this);
        } catch (Throwable failure) {
            db.call(savepointCall, () -> undo(savepointCall, mark, failure));
            throw failure;
        }
        db.call(savepointCall, () -> release(savepointCall, mark));
        return result;
    }

    @Override
    public void inSavepoint(Consumer<? super Transaction> work) {
        Objects.requireNonNull(work, "work");
        savepoint(tx -> {
            work.accept(tx);
            return Boolean.TRUE;
        });
    }

    @Override
    public <R extends @Nullable Object> CompletableFuture<R> savepointAsync(
            Function<? super Transaction, ? extends CompletionStage<R>> work) {
        Objects.requireNonNull(work, "work");
        Call savepointCall = savepointCall();
        return submit(savepointCall, () -> set(savepointCall)).thenCompose(mark -> {
            CompletionStage<R> stage;
            try {
                stage = Objects.requireNonNull(work.apply(this), "the savepoint's work returned null");
            } catch (Throwable failure) {
                stage = CompletableFuture.failedFuture(failure);
            }
            return stage.handle((value, failure) -> {
                        Throwable cause = Transactions.unwrap(failure);
                        CompletableFuture<Boolean> end = cause == null
                                ? submit(savepointCall, () -> release(savepointCall, mark))
                                : db.submit(savepointCall, () -> undo(savepointCall, mark, cause));
                        return end.handle((ignored, endFailure) -> {
                            if (cause != null) {
                                throw new CompletionException(cause);
                            }
                            if (endFailure != null) {
                                throw new CompletionException(Transactions.unwrap(endFailure));
                            }
                            return value;
                        });
                    })
                    .thenCompose(Function.identity());
        });
    }

    private Call savepointCall() {
        return new Call(Operation.SAVEPOINT, call.subject(), false, call.dialect());
    }

    /** A savepoint set, its name, and how many after-commit actions there were then. */
    private record Mark(Savepoint savepoint, String name, int actions) {}

    private Mark set(Call savepointCall) {
        return locked(savepointCall, () -> {
            String name = nextSavepointName();
            Probe.StepWatch step = db.probe().beforeStep(number, TransactionStep.SAVEPOINT, name, attempt);
            Mark mark;
            try {
                mark = db.run(savepointCall, connection, c -> new Mark(c.setSavepoint(name), name, afterCommit.size()));
            } catch (RuntimeException e) {
                db.probe().afterStep(step, e);
                throw e;
            }
            db.probe().afterStep(step, null);
            return mark;
        });
    }

    private boolean release(Call savepointCall, Mark mark) {
        if (TransactionSql.releasesSavepoints(dialect)) {
            locked(savepointCall, () -> {
                Probe.StepWatch step =
                        db.probe().beforeStep(number, TransactionStep.RELEASE_SAVEPOINT, mark.name(), attempt);
                try {
                    db.run(savepointCall, connection, c -> {
                        c.releaseSavepoint(mark.savepoint());
                        return true;
                    });
                } catch (RuntimeException e) {
                    db.probe().afterStep(step, e);
                    throw e;
                }
                db.probe().afterStep(step, null);
                return true;
            });
        }
        return true;
    }

    /** Rolls back to a savepoint after its work failed; a failure of that is added to the work's. */
    private boolean undo(Call savepointCall, Mark mark, Throwable failure) {
        lock.lock();
        try {
            if (state.get() != State.ACTIVE) {
                return false; // the whole transaction rolls back, or has
            }
            Probe.StepWatch step =
                    db.probe().beforeStep(number, TransactionStep.ROLLBACK_TO_SAVEPOINT, mark.name(), attempt);
            try {
                connection.rollback(mark.savepoint());
            } catch (SQLException | RuntimeException e) {
                db.probe().afterStep(step, e);
                throw e;
            }
            db.probe().afterStep(step, null);
            afterCommit.subList(mark.actions(), afterCommit.size()).clear();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(db.errors()
                    .translate(e instanceof SQLException sql ? sql : new SQLException(e), savepointCall, null, null));
        } finally {
            lock.unlock();
        }
        return true;
    }

    /** A name no other savepoint of this transaction has; called holding the lock. */
    private String nextSavepointName() {
        savepoints++;
        return "ormdantic_sp_" + savepoints;
    }

    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        locked(call, () -> afterCommit.add(action));
    }

    @Override
    public boolean isActive() {
        return state.get() == State.ACTIVE;
    }

    @Override
    public TransactionOptions options() {
        return options;
    }

    @Override
    public int attempt() {
        return attempt;
    }

    @Override
    public String toString() {
        return "Transaction[" + state.get().name().toLowerCase(java.util.Locale.ROOT) + ", attempt " + attempt + ", "
                + options + "]";
    }

    // ---- the scope its handles run in

    @Override
    public boolean transactional() {
        return true;
    }

    @Override
    public <R> R call(Call call, Supplier<R> work) {
        ensureActive(call);
        return db.call(call, () -> locked(call, work));
    }

    @Override
    public <R> CompletableFuture<R> submit(Call call, Supplier<R> work) {
        if (state.get() != State.ACTIVE) {
            return CompletableFuture.failedFuture(finished(call));
        }
        return db.submit(call, () -> locked(call, work));
    }

    @Override
    public <R> R withConnection(Call call, Database.SqlWork<R> work) {
        ensureActive(call);
        try {
            return db.runTranslated(call, connection, work);
        } catch (OrmdanticException e) {
            throw failure(call, e);
        }
    }

    @Override
    public <R> R inTransaction(Call call, Database.SqlWork<R> work) {
        // Several statements of one operation: a savepoint makes them all-or-nothing, and the transaction goes on.
        return withConnection(call, c -> {
            Savepoint savepoint = c.setSavepoint(nextSavepointName());
            R result;
            try {
                result = work.run(c);
            } catch (Throwable failure) {
                try {
                    c.rollback(savepoint);
                } catch (SQLException e) {
                    failure.addSuppressed(e);
                }
                throw failure;
            }
            if (TransactionSql.releasesSavepoints(dialect)) {
                c.releaseSavepoint(savepoint);
            }
            return result;
        });
    }

    @Override
    public Lease leaseForStream(Call call) {
        ensureActive(call);
        return new Lease() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public boolean owned() {
                return false;
            }

            @Override
            public void check(Call streamCall) {
                ensureActive(streamCall);
            }
        };
    }

    /** Runs work holding the connection, once the transaction is still active. */
    private <R> R locked(Call call, Supplier<R> work) {
        lock.lock();
        try {
            ensureActive(call);
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private void ensureActive(Call call) {
        if (state.get() != State.ACTIVE) {
            throw finished(call);
        }
    }

    /** The failure of a statement, as the caller should see it once the transaction timed out or was cancelled. */
    private OrmdanticException failure(Call call, OrmdanticException failure) {
        State now = state.get();
        if (now == State.TIMED_OUT) {
            return timedOut(call, failure);
        }
        if (now == State.CANCELLED) {
            return finished(call);
        }
        // Only a connection lost on its own says something of the pool's others.
        return db.errors().inTransaction(db.retireIfLost(failure), call);
    }

    ClosedException finished(Call call) {
        State now = state.get();
        String how = switch (now) {
            case ACTIVE, COMMITTING -> "is committing";
            case COMMITTED -> "has committed";
            case ROLLED_BACK -> "has rolled back";
            case TIMED_OUT -> "timed out and rolled back";
            case CANCELLED -> "was cancelled and rolled back";
        };
        return new ClosedException(
                ErrorCode.TRANSACTION_FINISHED,
                call.context(),
                call.failed() + ": the transaction " + how + ", so its handles can no longer be used; nothing was sent",
                "use a transaction's handles only inside its callback, and wait there for the futures they return",
                null);
    }

    private QueryException timedOut(Call call, @Nullable Throwable cause) {
        return timedOut(options, call, cause);
    }

    static QueryException timedOut(TransactionOptions options, Call call, @Nullable Throwable cause) {
        Duration timeout = options.timeoutDuration().orElse(Duration.ZERO);
        return new QueryException(
                ErrorCode.TRANSACTION_TIMED_OUT,
                call.context(),
                call.failed() + ": the transaction ran longer than its timeout of " + timeout
                        + ", so it was rolled back and nothing of it was applied",
                "shorten the transaction, or raise TransactionOptions.timeout(...)",
                cause);
    }

    // ---- its life, driven by Transactions

    State state() {
        return state.get();
    }

    /** Runs the callback on this thread, which a timeout may interrupt while it runs. */
    <R extends @Nullable Object> R runCallback(Function<? super Transaction, ? extends R> work) {
        interruptLock.lock();
        try {
            callbackThread = Thread.currentThread();
        } finally {
            interruptLock.unlock();
        }
        try {
            return work.apply(this);
        } finally {
            leftCallback();
        }
    }

    /** The callback's thread no longer runs it: an interrupt this transaction caused is cleared. */
    void leftCallback() {
        interruptLock.lock();
        try {
            callbackThread = null;
            if (interrupted) {
                interrupted = false;
                Thread.interrupted();
            }
        } finally {
            interruptLock.unlock();
        }
    }

    /** Commits; the transaction must be active. */
    void commit() {
        lock.lock();
        try {
            // A listener that refuses the commit leaves the transaction active, to be rolled back.
            Probe.StepWatch step = state.get() == State.ACTIVE
                    ? db.probe().beforeStep(number, TransactionStep.COMMIT, null, attempt)
                    : null;
            if (!state.compareAndSet(State.ACTIVE, State.COMMITTING)) {
                // Stopped (timeout, cancel) since: nothing is sent, and the stop rolls back.
                OrmdanticException refused = state.get() == State.TIMED_OUT ? timedOut(call, null) : finished(call);
                db.probe().afterStep(step, refused);
                throw refused;
            }
            if (dialect == DialectId.POSTGRESQL && PostgresTransactionState.aborted(connection)) {
                // PostgreSQL would answer COMMIT with a rollback, and pgjdbc report it as committed.
                state.set(State.ROLLED_BACK);
                OrmdanticException aborted = db.errors().abortedAtCommit(call);
                db.probe().afterStep(step, aborted);
                throw aborted;
            }
            try {
                if (undoSettings != null) {
                    TransactionSql.beforeEnd(dialect, connection);
                }
                connection.commit();
            } catch (SQLException e) {
                state.set(State.ROLLED_BACK);
                db.probe().afterStep(step, e);
                throw db.errors().commitFailed(e, call);
            }
            state.set(State.COMMITTED);
            db.probe().afterStep(step, null);
            db.afterCommit(call, connection);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Rolls back after a failure, unless the transaction committed; returns the exception the caller should see: the
     * failure itself, or the timeout's. A transaction {@linkplain #stop stopped} from another thread was rolled back
     * (or its connection aborted) there: this waits until that is settled, and rolls back itself only where the stop
     * left it to the runner (SQLite).
     */
    Throwable rollback(Throwable failure) {
        state.compareAndSet(State.ACTIVE, State.ROLLED_BACK);
        State before = state.get();
        boolean stopped = before == State.TIMED_OUT || before == State.CANCELLED;
        if (!stopped || settled.join() == Ending.LEFT_TO_RUNNER) {
            lock.lock();
            try {
                if (before != State.COMMITTED) {
                    Probe.StepWatch step = db.probe().beforeStep(number, TransactionStep.ROLLBACK, null, attempt);
                    try {
                        if (undoSettings != null && !stopped) {
                            TransactionSql.beforeEnd(dialect, connection);
                        }
                        rollbackConnection(stopped);
                        db.probe().afterStep(step, null);
                    } catch (SQLException | RuntimeException e) {
                        db.probe().afterStep(step, e);
                        // A connection whose transaction could not be rolled back must never serve another call,
                        // where the pool's reset could commit it: it is aborted, which rolls back on every database,
                        // and release() evicts it.
                        LOG.log(System.Logger.Level.DEBUG, "rollback failed; aborting the connection", e);
                        broken = true;
                        abort("aborting the connection whose rollback failed");
                    }
                }
            } finally {
                lock.unlock();
            }
        }
        if (state.get() == State.TIMED_OUT
                && !(failure instanceof QueryException q && q.code() == ErrorCode.TRANSACTION_TIMED_OUT)) {
            return timedOut(call, failure);
        }
        return failure;
    }

    /**
     * Rolls the connection back. On SQLite after {@link #stop}: {@code sqlite3_interrupt} stays pending while no
     * statement runs and interrupts the next one, so a first rollback may fail with it (which clears it); the second
     * then runs.
     */
    private void rollbackConnection(boolean stopped) throws SQLException {
        boolean interrupted = dialect == DialectId.SQLITE && stopped;
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (!interrupted) {
                throw e;
            }
            connection.rollback();
        }
    }

    /** Aborts the connection (closes its socket at once, without a word to the server), logging a failure to. */
    private void abort(String what) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, what + " failed", e);
        }
    }

    /** Issues an abort of the connection, which a thread of its own carries out. */
    private void abortAsync() {
        try {
            connection.abort(task ->
                    Thread.ofVirtual().name("ormdantic-transaction-abort").start(task));
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "aborting the stopped transaction's connection failed", e);
        }
    }

    /** The timer that ends this transaction when its timeout runs out; cancelled when it ends first. */
    void timer(Future<?> timer) {
        this.timer = timer;
    }

    /**
     * Returns the connection to the pool once its state is known to be clean: rolled back or committed, auto-commit
     * restored, the settings of the options undone. Anything else (an abort, a failed rollback, a failure restoring the
     * settings) evicts it, so that the pool never hands out a closed connection or one still in a transaction. A
     * {@linkplain #stop stopped} transaction's connection is released only once the stop settled it.
     */
    void release() {
        Future<?> pending = timer;
        if (pending != null) {
            pending.cancel(false);
        }
        db.stopListening(connection);
        running = null;
        State ended = state.get();
        if ((ended == State.TIMED_OUT || ended == State.CANCELLED) && settled.join() == Ending.ABORTED) {
            db.evict(connection);
            return;
        }
        if (broken) {
            db.evict(connection);
            return;
        }
        try {
            connection.setAutoCommit(true);
            Object undo = undoSettings;
            if (undo != null) {
                TransactionSql.afterEnd(dialect, connection, undo);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "restoring the connection failed; evicting it from the pool", e);
            db.evict(connection);
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "returning the connection failed", e);
        }
    }

    /** Runs the after-commit actions, each on its own: one that throws is logged and the rest still run. */
    void runAfterCommit() {
        List<Runnable> actions;
        lock.lock();
        try {
            actions = List.copyOf(afterCommit);
            afterCommit.clear();
        } finally {
            lock.unlock();
        }
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "an after-commit action failed; the transaction had committed, and the other actions ran",
                        e);
            }
        }
    }

    /**
     * Ends an active transaction from another thread: its timeout ran out, or its future was cancelled. From now on
     * its handles refuse work ({@code ORM2411}); the returned future completes once the connection is settled, and
     * only then may the transaction's own future fail, so that its caller finds the transaction's locks released.
     *
     * <p>On a server, on a thread of its own (the timer's thread serves every transaction): the running statement is
     * cancelled ({@code Statement.cancel()}, which the driver sends over a connection of its own and the server
     * honours at once, even while the statement waits for a lock); once it has ended (the transaction's lock is free)
     * the connection is rolled back, by that thread, holding the lock, so that nothing else runs on it meanwhile. When
     * cancel and rollback have not come back within {@link #STOP_GRACE} (a hung server, a lost network), the
     * connection is aborted instead, and the pool drops it. Only then is the callback's thread interrupted: the cancel
     * comes first because interrupting a virtual thread closes the socket it reads, after which the driver no longer
     * cancels and a statement waiting for a lock would wait on in the server; and the interrupt comes after the
     * rollback because the callback's runner must not find its thread interrupted while it still has the connection
     * to restore. The runner then waits for the settling ({@link #rollback}) and releases the connection.
     *
     * <p>On SQLite nothing is cancelled and nothing touches the connection: {@code sqlite3_interrupt} would stay
     * pending on a connection that keeps prepared statements and fail the next borrower's statements. A SQLite
     * statement runs in-process and ends within the busy timeout; the callback's thread is interrupted, its next call
     * fails, and its runner rolls back.
     *
     * @param reason {@code TIMED_OUT} or {@code CANCELLED}
     * @return a future of how the connection was settled, or {@code null} when the transaction was no longer active
     *     (it committed, rolled back or was stopped already), and this call did nothing
     */
    @Nullable
    CompletableFuture<Ending> stop(State reason) {
        if (!state.compareAndSet(State.ACTIVE, reason)) {
            return null;
        }
        if (dialect == DialectId.SQLITE) {
            ending.set(Ending.LEFT_TO_RUNNER);
            interruptCallback();
            settled.complete(Ending.LEFT_TO_RUNNER);
        } else {
            Thread.ofVirtual().name("ormdantic-transaction-stop").start(this::settle);
        }
        return settled;
    }

    /** Cancels and rolls back within the grace period, or aborts; then interrupts the callback and settles. */
    private void settle() {
        Thread rollback =
                Thread.ofVirtual().name("ormdantic-transaction-rollback").start(this::cancelAndRollBack);
        try {
            boolean done;
            try {
                done = rollback.join(STOP_GRACE);
            } catch (InterruptedException e) {
                done = false;
            }
            if (!done && ending.compareAndSet(null, Ending.ABORTED)) {
                // The server did not answer in time: closing the socket ends the transaction on the server (which
                // rolls back what the connection left once it notices), and frees the callback's statement and the
                // rollback, which fail. On a thread of its own: MariaDB's driver first sends a KILL over a new
                // connection when a statement runs, which a hung server makes wait for the socket timeout. The
                // callback's thread, interrupted below, closes its socket at once when it is a virtual thread.
                abortAsync();
                rollback.interrupt();
                if (!stopReported) {
                    Probe.StepWatch step = db.probe().beforeStep(number, TransactionStep.ROLLBACK, null, attempt);
                    db.probe()
                            .afterStep(
                                    step,
                                    new SQLException("the rollback did not come back within " + STOP_GRACE
                                            + "; the connection was aborted, which ends the transaction on the"
                                            + " server"));
                }
            }
        } finally {
            interruptCallback();
            settled.complete(Objects.requireNonNullElse(ending.get(), Ending.ABORTED));
        }
    }

    /** Cancels the running statement, then, once no statement runs, rolls back; on the stop's rollback thread. */
    private void cancelAndRollBack() {
        cancelRunning();
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            return; // aborted already
        }
        try {
            if (ending.get() != null) {
                return;
            }
            stopReported = true;
            Probe.StepWatch step = db.probe().beforeStep(number, TransactionStep.ROLLBACK, null, attempt);
            try {
                connection.rollback();
            } catch (SQLException | RuntimeException e) {
                db.probe().afterStep(step, e);
                if (ending.compareAndSet(null, Ending.ABORTED)) {
                    LOG.log(System.Logger.Level.DEBUG, "rolling back the stopped transaction failed; aborting", e);
                    abort("aborting the stopped transaction's connection");
                }
                return;
            }
            db.probe().afterStep(step, null);
            ending.compareAndSet(null, Ending.ROLLED_BACK);
        } finally {
            lock.unlock();
        }
    }

    private void cancelRunning() {
        Statement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "cancelling the running statement failed", e);
            }
        }
    }

    private void interruptCallback() {
        interruptLock.lock();
        try {
            if (callbackThread != null) {
                interrupted = true;
                callbackThread.interrupt();
            }
        } finally {
            interruptLock.unlock();
        }
    }
}
