package dev.ormdantic.internal.exec;

import dev.ormdantic.dialect.Capabilities;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DynamicSql;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.jdbc.JdbcParams;
import dev.ormdantic.internal.jdbc.JdbcRow;
import dev.ormdantic.support.GeneratedTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts rows into a table with generated columns (identity, server default, computed, sequence) and returns them
 * as stored, in the order given: the values come back with the insert ({@code RETURNING}, {@code OUTPUT INSERTED}),
 * through the driver's generated keys (Oracle, one row per statement), or, where neither returns them all (MySQL), by
 * a select of the new rows on the same connection, inside the caller's transaction.
 *
 * @param <T> the record type
 * @param <K> the key type
 */
final class GeneratedInserts<T extends Record, K> {

    private final Database db;
    private final GeneratedTable<T, K> table;
    private final TableSpec spec;
    private final TableStatements statements;
    private final List<ColumnSpec> generated;
    /** The columns an insert binds, in order. */
    private final List<ColumnSpec> inserted;

    GeneratedInserts(Database db, GeneratedTable<T, K> table, TableStatements statements) {
        this.db = db;
        this.table = table;
        this.spec = table.spec();
        this.statements = statements;
        this.generated = spec.generatedColumns();
        this.inserted = spec.insertColumns();
    }

    /** Whether the table has generated columns, so that an insert must read values back. */
    boolean needed() {
        return !generated.isEmpty();
    }

    /**
     * Whether a batch insert must run in a transaction of its own even for one row: where the values are read by a
     * second statement.
     */
    boolean readsAfterInsert() {
        return db.dialect().capabilities().generatedKeys() == Capabilities.GeneratedKeys.JDBC
                && !oneRowPerStatement(statements.insert());
    }

    /**
     * Inserts rows with one statement (or one per row where the shape says so) and returns them as stored.
     *
     * @throws SQLException from the driver, for the caller to translate
     */
    List<T> insert(Connection connection, Call call, List<T> rows) throws SQLException {
        StatementShape shape = statements.insert();
        return switch (db.dialect().capabilities().generatedKeys()) {
            case RETURNING, OUTPUT -> returning(connection, call, shape.render(rows.size()), rows);
            case JDBC ->
                oneRowPerStatement(shape)
                        ? driverKeysPerRow(connection, call, shape.render(1), rows)
                        : insertThenSelect(connection, call, shape.render(rows.size()), rows);
        };
    }

    /** A shape with no separator writes one row per statement (Oracle's insert that reads keys back). */
    static boolean oneRowPerStatement(StatementShape shape) {
        return shape.separator().isEmpty();
    }

    private List<T> returning(Connection connection, Call call, String sql, List<T> rows) throws SQLException {
        try (PreparedStatement ps = db.prepare(connection, sql, call)) {
            bind(ps, call, rows);
            List<T> stored = new ArrayList<>(rows.size());
            db.sent(() -> {
                try (ResultSet rs = ps.executeQuery()) {
                    JdbcRow values = new JdbcRow(rs, db.codec(), generated, call);
                    while (rs.next() && stored.size() < rows.size()) {
                        stored.add(table.withGenerated(rows.get(stored.size()), values));
                    }
                }
                return stored;
            });
            return requireAll(stored, rows, call);
        }
    }

    private List<T> driverKeysPerRow(Connection connection, Call call, String sql, List<T> rows) throws SQLException {
        List<String> names = generated.stream().map(ColumnSpec::name).toList();
        List<T> stored = new ArrayList<>(rows.size());
        try (PreparedStatement ps = db.prepareReturningKeys(connection, sql, call, names)) {
            for (T row : rows) {
                ps.clearParameters();
                bind(ps, call, List.of(row));
                db.sent(() -> {
                    ps.executeUpdate();
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        if (rs.next()) {
                            stored.add(table.withGenerated(row, new JdbcRow(rs, db.codec(), generated, call)));
                        }
                    }
                    return stored;
                });
            }
        }
        return requireAll(stored, rows, call);
    }

    /**
     * MySQL returns only the auto-increment key, so the new rows are selected back: by the generated keys, which
     * MySQL hands out consecutively in row order for one multi-row insert, or else by the keys the rows hold.
     */
    private List<T> insertThenSelect(Connection connection, Call call, String sql, List<T> rows) throws SQLException {
        ColumnSpec identity = spec.identityColumn();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareReturningKeys(connection, sql, call, List.of())) {
            bind(ps, call, rows);
            db.executeUpdate(ps);
            if (identity != null) {
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        if (identity == null) {
            List<T> stored = new ArrayList<>(rows.size());
            for (T row : rows) {
                stored.addAll(selectByKey(connection, call, table.key(row)));
            }
            return requireAll(stored, rows, call);
        }
        List<Expr> keys = new ArrayList<>();
        for (Long id : ids) {
            keys.add(new Expr.Param(
                    identity.type().kind() == ColumnType.Kind.INT ? id.intValue() : id, identity.type()));
        }
        Dialect dialect = db.dialect();
        RenderedSql select =
                dialect.select(spec, new Expr.In(new Expr.Column(identity.name()), keys, false), List.of(), 0, 0);
        Map<Long, T> byId = new HashMap<>();
        for (T found : query(connection, call, select.sql(), params -> {
            for (Expr.Param param : select.params()) {
                params.setParam(DynamicSql.bindable(dialect, param));
            }
        })) {
            byId.put(((Number) table.key(found)).longValue(), found);
        }
        List<T> stored = new ArrayList<>(rows.size());
        for (Long id : ids) {
            T found = byId.get(id);
            if (found != null) {
                stored.add(found);
            }
        }
        return requireAll(stored, rows, call);
    }

    private List<T> selectByKey(Connection connection, Call call, K key) throws SQLException {
        return query(connection, call, statements.selectByKey(), params -> table.bindKey(params, key));
    }

    private interface Binder {
        void bind(JdbcParams params);
    }

    private List<T> query(Connection connection, Call call, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = db.prepare(connection, sql, call)) {
            binder.bind(new JdbcParams(ps, db.codec(), call));
            List<T> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                JdbcRow row = new JdbcRow(rs, db.codec(), spec.columns(), call);
                while (rs.next()) {
                    found.add(table.read(row));
                }
            }
            return found;
        }
    }

    private void bind(PreparedStatement ps, Call call, List<T> rows) {
        JdbcParams params = new JdbcParams(ps, db.codec(), call, inserted);
        for (T row : rows) {
            table.bindInsert(params, row);
        }
    }

    /** Every row must come back; a driver that returned fewer is an error to report, not a silent loss of keys. */
    private static <T> List<T> requireAll(List<T> stored, List<T> rows, Call call) {
        if (stored.size() != rows.size()) {
            throw new QueryException(
                    ErrorCode.GENERATED_VALUES_MISSING,
                    call.context(),
                    call.failed() + ": the database returned the generated values of " + stored.size() + " of "
                            + rows.size() + " inserted rows",
                    "check that no trigger or rule changes the rows an insert returns, and report it with the driver"
                            + " version",
                    null);
        }
        return stored;
    }
}
