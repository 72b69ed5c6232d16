package dev.ormdantic.internal.observe;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.event.BoundParameter;
import dev.ormdantic.event.StatementEvent;
import dev.ormdantic.event.StatementResult;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.support.SecretNames;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One watched statement: the parameters bound to it, and each execution from its start to its end (for a query,
 * the close of its result), reported to the listeners, the SQL log and the Flight Recorder.
 */
final class StatementWatch {

    private static final int MAX_LOGGED_SQL = 2_000;
    private static final int MAX_LOGGED_VALUE = 100;

    private final Probe probe;
    private final String sql;
    private final Call call;
    /** The values bound since the last execution or clear, by position from 1 (slot 0 unused). */
    private @Nullable Object[] values = new Object[8];

    private int bound;
    /** Whether a value was bound since the last {@code addBatch}: a row that is not part of the batch yet. */
    private boolean boundSinceBatch;
    /** The rows of a batch added so far, as bound. */
    private final List<@Nullable Object[]> batch = new ArrayList<>();

    private List<ColumnSpec> columns = List.of();

    private boolean running;
    private long start;
    private long rows;
    private @Nullable StatementFlight flight;
    private @Nullable StatementEvent event;

    StatementWatch(Probe probe, String sql, Call call) {
        this.probe = probe;
        this.sql = sql;
        this.call = call;
    }

    void columns(List<ColumnSpec> columns) {
        this.columns = columns;
    }

    void bind(int index, @Nullable Object value) {
        if (index < 1) {
            return; // the driver refuses it
        }
        if (index >= values.length) {
            values = Arrays.copyOf(values, Math.max(index + 1, values.length * 2));
        }
        values[index] = value;
        bound = Math.max(bound, index);
        boundSinceBatch = true;
    }

    void clear() {
        Arrays.fill(values, null);
        bound = 0;
        boundSinceBatch = false;
    }

    void addBatch() {
        batch.add(Arrays.copyOfRange(values, 0, bound + 1));
        // JDBC keeps the values bound after addBatch; they are the batch's last row now, not one more.
        boundSinceBatch = false;
    }

    void clearBatch() {
        batch.clear();
    }

    /** The statement starts executing: the before-listeners may still refuse it. */
    void start() {
        if (running) {
            finish(rows, null); // executed again before its result was closed
        }
        Listeners listeners = probe.listeners();
        if (listeners != null) {
            StatementEvent starting = event();
            event = starting;
            try {
                listeners.before(listener -> listener.beforeStatement(starting));
            } catch (RuntimeException | Error refusal) {
                StatementResult refused = new StatementResult(starting, Duration.ZERO, -1, refusal);
                listeners.after(
                        listener -> listener.afterStatement(refused),
                        "afterStatement of a refused " + call.operation().method() + " " + call.subject());
                throw refusal;
            }
        } else {
            event = null;
        }
        flight = StatementFlight.start();
        rows = 0;
        running = true;
        start = System.nanoTime();
    }

    /** A row of the query's result was read. */
    void row() {
        rows++;
    }

    long rows() {
        return rows;
    }

    boolean running() {
        return running;
    }

    /**
     * The execution ended.
     *
     * @param count the rows read or changed, {@code -1} when unknown
     * @param error the failure, or {@code null}
     */
    void finish(long count, @Nullable Throwable error) {
        if (!running) {
            return;
        }
        running = false;
        long nanos = System.nanoTime() - start;
        StatementFlight recording = flight;
        flight = null;
        if (recording != null) {
            recording.end();
            if (recording.shouldCommit()) {
                recording.operation = call.operation().method();
                recording.table = call.table() ? call.subject() : null;
                recording.dialect = probe.dialect();
                recording.sql = sql;
                recording.rows = count;
                recording.outcome = error == null ? "success" : "error";
                recording.sqlState = error instanceof SQLException e ? e.getSQLState() : null;
                recording.commit();
            }
        }
        Listeners listeners = probe.listeners();
        StatementEvent started = event;
        if (listeners != null && started != null) {
            StatementResult result = new StatementResult(
                    started, Duration.ofNanos(nanos), count, error == null ? null : probe.redacted(error));
            listeners.after(
                    listener -> listener.afterStatement(result),
                    "afterStatement of " + call.operation().method() + " " + call.subject());
        }
        log(nanos, count, error);
        batch.clear();
    }

    private StatementEvent event() {
        return new StatementEvent(
                call.operation().method(), call.table() ? call.subject() : null, probe.dialect(), sql, parameters());
    }

    /**
     * The parameters bound, the rows of a batch first, secret-looking values masked: a value whose column is
     * secret-looking, a value of unknown column in a statement on a table that has such a column, and every value of a
     * raw SQL statement whose text contains a secret-looking name.
     */
    private List<BoundParameter> parameters() {
        // Raw SQL names no table: its values are masked when its text names anything secret-looking.
        boolean secretTable = call.table() ? probe.secretTable(call.subject()) : SecretNames.isSecret(sql);
        List<BoundParameter> parameters = new ArrayList<>();
        for (@Nullable Object[] row : batch) {
            add(parameters, row, row.length - 1, secretTable);
        }
        if (batch.isEmpty() || boundSinceBatch) {
            add(parameters, values, bound, secretTable);
        }
        return parameters;
    }

    private void add(List<BoundParameter> parameters, @Nullable Object[] row, int count, boolean secretTable) {
        for (int i = 1; i <= count; i++) {
            String column = columns.isEmpty()
                    ? null
                    : columns.get((i - 1) % columns.size()).name();
            boolean masked = column != null ? SecretNames.isSecret(column) : secretTable;
            parameters.add(new BoundParameter(i, column, masked ? BoundParameter.MASK : row[i], masked));
        }
    }

    private void log(long nanos, long count, @Nullable Throwable error) {
        if (!Probe.SQL_LOG.isLoggable(System.Logger.Level.DEBUG)) {
            return;
        }
        boolean trace = Probe.SQL_LOG.isLoggable(System.Logger.Level.TRACE);
        StringBuilder line = new StringBuilder().append(call.operation().method());
        if (call.table()) {
            line.append(' ').append(call.subject()); // raw SQL's subject is its text, written next
        }
        line.append(": ")
                .append(sql.length() > MAX_LOGGED_SQL ? sql.substring(0, MAX_LOGGED_SQL) + "..." : sql)
                .append(" -- ");
        if (error != null) {
            line.append("failed")
                    .append(
                            error instanceof SQLException e && e.getSQLState() != null
                                    ? " (SQLState " + e.getSQLState() + ")"
                                    : "")
                    .append(' ');
        } else if (count >= 0) {
            line.append(count).append(count == 1 ? " row " : " rows ");
        }
        line.append("in ").append(Probe.millis(nanos));
        if (trace) {
            StatementEvent shown = event;
            List<BoundParameter> bound = shown != null ? shown.parameters() : parameters();
            // A log outlives the process and travels: of raw SQL, whose columns are unknown, no value is written.
            line.append(" -- parameters ").append(call.table() ? text(bound) : masked(bound));
        }
        Probe.SQL_LOG.log(trace ? System.Logger.Level.TRACE : System.Logger.Level.DEBUG, line.toString());
    }

    private static String masked(List<BoundParameter> parameters) {
        List<BoundParameter> all = new ArrayList<>(parameters.size());
        for (BoundParameter parameter : parameters) {
            all.add(new BoundParameter(parameter.index(), parameter.column(), BoundParameter.MASK, true));
        }
        return text(all);
    }

    private static String text(List<BoundParameter> parameters) {
        StringBuilder text = new StringBuilder("[");
        for (BoundParameter parameter : parameters) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(parameter.column() != null ? parameter.column() : "?" + parameter.index())
                    .append('=');
            Object value = parameter.value();
            if (parameter.redacted()) {
                text.append(BoundParameter.MASK);
            } else if (value == null) {
                text.append("NULL");
            } else if (value instanceof Number || value instanceof Boolean) {
                text.append(value);
            } else if (value instanceof byte[] bytes) {
                text.append('<').append(bytes.length).append(" bytes>");
            } else {
                String shown = value.toString();
                text.append('\'')
                        .append(
                                shown.length() > MAX_LOGGED_VALUE
                                        ? shown.substring(0, MAX_LOGGED_VALUE) + "..."
                                        : shown)
                        .append('\'');
            }
        }
        return text.append(']').toString();
    }
}
