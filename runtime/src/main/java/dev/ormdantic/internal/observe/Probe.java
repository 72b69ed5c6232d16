package dev.ormdantic.internal.observe;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.TransactionEvent;
import dev.ormdantic.event.TransactionResult;
import dev.ormdantic.event.TransactionStep;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Redactor;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The one probe of a database around every statement it executes and every step of its transactions. It tells the
 * application's {@link Listeners}, writes the SQL log ({@code dev.ormdantic.sql}: at {@code DEBUG} each statement
 * after it ran, with its duration and rows; at {@code TRACE} with its parameters too, secret-looking values masked)
 * and records the JDK Flight Recorder events. When none of them listens, {@link #watchesStatements()} is
 * {@code false} and a statement runs untouched: no event object, no clock read.
 */
public final class Probe {

    /** The SQL log. */
    static final System.Logger SQL_LOG = System.getLogger("dev.ormdantic.sql");

    private final AtomicLong transactions = new AtomicLong();

    private final @Nullable Listeners listeners;
    private final String dialect;
    private final Redactor redactor;
    /** The tables with a secret-looking column, whose parameters of unknown column are masked. */
    private final Set<String> secretTables;

    /**
     * Makes the probe of a database.
     *
     * @param listeners the application's listeners, in registration order
     * @param dialect the dialect's name
     * @param redactor masks secrets in the errors handed to listeners
     * @param tables the managed tables
     */
    public Probe(List<OrmdanticListener> listeners, String dialect, Redactor redactor, List<TableSpec> tables) {
        this.listeners = Listeners.of(listeners);
        this.dialect = dialect;
        this.redactor = redactor;
        Set<String> secret = new HashSet<>();
        for (TableSpec table : tables) {
            for (ColumnSpec column : table.columns()) {
                if (Redactor.isSecretName(column.name())) {
                    secret.add(table.name());
                }
            }
        }
        this.secretTables = Set.copyOf(secret);
    }

    /**
     * The application's listeners, or {@code null} when it registered none: what the lifecycle events test.
     *
     * @return the listeners, or {@code null}
     */
    public @Nullable Listeners listeners() {
        return listeners;
    }

    /**
     * Whether statements are watched now: a listener is registered, the SQL log is at {@code DEBUG}, or a Flight
     * Recorder recording wants {@code dev.ormdantic.Statement}.
     *
     * @return {@code true} when a statement must be {@linkplain #watch watched}
     */
    public boolean watchesStatements() {
        return listeners != null || SQL_LOG.isLoggable(System.Logger.Level.DEBUG) || StatementFlight.wanted();
    }

    /**
     * A prepared statement that reports its executions: its parameters as they are bound, its execution and, for a
     * query, the rows read until its result closes.
     *
     * @param statement the driver's statement
     * @param sql its text
     * @param call the operation that runs it
     * @return the watched statement; closing it closes the driver's
     */
    public PreparedStatement watch(PreparedStatement statement, String sql, Call call) {
        return ObservedStatement.of(statement, new StatementWatch(this, sql, call));
    }

    /**
     * Executes a statement without parameters (DDL), reporting it.
     *
     * @param statement the driver's statement
     * @param sql the text to execute
     * @param call the operation
     * @throws SQLException from the driver
     */
    public void execute(Statement statement, String sql, Call call) throws SQLException {
        StatementWatch watch = new StatementWatch(this, sql, call);
        watch.start();
        try {
            statement.execute(sql);
        } catch (SQLException | RuntimeException e) {
            watch.finish(-1, e);
            throw e;
        }
        watch.finish(-1, null);
    }

    /**
     * The number of a new transaction, from 1.
     *
     * @return the number
     */
    public long nextTransaction() {
        return transactions.incrementAndGet();
    }

    String dialect() {
        return dialect;
    }

    boolean secretTable(String table) {
        return secretTables.contains(table);
    }

    /** A failure as listeners may keep it: the whole chain copied with secrets masked. */
    Throwable redacted(Throwable error) {
        return redactor.cause(error);
    }

    /**
     * Reports a step of a transaction about to be taken; a listener that throws refuses it, except for the rollbacks,
     * which cannot be refused.
     *
     * @param transaction the transaction's number ({@link #nextTransaction()})
     * @param step the step
     * @param savepoint the savepoint's name, or {@code null}
     * @param attempt the transaction's attempt
     * @return what {@link #afterStep} needs, or {@code null} when nothing listens
     */
    public @Nullable StepWatch beforeStep(
            long transaction, TransactionStep step, @Nullable String savepoint, int attempt) {
        Listeners heard = listeners;
        boolean logged = SQL_LOG.isLoggable(System.Logger.Level.DEBUG);
        if (heard == null && !logged && !TransactionFlight.wanted()) {
            return null;
        }
        TransactionEvent event = new TransactionEvent(transaction, step, dialect, savepoint, attempt);
        if (heard != null) {
            if (step == TransactionStep.ROLLBACK || step == TransactionStep.ROLLBACK_TO_SAVEPOINT) {
                heard.after(listener -> listener.beforeTransaction(event), "beforeTransaction " + step);
            } else {
                try {
                    heard.before(listener -> listener.beforeTransaction(event));
                } catch (RuntimeException | Error refusal) {
                    TransactionResult refused = new TransactionResult(event, Duration.ZERO, refusal);
                    heard.after(
                            listener -> listener.afterTransaction(refused), "afterTransaction of a refused " + step);
                    throw refusal;
                }
            }
        }
        return new StepWatch(event, TransactionFlight.start(), System.nanoTime());
    }

    /**
     * Reports a step of a transaction that was taken or failed.
     *
     * @param watch what {@link #beforeStep} returned
     * @param error why the step failed, or {@code null}
     */
    public void afterStep(@Nullable StepWatch watch, @Nullable Throwable error) {
        if (watch == null) {
            return;
        }
        long nanos = System.nanoTime() - watch.start;
        TransactionEvent event = watch.event;
        TransactionFlight flight = watch.flight;
        if (flight != null) {
            flight.end();
            if (flight.shouldCommit()) {
                flight.step = event.step().name();
                flight.savepoint = event.savepoint();
                flight.dialect = dialect;
                flight.attempt = event.attempt();
                flight.outcome = error == null ? "success" : "error";
                flight.commit();
            }
        }
        Listeners heard = listeners;
        if (heard != null) {
            TransactionResult result =
                    new TransactionResult(event, Duration.ofNanos(nanos), error == null ? null : redacted(error));
            heard.after(listener -> listener.afterTransaction(result), "afterTransaction " + event.step());
        }
        if (SQL_LOG.isLoggable(System.Logger.Level.DEBUG)) {
            SQL_LOG.log(
                    System.Logger.Level.DEBUG,
                    "transaction: " + event.step() + (event.savepoint() == null ? "" : " " + event.savepoint()) + " -- "
                            + (error == null ? "" : "failed ") + "in " + millis(nanos));
        }
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    /** A step of a transaction being taken. */
    public static final class StepWatch {
        private final TransactionEvent event;
        private final @Nullable TransactionFlight flight;
        private final long start;

        private StepWatch(TransactionEvent event, @Nullable TransactionFlight flight, long start) {
            this.event = event;
            this.flight = flight;
            this.start = start;
        }
    }
}
