package dev.ormdantic.internal.exec;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Causality;
import dev.ormdantic.Page;
import dev.ormdantic.Result;
import dev.ormdantic.Seek;
import dev.ormdantic.Slice;
import dev.ormdantic.TableHandle;
import dev.ormdantic.dialect.DynamicSql;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.UnsupportedFeatureException;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.Shape;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.RelationException;
import dev.ormdantic.event.KeysEvent;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.RecordsEvent;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.SentStatement;
import dev.ormdantic.internal.error.SqlErrorKind;
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
import dev.ormdantic.query.RowLock;
import dev.ormdantic.query.RowQuery;
import dev.ormdantic.relation.Loader;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.support.GeneratedTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of every table operation, over JDBC; its {@link #async()} twin, made by
 * {@link AsyncAdapter}, runs these same methods on the database's workers. Fixed statements come from the generated table's {@link TableStatements} for the dialect;
 * filtered selects and counts are rendered by the dialect.
 *
 * @param <T> the record type
 * @param <K> the key type
 */
public final class JdbcTableHandle<T extends Record, K>
        implements BlockingTableHandle<T, K>, AsyncAdapter.Twinned, AsyncAdapter.CallerSide {

    private final Database db;
    private final Scope scope;
    private final GeneratedTable<T, K> table;
    private final TableSpec spec;
    private final TableStatements statements;
    private final int rowsPerStatement;
    /** The key's columns, which name the parameters of a lookup or delete by key in statement events. */
    private final List<ColumnSpec> keyColumns;
    /** The columns an update by key binds, in order: the updated ones, then the key's. */
    private final List<ColumnSpec> updateParameters;
    /** The columns an upsert binds, in order. */
    private final List<ColumnSpec> upsertParameters;

    private @Nullable TableHandle<T, K> async;
    private final TableQueries<T, K> queries;
    /** The loaders of {@link #loading}, in the order given; empty for a plain handle. */
    private final List<Loader<T>> loaders;
    /** The loaders arranged as a tree, checked when each was added. */
    private final Map<Relationship<?, ?>, Loading.Node> plan;
    /** The joined statements of the plan, per shape; shared by the handles of the same plan. */
    private final JoinedFetch.Templates joined;

    private final GeneratedInserts<T, K> generatedInserts;
    /** The session's updates of changed columns, by column set, shared by the handles of this table. */
    private final Map<BitSet, String> changeSql;
    /** Whether the driver counts batched rows one by one; see {@link ChangeWriter}. */
    private final AtomicReference<@Nullable Boolean> countsPerRow;

    JdbcTableHandle(Database db, GeneratedTable<T, K> table) {
        this.db = db;
        this.scope = db;
        this.table = table;
        this.spec = table.spec();
        // A table this dialect cannot render is still managed, so that the database opens; its handle is made on
        // first use, which fails here with ORM2007.
        this.statements = table.statements(db.dialect().id());
        this.rowsPerStatement = Batches.rowsPerStatement(
                spec.columns().size(), db.dialect().capabilities().maxBindParameters());
        this.keyColumns = spec.primaryKey().stream().map(spec::column).toList();
        List<ColumnSpec> updated = new ArrayList<>(spec.updateColumns());
        updated.addAll(keyColumns);
        this.updateParameters = List.copyOf(updated);
        this.upsertParameters = spec.upsertColumns();
        this.queries = new TableQueries<>(db, db, table, this::call);
        this.generatedInserts = new GeneratedInserts<>(db, table, statements);
        this.changeSql = new ConcurrentHashMap<>();
        this.countsPerRow = new AtomicReference<>();
        this.loaders = List.of();
        this.plan = Map.of();
        this.joined = new JoinedFetch.Templates();
        this.async = asyncTwin(this);
    }

    /** The same table's handle, running its statements in another scope; the caches are shared. */
    private JdbcTableHandle(JdbcTableHandle<T, K> base, Scope scope) {
        this(base, scope, base.loaders, base.plan, base.joined);
    }

    /** The same table's handle with loaders; the caches are shared. */
    private JdbcTableHandle(
            JdbcTableHandle<T, K> base,
            Scope scope,
            List<Loader<T>> loaders,
            Map<Relationship<?, ?>, Loading.Node> plan,
            JoinedFetch.Templates joined) {
        this.loaders = loaders;
        this.plan = plan;
        this.joined = joined;
        this.db = base.db;
        this.scope = scope;
        this.table = base.table;
        this.spec = base.spec;
        this.statements = base.statements;
        this.rowsPerStatement = base.rowsPerStatement;
        this.keyColumns = base.keyColumns;
        this.updateParameters = base.updateParameters;
        this.upsertParameters = base.upsertParameters;
        this.queries = base.queries.in(scope);
        this.generatedInserts = base.generatedInserts;
        this.changeSql = base.changeSql;
        this.countsPerRow = base.countsPerRow;
    }

    /**
     * The writer of a session's changes and of version-checked writes, running in this handle's scope.
     *
     * @return the writer
     */
    public ChangeWriter<T, K> changes() {
        return new ChangeWriter<>(this, changeSql, countsPerRow);
    }

    /** The scope the statements run in. */
    Scope scope() {
        return scope;
    }

    /** The database. */
    Database database() {
        return db;
    }

    /**
     * The generated table.
     *
     * @return the table
     */
    public GeneratedTable<T, K> generated() {
        return table;
    }

    /**
     * This table's handle with its statements running in a scope, such as a transaction's connection.
     *
     * @param scope the scope
     * @return the handle
     */
    public JdbcTableHandle<T, K> in(Scope scope) {
        return new JdbcTableHandle<>(this, scope);
    }

    @Override
    public JdbcTableHandle<T, K> after(Causality causality) {
        Objects.requireNonNull(causality, "causality");
        Scope causal = scope == db ? db.causalScope(causality, call(Operation.FIND_MANY)) : null;
        return causal == null ? this : new JdbcTableHandle<>(this, causal);
    }

    @Override
    public JdbcTableHandle<T, K> onPrimary() {
        // A transaction's handle is on the primary already; only the database's own scope routes reads.
        return scope == db ? new JdbcTableHandle<>(this, db.primaryScope()) : this;
    }

    @SuppressWarnings("unchecked") // the twin of a handle of T and K is a handle of T and K
    private static <T extends Record, K> TableHandle<T, K> asyncTwin(JdbcTableHandle<T, K> blocking) {
        return AsyncAdapter.of(
                TableHandle.class,
                BlockingTableHandle.class,
                blocking,
                (method, work) -> blocking.scope.submit(blocking.call(Operation.ofMethod(method)), work));
    }

    @Override
    public TableHandle<T, K> async() {
        TableHandle<T, K> twin = async;
        if (twin == null) {
            // A handle bound to a transaction makes its twin on first use only; a race makes two equal twins.
            twin = asyncTwin(this);
            async = twin;
        }
        return twin;
    }

    @Override
    public JdbcTableHandle<T, K> loading(Loader<T> loader) {
        Objects.requireNonNull(loader, "loader");
        List<Loader<T>> more = new ArrayList<>(loaders);
        more.add(loader);
        return new JdbcTableHandle<>(
                this, scope, List.copyOf(more), Loading.plan(table, more), new JoinedFetch.Templates());
    }

    @Override
    public T load(T row, Loader<T> loader) {
        Objects.requireNonNull(row, "row");
        return load(List.of(row), loader, true).getFirst();
    }

    @Override
    public List<T> load(List<T> rows, Loader<T> loader) {
        return load(requireRows(rows), loader, false);
    }

    private List<T> load(List<T> rows, Loader<T> loader, boolean single) {
        Objects.requireNonNull(loader, "loader");
        Map<Relationship<?, ?>, Loading.Node> loads = Loading.plan(table, List.of(loader), true);
        for (T row : rows) {
            if (!table.recordType().isInstance(row)) {
                throw new RelationException(
                        ErrorCode.RELATION_MISUSED,
                        call(Operation.LOAD).context(),
                        "load on table " + spec.name() + " was given a "
                                + row.getClass().getName() + ", not a "
                                + table.recordType().getName(),
                        "load each record with the handle of its own table",
                        null);
            }
        }
        Call call = call(Operation.LOAD);
        if (single) {
            db.nPlusOne().lazyLoad(loads.keySet(), call, scope.transactional() ? scope : null);
        }
        return scope.call(call, () -> Loading.load(db, scope, call, table, rows, loads));
    }

    /**
     * Before an asynchronous single-record {@code load} is submitted, on the caller's thread: lets the N+1 watch see
     * the application's line, which the worker's stack does not hold.
     */
    @Override
    @SuppressWarnings("unchecked") // the loader is of this handle's table: the asynchronous interface's signature
    public void beforeSubmit(String method, @Nullable Object[] args) {
        NPlusOneWatch watch = db.nPlusOne();
        if (watch.enabled()
                && method.equals("load")
                && args.length == 2
                && !(args[0] instanceof List<?>)
                && args[1] instanceof Loader<?> loader) {
            watch.beforeAsyncLoad(
                    Loading.plan(table, List.of((Loader<T>) loader), true).keySet(),
                    scope.transactional() ? scope : null);
        }
    }

    private Column<T, Object> keyColumn() {
        return Loading.column(table, keyColumns.getFirst().name());
    }

    /** The rows with this handle's loaders applied. */
    private List<T> loaded(Call call, List<T> rows) {
        return plan.isEmpty() ? rows : Loading.load(db, scope, call, table, rows, plan);
    }

    private void requireNoLoaders(String method) {
        if (!plan.isEmpty()) {
            throw new RelationException(
                    ErrorCode.RELATION_MISUSED,
                    call(Operation.ofMethod(method)).context(),
                    method + " on table " + spec.name() + " does not load relationships, and this handle has loaders ("
                            + loaders + ")",
                    "use findMany or findPage to read records with their relationships, or load them afterwards with"
                            + " load(rows, loader)",
                    null);
        }
    }

    @Override
    public String name() {
        return spec.name();
    }

    /**
     * The fixed statements of this table on the database's dialect.
     *
     * @return the statements
     * @throws ConfigurationException ({@code ORM2007}) when the dialect cannot render the table
     */
    TableStatements statements() {
        return statements;
    }

    /**
     * The generated table.
     *
     * @return the table
     */
    GeneratedTable<T, K> table() {
        return table;
    }

    /** Refuses a write on a view before anything runs. */
    private void requireWritable(Operation operation) {
        if (spec.isView()) {
            Call call = call(operation);
            throw new InvalidArgumentException(
                    ErrorCode.VIEW_NOT_WRITABLE,
                    call.context(),
                    call.failed() + ": " + spec.name() + " is a view, which Ormdantic only reads",
                    "write to the tables the view reads; findOne, findMany, count, select and stream work on the view",
                    null);
        }
    }

    /** Refuses an upsert of a versioned table, which could not check the version on every database. */
    private void refuseVersioned(Operation operation) {
        if (table.versionColumn() != null) {
            Call call = call(operation);
            throw new InvalidArgumentException(
                    ErrorCode.UPSERT_VERSIONED,
                    call.context(),
                    call.failed() + ": the table has a @Version column (" + table.versionColumn()
                            + "), which an upsert cannot check on every database",
                    "insert a new row with insert, and change an existing one with update or in a session",
                    null);
        }
    }

    Call call(Operation operation) {
        return Call.onTable(operation, spec.name(), db.dialect().name());
    }

    @Override
    public T insert(T given) {
        requireWritable(Operation.INSERT);
        Objects.requireNonNull(given, "row");
        T row = table.versionColumn() == null ? given : table.withVersion(given, 1);
        Call call = call(Operation.INSERT);
        return scope.call(call, () -> {
            RowValidator.validate(table, call, List.of(row), false);
            Listeners listeners = db.listeners();
            if (listeners != null) {
                before(listeners, OrmdanticListener::beforeInsert, List.of(row));
            }
            T stored = row;
            if (generatedInserts.needed()) {
                // The record comes back with the values the database generated; where they are read by a second
                // statement (MySQL), both run in one transaction.
                Database.SqlWork<List<T>> insert = connection -> insertGenerated(connection, call, List.of(row));
                stored = (generatedInserts.readsAfterInsert()
                                ? scope.inTransaction(call, insert)
                                : scope.withConnection(call, insert))
                        .get(0);
            } else {
                scope.withConnection(
                        call,
                        connection ->
                                write(connection, call, statements().insert().render(1), List.of(row)));
            }
            if (listeners != null) {
                after(listeners, OrmdanticListener::afterInsert, "afterInsert", List.of(stored));
            }
            return stored;
        });
    }

    @Override
    public List<T> insertMany(List<T> rows) {
        requireWritable(Operation.INSERT_MANY);
        List<T> copy = table.versionColumn() == null
                ? requireRows(rows)
                : requireRows(rows).stream()
                        .map(row -> table.withVersion(row, 1))
                        .toList();
        Call call = call(Operation.INSERT_MANY);
        return scope.call(call, () -> writeMany(call, statements().insert(), copy));
    }

    @Override
    public Optional<T> findOne(K key) {
        Objects.requireNonNull(key, "key");
        Call call = call(Operation.FIND_ONE);
        if (Loading.joinsRoot(plan) && keyColumns.size() == 1) {
            Filter<T> byKey = keyColumn().in(List.of(key));
            List<T> found = scope.call(
                    call,
                    () -> Loading.query(
                            db, scope, call, table, QueryTrees.where(byKey), List.of(), 0, 0, plan, joined));
            return found.stream().findFirst();
        }
        List<T> found = scope.call(
                call,
                () -> scope.withConnection(
                        call,
                        connection -> query(
                                connection,
                                call,
                                statements().selectByKey(),
                                keyColumns,
                                params -> table.bindKey(params, key))));
        // The plain lookup is a hot path: no stream, and loaders only when the handle has some.
        return found.isEmpty()
                ? Optional.empty()
                : Optional.of(loaded(call, found).get(0));
    }

    /** Tells the listeners of a write about to happen; one that throws stops it before any SQL. */
    void before(Listeners listeners, BiConsumer<OrmdanticListener, RecordsEvent> callback, List<T> rows) {
        RecordsEvent event = new RecordsEvent(spec.name(), table.recordType(), rows);
        listeners.before(listener -> callback.accept(listener, event));
    }

    /** Tells the listeners of a write that happened. */
    void after(Listeners listeners, BiConsumer<OrmdanticListener, RecordsEvent> callback, String name, List<T> rows) {
        RecordsEvent event = new RecordsEvent(spec.name(), table.recordType(), rows);
        listeners.after(listener -> callback.accept(listener, event), name + " on " + spec.name());
    }

    @Override
    public Optional<T> findOne(K key, RowLock lock) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lock, "lock");
        Call call = call(Operation.FIND_ONE);
        LockClause clause = QueryTrees.access().lock(lock);
        RenderedSql select = render(
                call,
                () -> queries.cached(
                        "findOne " + clause,
                        clause,
                        () -> new RenderedSql(DynamicSql.selectByKey(db.dialect(), spec, clause), List.of())));
        return scope.call(
                        call,
                        () -> scope.withConnection(call, connection -> {
                            RowLocks.requireTransaction(connection, call, clause);
                            List<T> found = query(
                                    connection, call, select.sql(), keyColumns, params -> table.bindKey(params, key));
                            return found.isEmpty() ? Optional.<T>empty() : Optional.of(found.get(0));
                        }))
                .map(found -> loaded(call, List.of(found)).getFirst());
    }

    @Override
    public Result<T> findMany() {
        return findMany(Filter.all(), OrderBy.none(), Slice.all());
    }

    @Override
    public Result<T> findMany(Filter<T> filter) {
        return findMany(filter, OrderBy.none(), Slice.all());
    }

    @Override
    public Result<T> findMany(Filter<T> filter, OrderBy<T> orderBy) {
        return findMany(filter, orderBy, Slice.all());
    }

    @Override
    public Result<T> findMany(Filter<T> filter, OrderBy<T> orderBy, Slice slice) {
        return findMany(filter, orderBy, slice, (LockClause) null);
    }

    @Override
    public Result<T> findMany(Filter<T> filter, OrderBy<T> orderBy, Slice slice, RowLock lock) {
        Objects.requireNonNull(lock, "lock");
        return findMany(filter, orderBy, slice, QueryTrees.access().lock(lock));
    }

    private Result<T> findMany(Filter<T> filter, OrderBy<T> orderBy, Slice slice, @Nullable LockClause lock) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(orderBy, "orderBy");
        Objects.requireNonNull(slice, "slice");
        Call call = call(Operation.FIND_MANY);
        // A Slice is checked when it is made: its limit is 0 (none) or positive, its offset not negative.
        long limit = slice.limit();
        long offset = slice.offset();
        if (Loading.joinsRoot(plan)) {
            if (lock != null) {
                throw new RelationException(
                        ErrorCode.RELATION_MISUSED,
                        call.context(),
                        "findMany on table " + spec.name()
                                + " cannot lock rows and join relationships in one statement",
                        "load the relationships with selectIn() when the rows are locked",
                        null);
            }
            Expr where = render(call, () -> QueryTrees.where(filter));
            List<SortItem> order = QueryTrees.order(orderBy);
            List<T> rows = scope.call(
                    call, () -> Loading.query(db, scope, call, table, where, order, limit, offset, plan, joined));
            return new Result<>(offset, limit, rows);
        }
        RenderedSql select = render(
                call,
                () -> queries.cachedSelect(
                        call, QueryTrees.where(filter), QueryTrees.order(orderBy), limit, offset, lock));
        Result<T> result = scope.call(
                call,
                () -> scope.withConnection(call, connection -> {
                    if (lock != null) {
                        RowLocks.requireTransaction(connection, call, lock);
                    }
                    return new Result<>(
                            offset,
                            limit,
                            query(connection, call, select.sql(), List.of(), params -> bindAll(params, select)));
                }));
        return plan.isEmpty() ? result : new Result<>(offset, limit, loaded(call, result.data()));
    }

    @Override
    public boolean update(T row) {
        requireWritable(Operation.UPDATE);
        Objects.requireNonNull(row, "row");
        if (table.versionColumn() != null) {
            changes().update(List.of(row), List.of(ChangeWriter.allColumns(table)), Operation.UPDATE);
            return true;
        }
        Call call = call(Operation.UPDATE);
        return scope.call(call, () -> {
            RowValidator.validate(table, call, List.of(row), false);
            Listeners listeners = db.listeners();
            if (listeners != null) {
                before(listeners, OrmdanticListener::beforeUpdate, List.of(row));
            }
            boolean updated = scope.withConnection(call, connection -> {
                try (PreparedStatement ps = db.prepare(connection, statements().updateByKey(), call)) {
                    table.bindUpdate(new JdbcParams(ps, db.codec(), call, updateParameters), row);
                    return db.executeUpdate(ps) > 0;
                } catch (SQLException e) {
                    K key = table.key(row);
                    throw db.errors().translate(e, call, key, keyText(key));
                }
            });
            if (listeners != null) {
                after(listeners, OrmdanticListener::afterUpdate, "afterUpdate", List.of(row));
            }
            return updated;
        });
    }

    @Override
    public T upsert(T row) {
        requireWritable(Operation.UPSERT);
        refuseVersioned(Operation.UPSERT);
        Objects.requireNonNull(row, "row");
        Call call = call(Operation.UPSERT);
        return scope.call(call, () -> {
            RowValidator.validate(table, call, List.of(row), false);
            Listeners listeners = db.listeners();
            if (listeners != null) {
                before(listeners, OrmdanticListener::beforeUpsert, List.of(row));
            }
            scope.withConnection(
                    call,
                    connection -> write(connection, call, statements().upsert().render(1), List.of(row)));
            if (listeners != null) {
                after(listeners, OrmdanticListener::afterUpsert, "afterUpsert", List.of(row));
            }
            return row;
        });
    }

    @Override
    public List<T> upsertMany(List<T> rows) {
        requireWritable(Operation.UPSERT_MANY);
        refuseVersioned(Operation.UPSERT_MANY);
        List<T> copy = requireRows(rows);
        Call call = call(Operation.UPSERT_MANY);
        return scope.call(call, () -> writeMany(call, statements().upsert(), copy));
    }

    @Override
    public boolean delete(K key) {
        requireWritable(Operation.DELETE);
        Objects.requireNonNull(key, "key");
        Call call = call(Operation.DELETE);
        return scope.call(call, () -> {
            Listeners listeners = db.listeners();
            if (listeners != null) {
                KeysEvent event = new KeysEvent(spec.name(), table.recordType(), List.of(key));
                listeners.before(listener -> listener.beforeDelete(event));
            }
            boolean deleted = scope.withConnection(call, connection -> {
                try (PreparedStatement ps = db.prepare(connection, statements().deleteByKey(), call)) {
                    table.bindKey(new JdbcParams(ps, db.codec(), call, keyColumns), key);
                    return db.executeUpdate(ps) > 0;
                } catch (SQLException e) {
                    throw db.errors().translate(e, call, key, keyText(key));
                }
            });
            if (listeners != null) {
                KeysEvent event = new KeysEvent(spec.name(), table.recordType(), List.of(key));
                listeners.after(listener -> listener.afterDelete(event), "afterDelete on " + spec.name());
            }
            return deleted;
        });
    }

    @Override
    public long count() {
        return count(Filter.all());
    }

    @Override
    public long count(Filter<T> filter) {
        Objects.requireNonNull(filter, "filter");
        Call call = call(Operation.COUNT);
        FilterValues.checkFilter(QueryTrees.where(filter), db.codec().limits(), call);
        RenderedSql count = render(call, () -> {
            Shape<Expr> shape = Shape.of(QueryTrees.where(filter));
            return shape.fill(
                    queries.cached("count", shape.node(), () -> db.dialect().count(spec, shape.node())));
        });
        return scope.call(
                call,
                () -> scope.withConnection(call, connection -> {
                    try (PreparedStatement ps = db.prepare(connection, count.sql(), call)) {
                        bindAll(new JdbcParams(ps, db.codec(), call), count);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                }));
    }

    @Override
    public long updateWhere(Filter<T> filter, List<Assignment<T>> assignments) {
        requireWritable(Operation.UPDATE_WHERE);
        return queries.update(Operation.UPDATE_WHERE, filter, assignments);
    }

    @Override
    public long updateAll(List<Assignment<T>> assignments) {
        requireWritable(Operation.UPDATE_ALL);
        return queries.update(Operation.UPDATE_ALL, Filter.all(), assignments);
    }

    @Override
    public long deleteWhere(Filter<T> filter) {
        requireWritable(Operation.DELETE_WHERE);
        return queries.delete(Operation.DELETE_WHERE, filter);
    }

    @Override
    public long deleteAll() {
        requireWritable(Operation.DELETE_ALL);
        return queries.delete(Operation.DELETE_ALL, Filter.all());
    }

    @Override
    public Page<T> findPage(Filter<T> filter, OrderBy<T> orderBy, Seek seek) {
        Page<T> page = queries.findPage(filter, orderBy, seek);
        return plan.isEmpty() ? page : new Page<>(loaded(call(Operation.FIND_PAGE), page.data()), page.nextCursor());
    }

    @Override
    public Stream<T> stream(Filter<T> filter, OrderBy<T> orderBy) {
        requireNoLoaders("stream");
        return queries.stream(filter, orderBy);
    }

    @Override
    public List<ResultRow> select(Query<T> query) {
        requireNoLoaders("select");
        return queries.select(query, row -> row);
    }

    @Override
    public <R> List<R> select(Query<T> query, Function<ResultRow, R> mapper) {
        requireNoLoaders("select");
        return queries.select(query, mapper);
    }

    @Override
    public <R> List<R> select(RowQuery<T, R> query) {
        requireNoLoaders("select");
        return queries.select(query);
    }

    /**
     * The first rows of each group of a filtered select, in order, ranked in the database: what a select-in loader
     * with a per-parent limit reads, in one statement ({@code ROW_NUMBER() OVER (PARTITION BY ...)}).
     *
     * @param filter the rows to rank
     * @param orderBy the order within a group, and of the result within a group
     * @param group the grouping column (the reference to the parent)
     * @param perGroup the most rows per group
     * @return the rows, grouped by {@code group} ascending, each group in order
     */
    List<T> firstPerGroup(Filter<T> filter, OrderBy<T> orderBy, Column<T, ?> group, int perGroup) {
        Call call = call(Operation.FIND_MANY);
        RenderedSql select = render(call, () -> queries.firstPerGroup(call, filter, orderBy, group, perGroup));
        List<T> rows = scope.call(
                call,
                () -> scope.withConnection(
                        call,
                        connection ->
                                query(connection, call, select.sql(), List.of(), params -> bindAll(params, select))));
        return rows;
    }

    /**
     * How many statements this table has rendered; a repeated query shape does not add to it.
     *
     * @return the number of renderings
     */
    public long renderCount() {
        return queries.renderCount();
    }

    /**
     * How many joined statements this handle's loaders have laid out for the rows the handle reads: one per shape of
     * filter, order and page, which later calls of that shape reuse with their own values. (Joined relationships below
     * a select-in one keep theirs with that relationship, and are not counted here.)
     *
     * @return the number of joined statements made for this handle's loaders
     */
    public long joinedStatementCount() {
        return joined.made();
    }

    /** Renders a filtered statement; a filter the dialect cannot render (such as {@code < NULL}) is the caller's error. */
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

    static <T> List<T> requireRows(List<T> rows) {
        Objects.requireNonNull(rows, "rows");
        for (int i = 0; i < rows.size(); i++) {
            Objects.requireNonNull(rows.get(i), "rows[" + i + "]");
        }
        return List.copyOf(rows);
    }

    /** Validates, checks the batch's keys, then writes every chunk in one transaction. */
    private List<T> writeMany(Call call, StatementShape shape, List<T> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        RowValidator.validate(table, call, rows, true);
        boolean returning = call.operation() == Operation.INSERT_MANY && generatedInserts.needed();
        if (!returning) {
            requireDistinctKeys(call, rows);
        }
        boolean inserts = call.operation() == Operation.INSERT_MANY;
        Listeners listeners = db.listeners();
        if (listeners != null) {
            before(listeners, inserts ? OrmdanticListener::beforeInsert : OrmdanticListener::beforeUpsert, rows);
        }
        List<T> written = returning ? insertManyGenerated(call, rows) : writeChunks(call, shape, rows);
        if (listeners != null) {
            after(
                    listeners,
                    inserts ? OrmdanticListener::afterInsert : OrmdanticListener::afterUpsert,
                    inserts ? "afterInsert" : "afterUpsert",
                    written);
        }
        return written;
    }

    /** Writes the rows chunk by chunk in one transaction; their keys are distinct. */
    private List<T> writeChunks(Call call, StatementShape shape, List<T> rows) {
        try {
            scope.inTransaction(call, connection -> {
                String fullChunk = shape.render(Math.min(rows.size(), rowsPerStatement));
                for (int from = 0; from < rows.size(); from += rowsPerStatement) {
                    List<T> chunk = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
                    String sql = chunk.size() == rowsPerStatement ? fullChunk : shape.render(chunk.size());
                    write(connection, call, sql, chunk);
                }
                return rows;
            });
        } catch (DuplicateKeyException e) {
            throw e.key() == null ? locateDuplicate(call, rows, e) : e;
        }
        return rows;
    }

    /**
     * Inserts a batch into a table with generated columns, chunk by chunk in one transaction, and returns the rows as
     * stored, in input order. Keys are not checked for duplicates first: a generated key is not known yet.
     */
    private List<T> insertManyGenerated(Call call, List<T> rows) {
        return scope.inTransaction(call, connection -> {
            List<T> stored = new ArrayList<>(rows.size());
            for (int from = 0; from < rows.size(); from += rowsPerStatement) {
                stored.addAll(insertGenerated(
                        connection, call, rows.subList(from, Math.min(rows.size(), from + rowsPerStatement))));
            }
            return List.copyOf(stored);
        });
    }

    private List<T> insertGenerated(Connection connection, Call call, List<T> rows) throws SQLException {
        try {
            return generatedInserts.insert(connection, call, rows);
        } catch (SQLException e) {
            if (rows.size() == 1) {
                K key = table.key(rows.get(0));
                throw db.errors().translate(e, call, key, keyText(key));
            }
            throw db.errors().translate(e, call, null, null);
        }
    }

    /** Writes rows with one statement, rendered for their number. */
    private Void write(Connection connection, Call call, String sql, List<T> rows) throws SQLException {
        try (PreparedStatement ps = db.prepare(connection, sql, call)) {
            JdbcParams params = new JdbcParams(ps, db.codec(), call, upsertParameters);
            for (T row : rows) {
                table.bindRow(params, row);
            }
            try {
                db.executeUpdate(ps);
            } catch (SentStatement e) {
                if (!lostKeyRace(connection, call, e.driver())) {
                    throw e;
                }
                // A concurrent upsert of the same new key committed first; the row is there now, so the statement,
                // run again, updates it (a real clash fails again and is reported).
                db.executeUpdate(ps);
            }
        } catch (SQLException e) {
            if (db.errors().classify(e) == SqlErrorKind.UPSERT_GUARD) {
                throw db.errors().translate(e, call, spec);
            }
            if (rows.size() == 1) {
                K key = table.key(rows.get(0));
                throw db.errors().translate(e, call, key, keyText(key));
            }
            throw db.errors().translate(e, call, null, null);
        }
        return null;
    }

    /**
     * Whether an upsert may have lost a race to a concurrent upsert of the same new key (the batch's own keys are
     * distinct): on Oracle, whose {@code MERGE} is not atomic against it, when it met its primary key; on PostgreSQL,
     * whose {@code ON CONFLICT (key)} is atomic for the key only, when it met another unique index, outside a
     * transaction (inside one the failed statement has aborted it). MySQL's {@code ON DUPLICATE KEY} and SQL Server's
     * {@code MERGE WITH (HOLDLOCK)} do not lose it.
     */
    private boolean lostKeyRace(Connection connection, Call call, SQLException e) throws SQLException {
        if (call.operation() != Operation.UPSERT && call.operation() != Operation.UPSERT_MANY) {
            return false;
        }
        SqlErrorKind kind = db.errors().classify(e);
        return switch (db.dialect().capabilities().upsert()) {
            case MERGE_SELECT_DUAL -> kind == SqlErrorKind.PRIMARY_KEY;
            case ON_CONFLICT -> kind == SqlErrorKind.UNIQUE && connection.getAutoCommit();
            case ON_DUPLICATE_KEY, MERGE_VALUES -> false;
        };
    }

    private List<T> query(
            Connection connection, Call call, String sql, List<ColumnSpec> columns, Consumer<JdbcParams> binder)
            throws SQLException {
        try (PreparedStatement ps = db.prepare(connection, sql, call)) {
            binder.accept(new JdbcParams(ps, db.codec(), call, columns));
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                JdbcRow row = new JdbcRow(rs, db.codec(), spec.columns(), call);
                while (rs.next()) {
                    rows.add(table.read(row));
                }
            }
            Listeners listeners = db.listeners();
            if (listeners != null) {
                listeners.hydrated(call.operation().method(), spec.name(), table.recordType(), rows.size());
            }
            return rows;
        }
    }

    private void bindAll(JdbcParams params, RenderedSql sql) {
        for (Expr.Param param : sql.params()) {
            params.setParam(DynamicSql.bindable(db.dialect(), param));
        }
    }

    /** Two rows of one batch with the same key: refused before writing, for inserts and upserts alike. */
    private void requireDistinctKeys(Call call, List<T> rows) {
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            K key = table.key(rows.get(i));
            Integer first = seen.putIfAbsent(key, i);
            if (first == null) {
                continue;
            }
            String problem = call.failed() + ": rows " + first + " and " + i + " of the batch have the same key "
                    + keyText(key) + ", so no row was written";
            if (call.operation() == Operation.INSERT_MANY) {
                throw new DuplicateKeyException(call.context(), problem, "give each row its own key", key, null);
            }
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT, call.context(), problem, "merge them into one row", null);
        }
    }

    /**
     * After a batch failed on a duplicate key and was rolled back, finds which of its keys exists, so that the message
     * can name it. Keys of the batch are distinct, so the clash is with a row that was there before.
     */
    private DuplicateKeyException locateDuplicate(Call call, List<T> rows, DuplicateKeyException failure) {
        if (spec.primaryKey().size() != 1) {
            return failure;
        }
        ColumnSpec column = spec.column(spec.primaryKey().get(0));
        // Two parameters are left for the LIMIT and OFFSET of the select.
        int perQuery = Batches.rowsPerStatement(1, db.dialect().capabilities().maxBindParameters() - 2);
        List<K> existing = scope.withConnection(call, connection -> {
            for (int from = 0; from < rows.size(); from += perQuery) {
                List<Expr> keys = new ArrayList<>();
                for (T row : rows.subList(from, Math.min(rows.size(), from + perQuery))) {
                    keys.add(new Expr.Param(table.key(row), column.type()));
                }
                Expr in = new Expr.In(new Expr.Column(column.name()), keys, false);
                RenderedSql select = db.dialect().select(spec, in, List.of(), 1, 0);
                List<T> found = query(connection, call, select.sql(), List.of(), params -> bindAll(params, select));
                if (!found.isEmpty()) {
                    return List.of(table.key(found.get(0)));
                }
            }
            return List.of();
        });
        if (existing.isEmpty()) {
            return failure;
        }
        K key = existing.get(0);
        int index = indexOfKey(rows, key);
        return new DuplicateKeyException(
                call.context(),
                call.failed() + ": a row with key " + keyText(key) + " (row " + index
                        + " of the batch) already exists, so no row was written",
                "use upsertMany() to replace existing rows, or leave that row out",
                key,
                failure.getCause());
    }

    private int indexOfKey(List<T> rows, K key) {
        for (int i = 0; i < rows.size(); i++) {
            if (table.key(rows.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The key as shown in messages: {@code id = 'vanilla'}, masked for a secret-looking column. */
    String keyText(@Nullable Object key) {
        String columns = String.join(", ", spec.primaryKey());
        String names = spec.primaryKey().size() == 1 ? columns : "(" + columns + ")";
        return names + " = " + db.redactor().value(columns, key);
    }

    @Override
    public String toString() {
        return "BlockingTableHandle[" + name() + "]";
    }
}
