package dev.ormdantic.internal.exec;

import dev.ormdantic.dialect.DynamicSql;
import dev.ormdantic.dialect.UnsupportedFeatureException;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.error.OptimisticLockException;
import dev.ormdantic.event.KeysEvent;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.jdbc.JdbcParams;
import dev.ormdantic.internal.observe.Listeners;
import dev.ormdantic.support.GeneratedTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The writes of a session's flush and of optimistic locking on one table: updates of only the changed columns (one
 * statement per set of changed columns, rendered once and cached), version-checked updates and deletes, and the
 * follow-up read of the version a failed check found. Rows with the same changed columns go to the database as one
 * JDBC batch; a version check that fails is traced to its row by the batch's update counts. Where the driver reports
 * no count per row ({@link Statement#SUCCESS_NO_INFO}), the batch is undone to a savepoint and its rows are written one
 * by one, and the table's later batches are sent one by one from then on.
 *
 * @param <T> the record type
 * @param <K> the key type
 */
public final class ChangeWriter<T extends Record, K> {

    /** The SQL of each set of changed columns, shared by the handles of one table. */
    private final Map<BitSet, String> updates;
    /** Whether the driver reports a count per batched row: unknown ({@code null}) until a batch has told. */
    private final AtomicReference<@Nullable Boolean> countsPerRow;

    private final JdbcTableHandle<T, K> handle;
    private final GeneratedTable<T, K> table;
    private final TableSpec spec;
    private final @Nullable String version;

    ChangeWriter(JdbcTableHandle<T, K> handle, Map<BitSet, String> updates, AtomicReference<@Nullable Boolean> counts) {
        this.handle = handle;
        this.table = handle.generated();
        this.spec = table.spec();
        this.version = table.versionColumn();
        this.updates = updates;
        this.countsPerRow = counts;
    }

    /**
     * Updates rows, each in the given columns only; with a version column, each row only where its version is the one
     * the record holds, raising it by one. Runs in the handle's scope (the session's transaction).
     *
     * @param rows the rows as they should be stored, each holding the version it was read at
     * @param columns for each row, the positions of its changed columns; an empty set writes only the version
     * @param operation the operation that names failures
     * @return the rows as stored: with the raised version
     * @throws OptimisticLockException for the first row whose version did not match
     */
    public List<T> update(List<T> rows, List<BitSet> columns, Operation operation) {
        if (rows.isEmpty()) {
            return rows;
        }
        Call call = handle.call(operation);
        return handle.scope().call(call, () -> {
            RowValidator.validate(table, call, rows, rows.size() > 1);
            Listeners listeners = handle.database().listeners();
            if (listeners != null) {
                handle.before(listeners, OrmdanticListener::beforeUpdate, rows);
            }
            handle.scope().withConnection(call, connection -> {
                int from = 0;
                while (from < rows.size()) {
                    int to = from + 1;
                    while (to < rows.size() && columns.get(to).equals(columns.get(from))) {
                        to++;
                    }
                    writeGroup(connection, call, rows.subList(from, to), columns.get(from));
                    from = to;
                }
                return Boolean.TRUE;
            });
            List<T> stored = new ArrayList<>(rows.size());
            for (T row : rows) {
                stored.add(version == null ? row : table.withVersion(row, table.version(row) + 1));
            }
            if (listeners != null) {
                handle.after(listeners, OrmdanticListener::afterUpdate, "afterUpdate", stored);
            }
            return stored;
        });
    }

    /**
     * Deletes rows by key; with a version column and {@code rows} given, only where the version is the one the record
     * holds.
     *
     * @param keys the keys
     * @param rows the records of the keys, for their versions, or {@code null} to delete by key alone
     * @param operation the operation that names failures
     * @throws OptimisticLockException for the first row whose version did not match
     */
    public void delete(List<K> keys, @Nullable List<T> rows, Operation operation) {
        if (keys.isEmpty()) {
            return;
        }
        Call call = handle.call(operation);
        String checked = rows == null ? null : version;
        handle.scope().call(call, () -> {
            Listeners listeners = handle.database().listeners();
            KeysEvent event = new KeysEvent(spec.name(), table.recordType(), keys);
            if (listeners != null) {
                listeners.before(listener -> listener.beforeDelete(event));
            }
            String sql = DynamicSql.deleteByKey(handle.database().dialect(), spec, checked);
            List<ColumnSpec> parameters = new ArrayList<>(keyColumns());
            if (checked != null) {
                parameters.add(spec.column(checked));
            }
            handle.scope().withConnection(call, connection -> {
                try (PreparedStatement ps = handle.database().prepare(connection, sql, call)) {
                    for (int i = 0; i < keys.size(); i++) {
                        JdbcParams params = params(ps, call, parameters);
                        table.bindKey(params, keys.get(i));
                        if (checked != null && rows != null) {
                            bindVersion(params, table.version(rows.get(i)));
                        }
                        if (keys.size() > 1) {
                            ps.addBatch();
                        }
                    }
                    int[] counts = keys.size() > 1
                            ? handle.database().sent(ps::executeBatch)
                            : new int[] {handle.database().executeUpdate(ps)};
                    if (checked != null && rows != null) {
                        check(connection, call, rows, counts);
                    }
                } catch (SQLException e) {
                    throw handle.database().errors().translate(e, call, null, null);
                }
                return Boolean.TRUE;
            });
            if (listeners != null) {
                listeners.after(listener -> listener.afterDelete(event), "afterDelete on " + spec.name());
            }
            return Boolean.TRUE;
        });
    }

    /**
     * The positions of the columns a full update writes: neither key, nor computed, nor the version.
     *
     * @param table the table
     * @return the positions in the table's columns
     */
    public static BitSet allColumns(GeneratedTable<?, ?> table) {
        BitSet columns = new BitSet();
        TableSpec spec = table.spec();
        List<ColumnSpec> all = spec.columns();
        for (int i = 0; i < all.size(); i++) {
            if (spec.updateColumns().contains(all.get(i)) && !all.get(i).name().equals(table.versionColumn())) {
                columns.set(i);
            }
        }
        return columns;
    }

    private List<ColumnSpec> keyColumns() {
        return spec.primaryKey().stream().map(spec::column).toList();
    }

    private JdbcParams params(PreparedStatement ps, Call call, List<ColumnSpec> parameters) {
        return new JdbcParams(ps, handle.database().codec(), call, parameters);
    }

    private void bindVersion(JdbcParams params, long value) {
        if (spec.column(requireVersion()).type().kind() == ColumnType.Kind.INT) {
            params.setInt(Math.toIntExact(value));
        } else {
            params.setLong(value);
        }
    }

    private String requireVersion() {
        if (version == null) {
            throw new IllegalStateException(spec.name() + " has no version column");
        }
        return version;
    }

    /** Writes rows that changed the same columns: one statement, or one batch. */
    private void writeGroup(Connection connection, Call call, List<T> rows, BitSet changed) throws SQLException {
        String sql = updates.computeIfAbsent(changed, this::render);
        List<ColumnSpec> parameters = new ArrayList<>();
        List<ColumnSpec> all = spec.columns();
        changed.stream().forEach(i -> parameters.add(all.get(i)));
        if (version != null) {
            parameters.add(spec.column(version));
        }
        parameters.addAll(keyColumns());
        if (version != null) {
            parameters.add(spec.column(version));
        }
        Boolean perRow = countsPerRow.get();
        boolean batch = rows.size() > 1 && (version == null || !Boolean.FALSE.equals(perRow));
        if (!batch) {
            for (T row : rows) {
                int[] counts = execute(connection, call, sql, parameters, List.of(row), changed, false);
                check(connection, call, List.of(row), counts);
            }
            return;
        }
        // Until the driver has shown it counts per row, a checked batch runs inside a savepoint it can be undone to.
        Savepoint savepoint = version != null && perRow == null ? connection.setSavepoint() : null;
        int[] counts;
        try {
            counts = execute(connection, call, sql, parameters, rows, changed, true);
        } catch (SQLException | RuntimeException e) {
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            throw e;
        }
        if (savepoint != null) {
            boolean known = true;
            for (int count : counts) {
                known &= count != Statement.SUCCESS_NO_INFO;
            }
            countsPerRow.compareAndSet(null, known);
            if (!known) {
                connection.rollback(savepoint);
                writeGroup(connection, call, rows, changed);
                return;
            }
            connection.releaseSavepoint(savepoint);
        }
        check(connection, call, rows, counts);
    }

    private int[] execute(
            Connection connection,
            Call call,
            String sql,
            List<ColumnSpec> parameters,
            List<T> rows,
            BitSet changed,
            boolean batch)
            throws SQLException {
        try (PreparedStatement ps = handle.database().prepare(connection, sql, call)) {
            for (T row : rows) {
                JdbcParams params = params(ps, call, parameters);
                table.bindColumns(params, row, changed);
                long expected = version == null ? 0 : table.version(row);
                if (version != null) {
                    bindVersion(params, expected + 1);
                }
                table.bindKey(params, table.key(row));
                if (version != null) {
                    bindVersion(params, expected);
                }
                if (batch) {
                    ps.addBatch();
                }
            }
            return batch
                    ? handle.database().sent(ps::executeBatch)
                    : new int[] {handle.database().executeUpdate(ps)};
        } catch (SQLException e) {
            K key = rows.size() == 1 ? table.key(rows.get(0)) : null;
            throw handle.database().errors().translate(e, call, key, key == null ? null : handle.keyText(key));
        }
    }

    private String render(BitSet changed) {
        List<String> names = new ArrayList<>();
        List<ColumnSpec> all = spec.columns();
        changed.stream().forEach(i -> names.add(all.get(i).name()));
        return DynamicSql.updateColumnsByKey(handle.database().dialect(), spec, names, version);
    }

    /** Fails for the first row that a version check did not find, reading the version it has now. */
    private void check(Connection connection, Call call, List<T> rows, int[] counts) throws SQLException {
        if (version == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (counts[i] == 0) {
                T row = rows.get(i);
                K key = table.key(row);
                throw new OptimisticLockException(
                        call.context(), handle.keyText(key), table.version(row), actual(connection, call, key));
            }
        }
    }

    /**
     * The version the row has now. Read with a lock where the database has one: a locking read sees the latest
     * committed version, where a plain one would see the transaction's snapshot (MySQL's and MariaDB's repeatable
     * read), which may still hold the version the update expected.
     */
    private @Nullable Long actual(Connection connection, Call call, K key) throws SQLException {
        String sql;
        try {
            sql = DynamicSql.selectByKey(
                    handle.database().dialect(),
                    spec,
                    new LockClause(LockClause.Mode.UPDATE, LockClause.OnLocked.WAIT));
        } catch (UnsupportedFeatureException e) {
            sql = DynamicSql.selectColumnByKey(handle.database().dialect(), spec, requireVersion());
        }
        try (PreparedStatement ps = handle.database().prepare(connection, sql, call)) {
            table.bindKey(params(ps, call, keyColumns()), key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(requireVersion()) : null;
            }
        }
    }
}
