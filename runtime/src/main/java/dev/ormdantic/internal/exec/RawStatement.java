package dev.ormdantic.internal.exec;

import dev.ormdantic.BlockingSqlStatement;
import dev.ormdantic.RowMapper;
import dev.ormdantic.SqlStatement;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.ErrorTranslator;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.SentStatement;
import dev.ormdantic.internal.jdbc.JdbcParams;
import dev.ormdantic.internal.jdbc.Placeholders;
import dev.ormdantic.internal.jdbc.SqlFailure;
import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A raw SQL statement and its bound values, run in a {@link Scope} (the database's pool, or a transaction's
 * connection) exactly as the table handles' statements are: prepared by {@link Database#prepare} (the SQL log, the
 * query timeout, SQLite's statement cache, a transaction's cancellation), bound by {@link JdbcParams} through the
 * dialect's codec, executed through {@link Database#sent} and translated by the {@link ErrorTranslator}, with the bound
 * values hidden from its messages. Every statement reaches the database through {@link #run} or, for a stream,
 * {@link RowStream}.
 *
 * <p>Immutable: binding makes a new statement.
 */
public final class RawStatement implements BlockingSqlStatement {

    /** A placeholder without a value. */
    private static final Object UNSET = new Object();

    /** The longest SQL shown in messages and logs. */
    private static final int MAX_SHOWN_SQL = 1_000;

    /** Numbers shorter than this are not hidden in messages: masking every "1" would mangle the message. */
    private static final int SHORTEST_HIDDEN_NUMBER = 4;

    private final Database db;
    private final Scope scope;
    private final String sql;
    private final String shown;
    private final int parameterCount;
    private final @Nullable Object[] values;

    private RawStatement(Database db, Scope scope, String sql, String shown, int count, @Nullable Object[] values) {
        this.db = db;
        this.scope = scope;
        this.sql = sql;
        this.shown = shown;
        this.parameterCount = count;
        this.values = values;
    }

    /**
     * A statement without values, its placeholders counted.
     *
     * @param db the database
     * @param scope where it runs
     * @param sql the SQL
     * @return the statement
     */
    public static RawStatement of(Database db, Scope scope, String sql) {
        Objects.requireNonNull(sql, "sql");
        int count = Placeholders.count(sql, db.dialect().id());
        String shown = sql.strip();
        if (shown.length() > MAX_SHOWN_SQL) {
            shown = shown.substring(0, MAX_SHOWN_SQL) + "...";
        }
        @Nullable Object[] unset = new Object[count];
        Arrays.fill(unset, UNSET);
        return new RawStatement(db, scope, sql, shown, count, unset);
    }

    @Override
    public SqlStatement async() {
        return new AsyncRawStatement(this);
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public int parameterCount() {
        return parameterCount;
    }

    Call call(Operation operation) {
        return new Call(operation, shown, false, db.dialect().name());
    }

    Scope scope() {
        return scope;
    }

    @Override
    public RawStatement bind(@Nullable Object... values) {
        Objects.requireNonNull(values, "values (to bind one NULL, write bind((Object) null))");
        Call call = call(Operation.SQL_BIND);
        if (values.length != parameterCount) {
            throw countMismatch(call, values.length, null);
        }
        for (int i = 0; i < values.length; i++) {
            requireBindable(call, values[i], String.valueOf(i + 1));
        }
        return new RawStatement(db, scope, sql, shown, parameterCount, values.clone());
    }

    @Override
    public RawStatement bind(int position, @Nullable Object value) {
        Call call = call(Operation.SQL_BIND);
        if (position < 1 || position > parameterCount) {
            throw new InvalidArgumentException(
                    ErrorCode.PARAMETER_COUNT_MISMATCH,
                    call.context(),
                    call.failed() + ": there is no placeholder " + position + "; the statement has " + placeholders()
                            + "; nothing was sent",
                    parameterCount == 0
                            ? "run it without binding, or add the ? placeholders the values are for"
                            : "bind positions 1 to " + parameterCount + "; a ? inside a string literal, a quoted"
                                    + " identifier or a comment is not a placeholder",
                    null);
        }
        requireBindable(call, value, String.valueOf(position));
        @Nullable Object[] copy = values.clone();
        copy[position - 1] = value;
        return new RawStatement(db, scope, sql, shown, parameterCount, copy);
    }

    private static void requireBindable(Call call, @Nullable Object value, String position) {
        if (!JdbcParams.bindable(value)) {
            throw JdbcParams.unbindable(Objects.requireNonNull(value), position, call);
        }
    }

    private String placeholders() {
        return parameterCount == 1 ? "1 placeholder (?)" : parameterCount + " placeholders (?)";
    }

    private InvalidArgumentException countMismatch(Call call, int given, @Nullable Integer row) {
        return new InvalidArgumentException(
                ErrorCode.PARAMETER_COUNT_MISMATCH,
                call.context(),
                call.failed() + ": the statement has " + placeholders() + " but "
                        + (row == null ? "" : "row " + row + " of the batch has ") + given
                        + (given == 1 ? " value was" : " values were") + " given"
                        + (row == null ? "" : " in it") + "; nothing was sent",
                "give one value per ? placeholder, in order; a ? inside a string literal, a quoted identifier or a"
                        + " comment is not a placeholder"
                        + (db.dialect().id() == dev.ormdantic.dialect.DialectId.POSTGRESQL
                                ? ", and PostgreSQL's JSON operators ?, ?| and ?& are written ??, ??| and ??&"
                                : ""),
                null);
    }

    /** Fails, before anything is sent, when a placeholder has no value. */
    private void requireAllBound(Call call) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == UNSET) {
                missing.add(i + 1);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        throw new InvalidArgumentException(
                ErrorCode.PARAMETER_COUNT_MISMATCH,
                call.context(),
                call.failed() + ": the statement has " + placeholders() + " and "
                        + (missing.size() == parameterCount
                                ? "no value was bound"
                                : (missing.size() == 1 ? "placeholder " : "placeholders ") + missing + " have no value")
                        + "; nothing was sent",
                "bind every placeholder first: bind(a, b, ...) or bind(position, value)",
                null);
    }

    private boolean anyBound() {
        for (Object value : values) {
            if (value != UNSET) {
                return true;
            }
        }
        return false;
    }

    // ---- running

    /** Work on the prepared statement. */
    @FunctionalInterface
    private interface StatementWork<R> {
        R run(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs work on this statement, prepared on the scope's connection: the one way raw SQL reaches the database, so
     * that whatever watches statements there sees raw SQL too.
     *
     * @param call the operation
     * @param atomic whether the work runs in a transaction of its own (a savepoint inside the scope's transaction)
     * @param shownValues the values to hide from messages
     * @param work the work
     */
    private <R> R run(Call call, boolean atomic, List<@Nullable Object> shownValues, StatementWork<R> work) {
        return scope.call(call, () -> {
            Database.SqlWork<R> onConnection = connection -> {
                try (PreparedStatement statement = db.prepare(connection, sql, call)) {
                    return work.run(statement);
                } catch (SQLException e) {
                    throw translate(e, call, shownValues);
                } catch (SqlFailure e) {
                    throw translate(e.sqlException(), call, shownValues);
                }
            };
            return atomic ? scope.inTransaction(call, onConnection) : scope.withConnection(call, onConnection);
        });
    }

    private void bindValues(PreparedStatement statement, Call call, @Nullable Object[] row) {
        JdbcParams params = new JdbcParams(statement, db.codec(), call);
        for (Object value : row) {
            params.setValue(value);
        }
    }

    /**
     * The driver's exception as the caller sees it: translated as the table handles' are, the bound values hidden, and
     * a batch's failure by the statement that failed (the driver's batch exception may quote every row).
     */
    OrmdanticException translate(SQLException thrown, Call call, List<@Nullable Object> shownValues) {
        boolean sent = thrown instanceof SentStatement;
        SQLException driver = thrown instanceof SentStatement marked ? marked.driver() : thrown;
        if (driver instanceof BatchUpdateException batch) {
            SQLException cause = batch.getNextException() != null
                    ? batch.getNextException()
                    : batch.getCause() instanceof SQLException inner ? inner : null;
            if (cause != null) {
                driver = cause;
            }
        }
        List<String> hidden = hiddenTexts(shownValues);
        ErrorTranslator errors = hidden.isEmpty() ? db.errors() : db.errors().hidingValues(hidden);
        return errors.translate(sent ? new SentStatement(driver) : driver, call, null, null);
    }

    private static List<String> hiddenTexts(List<@Nullable Object> shownValues) {
        List<String> texts = new ArrayList<>();
        for (Object value : shownValues) {
            if (value == null || value == UNSET || value instanceof Boolean || value instanceof byte[]) {
                continue;
            }
            String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
            if (value instanceof Number && text.length() < SHORTEST_HIDDEN_NUMBER) {
                continue;
            }
            texts.add(text);
            // MySQL's and MariaDB's drivers bind in the client, escaping quotes and backslashes.
            String escaped = text.replace("\\", "\\\\").replace("'", "\\'");
            if (!escaped.equals(text)) {
                texts.add(escaped);
            }
            if (text.indexOf('\'') >= 0) {
                texts.add(text.replace("'", "''"));
            }
        }
        return texts;
    }

    private List<@Nullable Object> valueList() {
        return Arrays.asList(values);
    }

    @Override
    public <R> List<R> query(RowMapper<R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        Call call = call(Operation.SQL_QUERY);
        requireAllBound(call);
        return run(call, false, valueList(), statement -> {
            bindValues(statement, call, values);
            List<R> rows = new ArrayList<>();
            try (ResultSet rs = db.sent(statement::executeQuery)) {
                RawRow row = new RawRow(rs, db.codec(), call);
                while (rs.next()) {
                    rows.add(map(row, mapper));
                }
            }
            return Collections.unmodifiableList(rows);
        });
    }

    @Override
    public <R> Optional<R> queryOne(RowMapper<R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        Call call = call(Operation.SQL_QUERY_ONE);
        requireAllBound(call);
        return run(call, false, valueList(), statement -> {
            bindValues(statement, call, values);
            try (ResultSet rs = db.sent(statement::executeQuery)) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                R value = map(new RawRow(rs, db.codec(), call), mapper);
                if (rs.next()) {
                    throw new QueryException(
                            ErrorCode.MORE_THAN_ONE_ROW,
                            call.context(),
                            call.failed() + ": the result has more than one row, so there is no one row to return",
                            "make the statement select at most one row (a WHERE on a key, LIMIT 1), or read every row"
                                    + " with query(mapper)",
                            null);
                }
                if (value == null) {
                    throw new NullPointerException("the row mapper of queryOne returned null; return a value, or use"
                            + " query(mapper), whose list keeps nulls");
                }
                return Optional.of(value);
            }
        });
    }

    private static <R> R map(RawRow row, RowMapper<R> mapper) {
        row.enter();
        try {
            return mapper.map(row);
        } finally {
            row.leave();
        }
    }

    @Override
    public <R> Stream<R> stream(RowMapper<R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        Call call = call(Operation.SQL_STREAM);
        requireAllBound(call);
        if (db.isClosed()) {
            scope.call(call, () -> null); // the same error as every other call on a closed database
        }
        List<@Nullable Object> shownValues = valueList();
        return RowStream.open(
                db,
                scope,
                call,
                connection -> {
                    PreparedStatement statement = db.prepare(connection, sql, call);
                    try {
                        bindValues(statement, call, values);
                    } catch (SqlFailure e) {
                        statement.close();
                        throw translate(e.sqlException(), call, shownValues);
                    } catch (RuntimeException e) {
                        statement.close();
                        throw e;
                    }
                    return statement;
                },
                row -> {
                    try {
                        return map(row, mapper);
                    } catch (SqlFailure e) {
                        throw translate(e.sqlException(), call, shownValues);
                    }
                },
                rs -> new RawRow(rs, db.codec(), call),
                e -> translate(new SentStatement(e), call, shownValues),
                null);
    }

    @Override
    public long execute() {
        Call call = call(Operation.SQL_EXECUTE);
        requireAllBound(call);
        return run(call, false, valueList(), statement -> {
            bindValues(statement, call, values);
            return (long) db.executeUpdate(statement);
        });
    }

    @Override
    public int[] batch(List<? extends List<?>> rows) {
        Objects.requireNonNull(rows, "rows");
        Call call = call(Operation.SQL_BATCH);
        if (anyBound()) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT,
                    call.context(),
                    call.failed() + ": the statement has values bound, which a batch would not use; nothing was sent",
                    "call batch(rows) on the statement without bind(...): each row brings its own values",
                    null);
        }
        // Copied and checked whole before anything is sent: the caller may change its lists once the call returns.
        List<@Nullable Object[]> copies = new ArrayList<>(rows.size());
        List<@Nullable Object> shownValues = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = Objects.requireNonNull(rows.get(r), "rows[" + r + "]");
            @Nullable Object[] copy = row.toArray();
            if (copy.length != parameterCount) {
                throw countMismatch(call, copy.length, r);
            }
            for (int i = 0; i < copy.length; i++) {
                requireBindable(call, copy[i], (i + 1) + " of row " + r);
            }
            copies.add(copy);
            Collections.addAll(shownValues, copy);
        }
        if (copies.isEmpty()) {
            return new int[0];
        }
        return run(call, true, shownValues, statement -> {
            int[] counts = new int[copies.size()];
            int done = 0;
            for (int from = 0; from < copies.size(); from += Batches.MAX_ROWS_PER_STATEMENT) {
                int to = Math.min(copies.size(), from + Batches.MAX_ROWS_PER_STATEMENT);
                for (@Nullable Object[] row : copies.subList(from, to)) {
                    bindValues(statement, call, row);
                    statement.addBatch();
                }
                int[] chunk = db.sent(statement::executeBatch);
                System.arraycopy(chunk, 0, counts, done, Math.min(chunk.length, counts.length - done));
                done += to - from;
            }
            return counts;
        });
    }

    @Override
    public String toString() {
        return "SqlStatement[" + shown + "]";
    }
}
