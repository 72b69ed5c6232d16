package dev.ormdantic.internal.tx;

import dev.ormdantic.Transaction;
import dev.ormdantic.TransactionOptions;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.event.TransactionStep;
import dev.ormdantic.internal.connect.JoinedConnection;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.exec.Database;
import dev.ormdantic.internal.observe.Probe;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs transactions: borrows a connection, begins with the options, runs the callback, commits or rolls back, runs
 * the after-commit actions, and runs the whole again after a conflict when the options allow.
 */
public final class Transactions {

    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private Transactions() {}

    /**
     * Runs a transaction and waits for it; the callback runs on the calling thread (or, for a virtual thread on
     * SQLite, on a SQLite worker).
     *
     * @param db the database
     * @param options the options
     * @param work the callback
     * @param <R> its result type
     * @return its result, once committed
     */
    public static <R extends @Nullable Object> R run(
            Database db, TransactionOptions options, Function<? super Transaction, ? extends R> work) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        Call call = db.call(Operation.TRANSACTION);
        TransactionSql.check(db.dialect().id(), options, call);
        return db.call(call, () -> attempts(db, options, work, call, null));
    }

    /**
     * Runs a transaction whose callback may block, on a worker.
     *
     * @param db the database
     * @param options the options
     * @param work the callback
     * @param <R> its result type
     * @return a future of its result, once committed; cancelling it rolls the transaction back
     */
    public static <R extends @Nullable Object> CompletableFuture<R> submit(
            Database db, TransactionOptions options, Function<? super Transaction, ? extends R> work) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        Call call = db.call(Operation.TRANSACTION);
        try {
            TransactionSql.check(db.dialect().id(), options, call);
        } catch (OrmdanticException e) {
            return CompletableFuture.failedFuture(e);
        }
        TransactionFuture<R> result = new TransactionFuture<>();
        CompletableFuture<R> attempts = db.submit(call, () -> attempts(db, options, work, call, result));
        var unused = attempts.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure);
            }
        });
        if (db.dialect().id() == DialectId.SQLITE && options.timeoutDuration().isEmpty()) {
            // A thread that joins the future before a worker took the transaction runs it itself, as the blocking
            // API would, which saves the hand-off to a SQLite worker and back (measured: most of the gap to
            // hand-written JDBC of a short transaction). Not with a timeout, which must end the join even if the
            // callback does not return; and not on a server, where the statement of a transaction cancelled on a
            // hung server returns only at the socket timeout, which must hold a worker, not the joining thread (a
            // SQLite statement ends within the busy timeout).
            result.joinable(attempts);
        }
        return result;
    }

    /**
     * Runs a transaction whose callback returns a future: the transaction commits when that future completes, and
     * rolls back when it fails.
     *
     * @param db the database
     * @param options the options
     * @param work the callback
     * @param <R> its result type
     * @return a future of its result, once committed; cancelling it rolls the transaction back
     */
    public static <R extends @Nullable Object> CompletableFuture<R> submitAsync(
            Database db, TransactionOptions options, Function<? super Transaction, ? extends CompletionStage<R>> work) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        Call call = db.call(Operation.TRANSACTION);
        try {
            TransactionSql.check(db.dialect().id(), options, call);
        } catch (OrmdanticException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<R> result = new TransactionFuture<>();
        long deadline = deadline(options);
        attemptAsync(db, options, work, call, result, 1, deadline);
        return result;
    }

    private static <R extends @Nullable Object> R attempts(
            Database db,
            TransactionOptions options,
            Function<? super Transaction, ? extends R> work,
            Call call,
            @Nullable CompletableFuture<?> future) {
        long deadline = deadline(options);
        for (int attempt = 1; ; attempt++) {
            JdbcTransaction tx = begin(db, options, attempt, call, deadline, future);
            R result;
            try {
                result = tx.runCallback(work);
                tx.commit();
            } catch (Throwable failure) {
                Throwable outcome = tx.rollback(failure);
                tx.release();
                if (!again(options, attempt, outcome, deadline) || !pause(attempt)) {
                    throw sneaky(outcome);
                }
                continue;
            }
            tx.release();
            tx.runAfterCommit();
            return result;
        }
    }

    private static <R extends @Nullable Object> void attemptAsync(
            Database db,
            TransactionOptions options,
            Function<? super Transaction, ? extends CompletionStage<R>> work,
            Call call,
            CompletableFuture<R> result,
            int attempt,
            long deadline) {
        var unused = db.submit(call, () -> begin(db, options, attempt, call, deadline, result))
                .whenComplete((tx, beginFailure) -> {
                    if (beginFailure != null) {
                        result.completeExceptionally(unwrap(beginFailure));
                        return;
                    }
                    CompletionStage<R> stage;
                    try {
                        stage = Objects.requireNonNull(work.apply(tx), "the transaction's callback returned null");
                    } catch (Throwable failure) {
                        stage = CompletableFuture.failedFuture(failure);
                    }
                    whenDone(
                            stage,
                            (value, failure) ->
                                    end(db, options, work, call, result, attempt, deadline, tx, value, failure));
                });
    }

    /** Runs an action when a stage completes, on the thread that completes it. */
    private static <R extends @Nullable Object> void whenDone(
            CompletionStage<R> stage, java.util.function.BiConsumer<@Nullable R, @Nullable Throwable> action) {
        var unused = stage.whenComplete(action);
    }

    /** Commits or rolls back once the callback's future completed, on a worker; retries or completes the result. */
    private static <R extends @Nullable Object> void end(
            Database db,
            TransactionOptions options,
            Function<? super Transaction, ? extends CompletionStage<R>> work,
            Call call,
            CompletableFuture<R> result,
            int attempt,
            long deadline,
            JdbcTransaction tx,
            @Nullable R value,
            @Nullable Throwable failure) {
        CompletableFuture<Boolean> ended = db.submit(call, () -> {
            Throwable cause = unwrap(failure);
            if (cause == null) {
                try {
                    tx.commit();
                } catch (Throwable commitFailure) {
                    cause = commitFailure;
                }
            }
            if (cause != null) {
                Throwable outcome = tx.rollback(cause);
                tx.release();
                if (again(options, attempt, outcome, deadline) && !result.isDone()) {
                    CompletableFuture.delayedExecutor(pauseNanos(attempt), TimeUnit.NANOSECONDS)
                            .execute(() -> attemptAsync(db, options, work, call, result, attempt + 1, deadline));
                } else {
                    result.completeExceptionally(outcome);
                }
                return false;
            }
            tx.release();
            tx.runAfterCommit();
            result.complete(value);
            return true;
        });
        whenDone(ended, (done, internal) -> {
            if (internal != null) {
                result.completeExceptionally(unwrap(internal));
            }
        });
    }

    /** Borrows a connection and begins a transaction with the options, its timer started. */
    private static JdbcTransaction begin(
            Database db,
            TransactionOptions options,
            int attempt,
            Call call,
            long deadline,
            @Nullable CompletableFuture<?> future) {
        if (deadline != 0 && System.nanoTime() - deadline >= 0) {
            throw JdbcTransaction.timedOut(options, call, null);
        }
        Connection connection = db.borrow(call);
        if (JoinedConnection.joins(connection)) {
            refuseOptionsWhenJoined(options, call, connection);
        }
        @Nullable Object undo;
        long number = db.probe().nextTransaction();
        Probe.StepWatch step = null;
        try {
            // A listener that refuses the begin throws here, before anything is sent.
            step = db.probe().beforeStep(number, TransactionStep.BEGIN, null, attempt);
            undo = TransactionSql.begin(db.dialect().id(), options, connection);
        } catch (SQLException | RuntimeException e) {
            db.probe().afterStep(step, e);
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof SQLException sql ? db.errors().translate(sql, call, null, null) : (RuntimeException) e;
        }
        db.probe().afterStep(step, null);
        JdbcTransaction tx = new JdbcTransaction(db, connection, options, attempt, number, call, undo);
        if (future instanceof TransactionFuture<?> cancellable && !cancellable.adopt(tx)) {
            var unused = tx.stop(JdbcTransaction.State.CANCELLED); // cancelled while it began
        }
        if (deadline != 0) {
            long left = Math.max(0, deadline - System.nanoTime());
            tx.timer(Timer.SCHEDULER.schedule(
                    () -> {
                        CompletableFuture<JdbcTransaction.Ending> stopping = tx.stop(JdbcTransaction.State.TIMED_OUT);
                        if (stopping != null && future != null) {
                            // The caller hears of it once the transaction has rolled back (or its connection was
                            // aborted), even if the callback does not return for a while.
                            whenDone(
                                    stopping,
                                    (ending, failure) -> future.completeExceptionally(
                                            JdbcTransaction.timedOut(options, call, null)));
                        }
                    },
                    left,
                    TimeUnit.NANOSECONDS));
        }
        if (future != null) {
            // A cancel through cancel() stops the transaction before the future fails (TransactionFuture); one
            // completing it with a CancellationException otherwise stops it here.
            var unused = future.whenComplete((value, failure) -> {
                if (failure instanceof CancellationException) {
                    var unusedStop = tx.stop(JdbcTransaction.State.CANCELLED);
                }
            });
        }
        return tx;
    }

    /**
     * Refuses the options a transaction cannot have when it is a savepoint of the application's transaction (a
     * Spring-managed one): isolation, read-only and the timeout belong to that transaction, and a conflict aborts it
     * whole, so a retry of the savepoint alone cannot help.
     */
    private static void refuseOptionsWhenJoined(TransactionOptions options, Call call, Connection connection) {
        List<String> refused = new ArrayList<>();
        options.isolationLevel().ifPresent(level -> refused.add("isolation(" + level + ")"));
        if (options.isReadOnly()) {
            refused.add("readOnly()");
        }
        options.timeoutDuration().ifPresent(timeout -> refused.add("timeout(" + timeout + ")"));
        if (options.retries() > 0) {
            refused.add("retry(" + options.retries() + ")");
        }
        if (refused.isEmpty()) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // The application's DataSource decides what closing its connection means; nothing of ours is lost.
        }
        throw new ConfigurationException(
                ErrorCode.FEATURE_UNSUPPORTED,
                call.context(),
                call.failed() + ": it runs inside the application's own transaction (a Spring-managed one, through a"
                        + " transaction-aware DataSource), as a savepoint of it, so " + String.join(", ", refused)
                        + " cannot apply to it",
                "set them on the application's transaction (@Transactional, TransactionTemplate), or leave them out"
                        + " of the TransactionOptions",
                null);
    }

    /**
     * The one thread that ends transactions whose timeout ran out, started with the first such transaction; a timer
     * is cancelled (and forgotten) when its transaction ends first.
     */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor SCHEDULER = scheduler();

        private static ScheduledThreadPoolExecutor scheduler() {
            ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(
                    1,
                    Thread.ofPlatform()
                            .name("ormdantic-transaction-timer")
                            .daemon(true)
                            .factory());
            scheduler.setRemoveOnCancelPolicy(true);
            return scheduler;
        }
    }

    private static long deadline(TransactionOptions options) {
        return options.timeoutDuration()
                .map(timeout -> {
                    long at = System.nanoTime() + timeout.toNanos();
                    return at == 0 ? 1 : at;
                })
                .orElse(0L);
    }

    /** Whether to run the callback again: a conflict, retries left, time left. */
    private static boolean again(TransactionOptions options, int attempt, Throwable failure, long deadline) {
        if (attempt > options.retries() || !conflict(failure)) {
            return false;
        }
        return deadline == 0 || deadline - System.nanoTime() > pauseNanos(attempt);
    }

    /** A serialization failure, a deadlock or a busy SQLite database, anywhere in the cause chain. */
    static boolean conflict(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OrmdanticException e
                    && (e.code() == ErrorCode.TRANSACTION_CONFLICT || e.code() == ErrorCode.DATABASE_BUSY)) {
                return true;
            }
        }
        return false;
    }

    /** Waits before the next attempt; {@code false} when interrupted, which ends the retries. */
    private static boolean pause(int attempt) {
        try {
            TimeUnit.NANOSECONDS.sleep(pauseNanos(attempt));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A pause that doubles with each attempt up to a second, of which a random half is taken (equal jitter). */
    private static long pauseNanos(int attempt) {
        long ceiling = Math.min(LONGEST_PAUSE_NANOS, FIRST_PAUSE_NANOS << Math.min(attempt - 1, 20));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }

    /** The exception a future failed with, without the wrapping of {@code CompletableFuture}. */
    static @Nullable Throwable unwrap(@Nullable Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static RuntimeException sneaky(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new CompletionException(failure);
    }
}
