package dev.ormdantic.internal.exec;

import dev.ormdantic.Page;
import dev.ormdantic.Seek;
import dev.ormdantic.dialect.DynamicSql;
import dev.ormdantic.dialect.UnsupportedFeatureException;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.Cte;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.Shape;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.jdbc.ColumnValues;
import dev.ormdantic.internal.jdbc.FilterValues;
import dev.ormdantic.internal.jdbc.JdbcParams;
import dev.ormdantic.internal.jdbc.JdbcRow;
import dev.ormdantic.internal.observe.Listeners;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.query.Assignment;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.ResultRow;
import dev.ormdantic.query.RowQuery;
import dev.ormdantic.support.GeneratedTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The query-language operations of one table, behind {@link JdbcTableHandle}: statements rendered at run time once
 * per query shape (filtered selects, keyset pages, set-based updates and deletes, projection queries) and streams.
 *
 * @param <T> the record type
 * @param <K> the key type
 */
final class TableQueries<T extends Record, K> {

    private static final ColumnType PAGING_TYPE = ColumnType.of(ColumnType.Kind.LONG);
    /** The common table expression of {@link #firstPerGroup}, and its rank column. */
    private static final String RANKED = "ormdantic_ranked";

    private static final String RANK = "ormdantic_rank";

    private final Database db;
    private final Scope scope;
    private final GeneratedTable<T, K> table;
    private final TableSpec spec;
    private final Function<Operation, Call> calls;
    private final RenderCache cache;

    TableQueries(Database db, Scope scope, GeneratedTable<T, K> table, Function<Operation, Call> calls) {
        this(db, scope, table, calls, new RenderCache());
    }

    private TableQueries(
            Database db, Scope scope, GeneratedTable<T, K> table, Function<Operation, Call> calls, RenderCache cache) {
        this.db = db;
        this.scope = scope;
        this.table = table;
        this.spec = table.spec();
        this.calls = calls;
        this.cache = cache;
    }

    /** The same queries running in another scope, sharing the rendered statements. */
    TableQueries<T, K> in(Scope other) {
        return new TableQueries<>(db, other, table, calls, cache);
    }

    /** How many statements were rendered. */
    long renderCount() {
        return cache.renders();
    }

    /** A statement of a shape without ordering or paging, rendered when it is not cached. */
    RenderedSql cached(String statement, Object shape, Supplier<RenderedSql> render) {
        return cache.get(new ShapeKey(statement, shape, List.of(), false, false), render);
    }

    /** A select rendered once per shape of filter, ordering and paging; the values are filled in per call. */
    RenderedSql cachedSelect(Call call, Expr where, List<SortItem> orderBy, long limit, long offset) {
        return cachedSelect(call, where, orderBy, limit, offset, null);
    }

    /**
     * A select rendered once per shape of filter, ordering, paging and row lock; the values are filled in per call.
     */
    RenderedSql cachedSelect(
            Call call, Expr where, List<SortItem> orderBy, long limit, long offset, @Nullable LockClause lock) {
        FilterValues.checkFilter(where, db.codec().limits(), call);
        Shape<Expr> shape = Shape.of(where);
        List<Object> values = new ArrayList<>(shape.values());
        Expr.Param limitParam = limit > 0 ? slot(values, limit) : null;
        Expr.Param offsetParam = offset > 0 ? slot(values, offset) : null;
        RenderedSql template = cache.get(
                new ShapeKey(lock == null ? "select" : "select " + lock, shape.node(), orderBy, limit > 0, offset > 0),
                () -> lock == null
                        ? DynamicSql.selectSorted(db.dialect(), spec, shape.node(), orderBy, limitParam, offsetParam)
                        : DynamicSql.selectSorted(
                                db.dialect(), spec, shape.node(), orderBy, limitParam, offsetParam, lock));
        return new Shape<>(shape.node(), values).fill(template);
    }

    /**
     * The first rows of each group, ranked in the database:
     * {@code WITH ormdantic_ranked AS (SELECT cols, ROW_NUMBER() OVER (PARTITION BY group ORDER BY order) AS
     * ormdantic_rank FROM table WHERE filter) SELECT cols FROM ormdantic_ranked WHERE ormdantic_rank <= ? ORDER BY
     * group, order}. Not cached: its shape follows the loader's batch.
     */
    RenderedSql firstPerGroup(Call call, Filter<T> filter, OrderBy<T> orderBy, Column<T, ?> group, int perGroup) {
        Expr where = QueryTrees.where(filter);
        FilterValues.checkFilter(where, db.codec().limits(), call);
        return DynamicSql.select(
                db.dialect(), firstPerGroup(spec, where, QueryTrees.order(orderBy), group.name(), perGroup), spec);
    }

    /** The select of {@link #firstPerGroup(Call, Filter, OrderBy, Column, int)}, before rendering. */
    static Select firstPerGroup(TableSpec spec, Expr where, List<SortItem> order, String group, int perGroup) {
        List<Projection> columns = new ArrayList<>();
        for (ColumnSpec column : spec.columns()) {
            columns.add(new Projection(new Expr.Column(column.name(), null), null));
        }
        Expr.Column grouping = new Expr.Column(group, null);
        List<Projection> ranked = new ArrayList<>(columns);
        ranked.add(new Projection(
                new Expr.Window(new Expr.RankingCall(Expr.Ranking.ROW_NUMBER), List.of(grouping), order), RANK));
        Select inner = new Select(
                List.of(), false, ranked, spec.name(), null, where, List.of(), null, List.of(), 0, 0, spec.schema());
        List<SortItem> outerOrder = new ArrayList<>();
        outerOrder.add(new SortItem(grouping, false, OrderItem.Nulls.DEFAULT));
        outerOrder.addAll(order);
        return new Select(
                List.of(new Cte(RANKED, List.of(), List.of(inner), false)),
                false,
                columns,
                RANKED,
                null,
                new Expr.Compare(
                        new Expr.Column(RANK, null), Expr.CompareOp.LE, new Expr.Param((long) perGroup, PAGING_TYPE)),
                List.of(),
                null,
                outerOrder,
                0,
                0);
    }

    private static Expr.Param slot(List<Object> values, long value) {
        values.add(value);
        return new Expr.Param(new Shape.Slot(values.size() - 1), PAGING_TYPE);
    }

    /**
     * The cache key of a rendered statement.
     *
     * @param statement which statement
     * @param shape the shape of its expressions
     * @param orderBy its ordering
     * @param limited whether it has a limit
     * @param offset whether it has an offset
     */
    private record ShapeKey(String statement, Object shape, List<SortItem> orderBy, boolean limited, boolean offset) {}

    /**
     * A set-based update: {@code updateWhere} with its filter, or {@code updateAll}, which alone may write every row.
     */
    long update(Operation operation, Filter<T> filter, List<Assignment<T>> assignments) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(assignments, "assignments");
        Call call = calls.apply(operation);
        requireFilter(call, filter);
        if (assignments.isEmpty()) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT,
                    call.context(),
                    call.failed() + ": no assignment was given",
                    "pass at least one, such as RATING.set(5)",
                    null);
        }
        // One tree holds the filter and the assigned values, so that one shape covers both.
        FilterValues.checkFilter(QueryTrees.where(filter), db.codec().limits(), call);
        List<Expr> parts = new ArrayList<>();
        parts.add(QueryTrees.where(filter));
        List<String> columns = new ArrayList<>();
        for (Assignment<T> assignment : assignments) {
            Objects.requireNonNull(assignment, "assignment");
            if (columns.contains(assignment.column())) {
                throw new InvalidArgumentException(
                        ErrorCode.INVALID_ARGUMENT,
                        call.context(),
                        call.failed() + ": column '" + assignment.column() + "' is assigned twice",
                        "assign each column once",
                        null);
            }
            columns.add(assignment.column());
            Expr value = QueryTrees.access().value(assignment);
            FilterValues.checkAssigned(assignment.column(), value, db.codec().limits(), call);
            parts.add(value);
        }
        String version = table.versionColumn();
        if (version != null && !columns.contains(version)) {
            // A bulk update raises the version of every row it changes, so that a session holding one fails its check.
            columns.add(version);
            parts.add(new Expr.Arithmetic(
                    new Expr.Column(version),
                    Expr.ArithmeticOp.PLUS,
                    new Expr.Param(
                            spec.column(version).type().kind() == ColumnType.Kind.INT ? (Object) 1 : (Object) 1L,
                            spec.column(version).type(),
                            false)));
        }
        RenderedSql update = render(call, () -> {
            Shape<Expr> shape = Shape.of(new Expr.And(parts));
            List<Expr> shaped = ((Expr.And) shape.node()).terms();
            return shape.fill(cache.get(
                    new ShapeKey("update:" + columns, shape.node(), List.of(), false, false), () -> {
                        Map<String, Expr> set = new LinkedHashMap<>();
                        for (int i = 0; i < columns.size(); i++) {
                            set.put(columns.get(i), shaped.get(i + 1));
                        }
                        return DynamicSql.update(db.dialect(), spec, set, shaped.get(0));
                    }));
        });
        return scope.call(call, () -> execute(call, update));
    }

    /** A set-based delete: {@code deleteWhere} with its filter, or {@code deleteAll}, which alone may empty the table. */
    long delete(Operation operation, Filter<T> filter) {
        Objects.requireNonNull(filter, "filter");
        Call call = calls.apply(operation);
        requireFilter(call, filter);
        FilterValues.checkFilter(QueryTrees.where(filter), db.codec().limits(), call);
        RenderedSql delete = render(call, () -> {
            Shape<Expr> shape = Shape.of(QueryTrees.where(filter));
            return shape.fill(cache.get(
                    new ShapeKey("delete", shape.node(), List.of(), false, false),
                    () -> DynamicSql.delete(db.dialect(), spec, shape.node())));
        });
        return scope.call(call, () -> execute(call, delete));
    }

    /**
     * A set-based write by filter must say which rows: a filter that matches every row, the empty one or one that
     * reduces to "always true" (an empty {@code notIn}, an {@code or} with such a branch, ...), is refused; writing
     * every row is {@code updateAll}/{@code deleteAll}, a call of its own.
     */
    private static void requireFilter(Call call, Filter<?> filter) {
        Operation operation = call.operation();
        if (operation != Operation.UPDATE_ALL && operation != Operation.DELETE_ALL && filter.matchesEveryRow()) {
            String all = operation == Operation.UPDATE_WHERE ? "updateAll(assignments)" : "deleteAll()";
            throw new InvalidArgumentException(
                    ErrorCode.FILTER_REQUIRED,
                    call.context(),
                    call.failed() + ": the filter matches every row"
                            + (filter.isEmpty()
                                    ? ""
                                    : " (it reduces to always true: an empty notIn list, an or with such a branch,"
                                            + " the not of a filter that matches nothing)")
                            + ", which a filtered write refuses",
                    "pass a filter that names the rows, or call " + all + " to write every row of the table",
                    null);
        }
    }

    private long execute(Call call, RenderedSql statement) {
        return scope.withConnection(call, connection -> {
            try (PreparedStatement ps = db.prepare(connection, statement.sql(), call)) {
                bindAll(new JdbcParams(ps, db.codec(), call), statement);
                return (long) db.executeUpdate(ps);
            }
        });
    }

    Page<T> findPage(Filter<T> filter, OrderBy<T> orderBy, Seek seek) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(orderBy, "orderBy");
        Objects.requireNonNull(seek, "seek");
        Call call = calls.apply(Operation.FIND_PAGE);
        int pageSize = seek.limit(); // at least 1: a Seek is checked when it is made
        @Nullable String cursor = seek.cursor();
        Keyset keyset = render(call, () -> Keyset.plan(spec, QueryTrees.order(orderBy), call));
        Expr where = QueryTrees.where(filter);
        if (cursor != null) {
            where = new Expr.And(List.of(where, keyset.after(keyset.decode(cursor, call))));
        }
        Expr finalWhere = where;
        RenderedSql select = render(call, () -> cachedSelect(call, finalWhere, keyset.order(), pageSize + 1L, 0));
        List<Integer> indexes = new ArrayList<>();
        for (ColumnSpec column : keyset.columns()) {
            indexes.add(spec.columns().indexOf(column) + 1);
        }
        return scope.call(
                call,
                () -> scope.withConnection(call, connection -> {
                    try (PreparedStatement ps = db.prepare(connection, select.sql(), call)) {
                        bindAll(new JdbcParams(ps, db.codec(), call), select);
                        List<T> rows = new ArrayList<>();
                        List<@Nullable Object> last = new ArrayList<>();
                        boolean more = false;
                        try (ResultSet rs = ps.executeQuery()) {
                            JdbcRow row = new JdbcRow(rs, db.codec(), spec.columns(), call);
                            while (rs.next()) {
                                if (rows.size() == pageSize) {
                                    more = true;
                                    break;
                                }
                                rows.add(table.read(row));
                                if (rows.size() == pageSize) {
                                    for (int i = 0; i < indexes.size(); i++) {
                                        last.add(ColumnValues.read(
                                                row,
                                                indexes.get(i),
                                                keyset.columns().get(i)));
                                    }
                                }
                            }
                        }
                        Listeners listeners = db.listeners();
                        if (listeners != null) {
                            listeners.hydrated(call.operation().method(), spec.name(), table.recordType(), rows.size());
                        }
                        return new Page<>(rows, more ? keyset.encode(last) : null);
                    }
                }));
    }

    Stream<T> stream(Filter<T> filter, OrderBy<T> orderBy) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(orderBy, "orderBy");
        Call call = calls.apply(Operation.STREAM);
        if (db.isClosed()) {
            // The same error as every other call on a closed database.
            scope.call(call, () -> null);
        }
        RenderedSql select =
                render(call, () -> cachedSelect(call, QueryTrees.where(filter), QueryTrees.order(orderBy), 0, 0));
        return RowStream.open(
                db,
                scope,
                call,
                connection -> {
                    PreparedStatement ps = db.prepare(connection, select.sql(), call);
                    try {
                        bindAll(new JdbcParams(ps, db.codec(), call), select);
                    } catch (RuntimeException e) {
                        ps.close();
                        throw e;
                    }
                    return ps;
                },
                table::read,
                rs -> new JdbcRow(rs, db.codec(), spec.columns(), call),
                table.recordType());
    }

    <R> List<R> select(Query<T> query, Function<ResultRow, R> mapper) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(mapper, "mapper");
        return run(query, (rs, kinds, call) -> {
            ResultSetMetaData meta = rs.getMetaData();
            int width = meta.getColumnCount();
            String[] labels = new String[width];
            for (int i = 1; i <= width; i++) {
                // interned: a name written in code is then the same instance, which String.equals checks first
                labels[i - 1] = meta.getColumnLabel(i).toLowerCase(Locale.ROOT).intern();
            }
            List<String> columns = List.of(labels); // shared by every row, never copied
            List<R> rows = new ArrayList<>();
            @Nullable Object[] values = new Object[width];
            while (rs.next()) {
                for (int i = 1; i <= width; i++) {
                    values[i - 1] = readProjected(rs, i, i <= kinds.length ? kinds[i - 1] : null);
                }
                rows.add(mapper.apply(ResultRow.of(columns, values)));
            }
            return rows;
        });
    }

    /** A typed projection: each value is read as its operand's type says, as the columns of records are. */
    <R> List<R> select(RowQuery<T, R> query) {
        Objects.requireNonNull(query, "query");
        QueryTrees.Access trees = QueryTrees.access();
        List<ColumnSpec> columns = new ArrayList<>();
        for (ColumnType type : trees.types(query)) {
            columns.add(new ColumnSpec("value" + (columns.size() + 1), type, true));
        }
        return run(trees.query(query), (rs, kinds, call) -> {
            JdbcRow row = new JdbcRow(rs, db.codec(), columns, call);
            List<R> rows = new ArrayList<>();
            while (rs.next()) {
                @Nullable Object[] values = new Object[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ColumnValues.read(row, i + 1, columns.get(i));
                }
                rows.add(trees.row(query, values));
            }
            return rows;
        });
    }

    /** How the rows of a projection query are read. */
    @FunctionalInterface
    private interface RowsReader<R> {
        List<R> read(ResultSet rs, ColumnType.@Nullable Kind[] kinds, Call call) throws java.sql.SQLException;
    }

    /** Renders a projection query once per shape, runs it, and reads its rows. */
    private <R> List<R> run(Query<?> query, RowsReader<R> reader) {
        Call call = calls.apply(Operation.SELECT);
        if (!query.table().equals(spec.name())) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT,
                    call.context(),
                    call.failed() + ": the query reads table '" + query.table() + "', not '" + spec.name() + "'",
                    "run it on the handle of its own table",
                    null);
        }
        Select node = render(call, () -> QueryTrees.select(query)); // a bad page is the caller's error, not a crash
        @Nullable LockClause lock = QueryTrees.access().lock(query);
        FilterValues.checkQuery(node, db.codec().limits(), call);
        ColumnType.@Nullable Kind[] kinds = projectedKinds(node);
        RenderedSql select = render(call, () -> {
            Shape<Select> shape = Shape.of(node);
            return shape.fill(cache.get(
                    new ShapeKey(lock == null ? "query" : "query " + lock, shape.node(), List.of(), false, false),
                    () -> lock == null
                            ? DynamicSql.select(db.dialect(), shape.node(), spec)
                            : DynamicSql.select(db.dialect(), shape.node(), spec, lock)));
        });
        return scope.call(
                call,
                () -> scope.withConnection(call, connection -> {
                    if (lock != null) {
                        RowLocks.requireTransaction(connection, call, lock);
                    }
                    try (PreparedStatement ps = db.prepare(connection, select.sql(), call)) {
                        bindAll(new JdbcParams(ps, db.codec(), call), select);
                        try (ResultSet rs = ps.executeQuery()) {
                            return reader.read(rs, kinds, call);
                        }
                    }
                }));
    }

    /**
     * The kind of each projection that is a plain column of this table and reads best with its typed getter (text,
     * {@code int}, {@code long}); {@code null} for the rest, which read with {@code getObject}. A typed getter is one
     * driver call where {@code getObject} is two on SQLite (the column's type, then the value), and it gives a long
     * column a {@code Long} even where SQLite would hand back an {@code Integer} for a small value.
     */
    private ColumnType.@Nullable Kind[] projectedKinds(Select node) {
        ColumnType.@Nullable Kind[] kinds =
                new ColumnType.Kind[node.projections().size()];
        for (int i = 0; i < kinds.length; i++) {
            if (node.projections().get(i).expr() instanceof Expr.Column column && column.qualifier() == null) {
                for (ColumnSpec spec : this.spec.columns()) {
                    if (spec.name().equals(column.name())) {
                        ColumnType.Kind kind = spec.type().kind();
                        boolean typed = kind == ColumnType.Kind.STRING
                                || kind == ColumnType.Kind.INT
                                || kind == ColumnType.Kind.LONG;
                        kinds[i] = typed ? kind : null;
                        break;
                    }
                }
            }
        }
        return kinds;
    }

    private static @Nullable Object readProjected(ResultSet rs, int column, ColumnType.@Nullable Kind kind)
            throws java.sql.SQLException {
        if (kind == null) {
            return rs.getObject(column);
        }
        return switch (kind) {
            case STRING -> rs.getString(column);
            case INT -> {
                int value = rs.getInt(column);
                yield value == 0 && rs.wasNull() ? null : Integer.valueOf(value);
            }
            case LONG -> {
                long value = rs.getLong(column);
                yield value == 0 && rs.wasNull() ? null : Long.valueOf(value);
            }
            default -> rs.getObject(column);
        };
    }

    /** Renders a statement; what the dialect cannot render (such as {@code < NULL}) is the caller's error. */
    private static <R> R render(Call call, Supplier<R> renderer) {
        try {
            return renderer.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT, call.context(), call.failed() + ": " + e.getMessage(), null, e);
        } catch (UnsupportedFeatureException e) {
            throw RowLocks.unsupported(call, e);
        }
    }

    private void bindAll(JdbcParams params, RenderedSql sql) {
        for (Expr.Param param : sql.params()) {
            params.setParam(DynamicSql.bindable(db.dialect(), param));
        }
    }
}
