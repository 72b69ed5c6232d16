package dev.ormdantic.benchmarks.contenders;

import dev.ormdantic.BlockingSqlStatement;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Slice;
import dev.ormdantic.SqlStatement;
import dev.ormdantic.TableHandle;
import dev.ormdantic.Transaction;
import dev.ormdantic.benchmarks.Aggregate;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.BenchSql;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Graphs.ChildTree;
import dev.ormdantic.benchmarks.Graphs.ChildWithParent;
import dev.ormdantic.benchmarks.Graphs.ParentTree;
import dev.ormdantic.benchmarks.IdScore;
import dev.ormdantic.benchmarks.NotApplicableException;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.model.Child;
import dev.ormdantic.benchmarks.model.ChildTable;
import dev.ormdantic.benchmarks.model.Item;
import dev.ormdantic.benchmarks.model.ItemTable;
import dev.ormdantic.benchmarks.model.LeafTable;
import dev.ormdantic.benchmarks.model.Parent;
import dev.ormdantic.benchmarks.model.ParentTable;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.query.Aggregates;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.ResultRow;
import dev.ormdantic.query.RowQuery;
import dev.ormdantic.query.Rows;
import dev.ormdantic.relation.Loader;
import dev.ormdantic.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * This ORM, through its blocking handle or its asynchronous one (each call joined at once, so the difference between
 * the two is the cost of the future and the hand-off to the executor).
 */
public final class OrmdanticContender implements Contender {

    private final Target target;
    /** The read replica both databases are opened with, or {@code null} for none. */
    private final @Nullable String replicaUrl;

    private final Ormdantic db;
    /**
     * The parent, child and leaf tables, on a database of their own opened by the first relationship case, so that
     * the schema case creates and drops the item table alone as the other contenders do.
     */
    private @Nullable Ormdantic relationsDb;

    private final BlockingTableHandle<Item, String> blocking;
    private final TableHandle<Item, String> async;
    private final boolean useAsync;
    /** The raw insert of one item, as the JDBC contender writes it. */
    private final String insertItem;

    private OrmdanticContender(
            Target target, @Nullable String replicaUrl, Ormdantic db, boolean useAsync, BenchSql sql) {
        this.target = target;
        this.replicaUrl = replicaUrl;
        this.db = db;
        this.insertItem = sql.insertItem();
        this.blocking = db.blockingTable(ItemTable.TABLE);
        this.async = db.table(ItemTable.TABLE);
        this.useAsync = useAsync;
    }

    /**
     * Opens the database with the shared pool size.
     *
     * @param target where to connect
     * @param useAsync whether to call the asynchronous handle
     * @return the contender
     * @throws NotApplicableException when this build does not support the backend's URL
     */
    public static OrmdanticContender open(Target target, boolean useAsync) throws NotApplicableException {
        return open(target, useAsync, false, null);
    }

    /**
     * Opens the database with a listener that does nothing registered, to measure what listening costs: every
     * statement is watched and its events are made.
     *
     * @param target where to connect
     * @return the contender, calling the blocking handle
     * @throws NotApplicableException when this build does not support the backend's URL
     */
    public static OrmdanticContender openListened(Target target) throws NotApplicableException {
        return open(target, false, true, null);
    }

    /**
     * Opens the database with a read replica and the default read consistency (read-your-writes), calling the
     * blocking handle: its reads outside a transaction run on the replica, its writes on the primary.
     *
     * @param target the primary
     * @param replicaUrl the replica's URL, as the builder's {@code replica(url)} takes it
     * @return the contender, calling the blocking handle
     * @throws NotApplicableException when this build does not support the backend's URL
     */
    public static OrmdanticContender openWithReplica(Target target, String replicaUrl) throws NotApplicableException {
        return open(target, false, false, replicaUrl);
    }

    private static OrmdanticContender open(
            Target target, boolean useAsync, boolean listened, @Nullable String replicaUrl)
            throws NotApplicableException {
        try {
            Ormdantic.Builder builder =
                    Ormdantic.builder(target.ormUrl()).tables(ItemTable.TABLE).poolSize(target.poolSize());
            if (listened) {
                builder.listener(new OrmdanticListener() {});
            }
            if (replicaUrl != null) {
                builder.replica(replicaUrl);
            }
            Ormdantic db = builder.open();
            return new OrmdanticContender(target, replicaUrl, db, useAsync, new BenchSql(target.backend()));
        } catch (ConfigurationException e) {
            if (e.code() == ErrorCode.URL_UNSUPPORTED) {
                throw new NotApplicableException("backend not supported by this build");
            }
            throw e;
        }
    }

    @Override
    public Prepared prepare(BenchCase benchCase, Workload w) throws NotApplicableException {
        switch (benchCase) {
            case HYDRATE_RELATIONSHIPS, ONE_TO_MANY, MANY_TO_ONE, NESTED_RELATIONSHIPS -> {
                return relations(benchCase, w.relations().batch());
            }
            default -> {
                // the flat cases below
            }
        }
        int page = w.profile().pageLimit();
        Filter<Item> category = ItemTable.CATEGORY.eq(Workload.CATEGORY);
        if (useAsync) {
            return switch (benchCase) {
                case SCHEMA_CREATE_DROP ->
                    () -> {
                        db.init().join();
                        db.dropAll().join();
                        return 0L;
                    };
                case ORM_INSERT_MODELS -> {
                    List<List<Item>> batches = w.writeBatches();
                    yield () -> {
                        long written = 0;
                        for (List<Item> batch : batches) {
                            written += async.insertMany(batch).join().size();
                        }
                        return written;
                    };
                }
                case RAW_BATCH_INSERT -> {
                    SqlStatement insert = db.sql(insertItem);
                    List<List<List<Object>>> batches = rawRows(w.writeBatches());
                    yield () -> {
                        long written = 0;
                        for (List<List<Object>> batch : batches) {
                            written += insert.batch(batch).join().length;
                        }
                        return written;
                    };
                }
                case ORM_UPSERT_MIXED ->
                    () -> (long) async.upsertMany(w.upsertRows()).join().size();
                case COUNT_ALL -> () -> async.count().join();
                case COUNT_EQUALITY -> () -> async.count(category).join();
                case COUNT_RANGE ->
                    () -> async.count(ItemTable.SCORE.ge(Workload.MIN_SCORE)).join();
                case PK_LOOKUP ->
                    () -> {
                        long found = 0;
                        for (String id : w.lookupIds()) {
                            found += async.findOne(id).join().isPresent() ? 1 : 0;
                        }
                        return found;
                    };
                case PAGINATED_FIND_MANY ->
                    () -> async.findMany(
                                    Filter.all(),
                                    OrderBy.asc(ItemTable.ID),
                                    Slice.limit(page).offset(page))
                            .join()
                            .data();
                case ORDERED_FIND_MANY ->
                    () -> async.findMany(Filter.all(), ordered(), Slice.limit(page))
                            .join()
                            .data();
                case HYDRATE_FLAT ->
                    () -> async.findMany(category, OrderBy.none(), Slice.limit(page))
                            .join()
                            .data();
                case ORM_UPDATE_FILTERED ->
                    () -> {
                        async.updateWhere(category, List.of(ItemTable.SCORE.set(Workload.UPDATED_SCORE)))
                                .join();
                        return async.count(ItemTable.SCORE.eq(Workload.UPDATED_SCORE))
                                .join();
                    };
                case ORM_DELETE_FILTERED ->
                    () -> {
                        async.deleteWhere(category).join();
                        return async.count().join();
                    };
                case AGGREGATE_FILTERED ->
                    () -> aggregate(async.select(aggregateQuery(category)).join());
                case SCALAR_PROJECTION ->
                    () -> async.select(projectionQuery(category), OrmdanticContender::idScore)
                            .join();
                case TYPED_PROJECTION ->
                    () -> async.select(typedProjection(category)).join();
                case TRANSACTIONS ->
                    () -> {
                        long committed = 0;
                        for (String id : w.lookupIds()) {
                            committed += db.transaction(tx -> readAndIncrement(tx, id))
                                    .join();
                        }
                        return committed;
                    };
                case SESSION -> () -> db.session(s -> loadChangeFlush(s, w)).join();
                case HYDRATE_RELATIONSHIPS, ONE_TO_MANY, MANY_TO_ONE, NESTED_RELATIONSHIPS ->
                    throw new IllegalStateException("prepared above");
            };
        }
        return switch (benchCase) {
            case SCHEMA_CREATE_DROP ->
                () -> {
                    db.blocking().init();
                    db.blocking().dropAll();
                    return 0L;
                };
            case ORM_INSERT_MODELS -> {
                List<List<Item>> batches = w.writeBatches();
                yield () -> {
                    long written = 0;
                    for (List<Item> batch : batches) {
                        written += blocking.insertMany(batch).size();
                    }
                    return written;
                };
            }
            case RAW_BATCH_INSERT -> {
                BlockingSqlStatement insert = db.blocking().sql(insertItem);
                List<List<List<Object>>> batches = rawRows(w.writeBatches());
                yield () -> {
                    long written = 0;
                    for (List<List<Object>> batch : batches) {
                        written += insert.batch(batch).length;
                    }
                    return written;
                };
            }
            case ORM_UPSERT_MIXED ->
                () -> (long) blocking.upsertMany(w.upsertRows()).size();
            case COUNT_ALL -> blocking::count;
            case COUNT_EQUALITY -> () -> blocking.count(category);
            case COUNT_RANGE -> () -> blocking.count(ItemTable.SCORE.ge(Workload.MIN_SCORE));
            case PK_LOOKUP ->
                () -> {
                    long found = 0;
                    for (String id : w.lookupIds()) {
                        found += blocking.findOne(id).isPresent() ? 1 : 0;
                    }
                    return found;
                };
            case PAGINATED_FIND_MANY ->
                () -> blocking.findMany(
                                Filter.all(),
                                OrderBy.asc(ItemTable.ID),
                                Slice.limit(page).offset(page))
                        .data();
            case ORDERED_FIND_MANY ->
                () -> blocking.findMany(Filter.all(), ordered(), Slice.limit(page))
                        .data();
            case HYDRATE_FLAT ->
                () -> blocking.findMany(category, OrderBy.none(), Slice.limit(page))
                        .data();
            case ORM_UPDATE_FILTERED ->
                () -> {
                    blocking.updateWhere(category, List.of(ItemTable.SCORE.set(Workload.UPDATED_SCORE)));
                    return blocking.count(ItemTable.SCORE.eq(Workload.UPDATED_SCORE));
                };
            case ORM_DELETE_FILTERED ->
                () -> {
                    blocking.deleteWhere(category);
                    return blocking.count();
                };
            case AGGREGATE_FILTERED -> () -> aggregate(blocking.select(aggregateQuery(category)));
            case SCALAR_PROJECTION -> () -> blocking.select(projectionQuery(category), OrmdanticContender::idScore);
            case TYPED_PROJECTION -> () -> blocking.select(typedProjection(category));
            case TRANSACTIONS ->
                () -> {
                    long committed = 0;
                    for (String id : w.lookupIds()) {
                        committed += db.blocking().transaction(tx -> readAndIncrement(tx, id));
                    }
                    return committed;
                };
            case SESSION -> () -> db.blocking().session(s -> loadChangeFlush(s, w));
            case HYDRATE_RELATIONSHIPS, ONE_TO_MANY, MANY_TO_ONE, NESTED_RELATIONSHIPS ->
                throw new IllegalStateException("prepared above");
        };
    }

    /**
     * The relationship cases, loading the graph the JDBC contender builds by hand: parents by name with their
     * children and the children's leaves from one joined statement; the same by select-in batches of the shape's
     * size; children by name with their parents joined (a to-one's default). Related rows come in key order, a loader's
     * default and the JDBC contender's order: naming it again ({@code orderBy(asc(ID))}) would sort by the key twice.
     */
    private Prepared relations(BenchCase benchCase, int batch) throws NotApplicableException {
        Ormdantic rdb = relationsDb();
        OrderBy<Parent> parentsByName = OrderBy.asc(ParentTable.NAME).thenAsc(ParentTable.ID);
        if (benchCase == BenchCase.MANY_TO_ONE) {
            OrderBy<Child> byName = OrderBy.asc(ChildTable.NAME).thenAsc(ChildTable.ID);
            // a to-one given bare is joined: one statement, as the floor and the peers
            if (useAsync) {
                TableHandle<Child, String> children =
                        rdb.table(ChildTable.TABLE).loading(ChildTable.PARENT);
                return () -> children.findMany(Filter.all(), byName).join().data();
            }
            BlockingTableHandle<Child, String> children =
                    rdb.blockingTable(ChildTable.TABLE).loading(ChildTable.PARENT);
            return () -> children.findMany(Filter.all(), byName).data();
        }
        var leaves = ParentTable.CHILDREN.then(ChildTable.LEAVES);
        Loader<Parent> childLoader;
        @Nullable Loader<Parent> leafLoader;
        switch (benchCase) {
            case HYDRATE_RELATIONSHIPS -> {
                childLoader = ParentTable.CHILDREN.joined();
                leafLoader = leaves.joined();
            }
            case NESTED_RELATIONSHIPS -> {
                childLoader = ParentTable.CHILDREN.selectIn().batched(batch);
                leafLoader = leaves.selectIn().batched(batch);
            }
            default -> {
                childLoader = ParentTable.CHILDREN.selectIn().batched(batch);
                leafLoader = null;
            }
        }
        if (useAsync) {
            TableHandle<Parent, String> parents = rdb.table(ParentTable.TABLE).loading(childLoader);
            if (leafLoader != null) {
                parents = parents.loading(leafLoader);
            }
            TableHandle<Parent, String> loading = parents;
            return () -> loading.findMany(Filter.all(), parentsByName).join().data();
        }
        BlockingTableHandle<Parent, String> parents =
                rdb.blockingTable(ParentTable.TABLE).loading(childLoader);
        if (leafLoader != null) {
            parents = parents.loading(leafLoader);
        }
        BlockingTableHandle<Parent, String> loading = parents;
        return () -> loading.findMany(Filter.all(), parentsByName).data();
    }

    private Ormdantic relationsDb() throws NotApplicableException {
        Ormdantic open = relationsDb;
        if (open == null) {
            try {
                Ormdantic.Builder builder = Ormdantic.builder(target.ormUrl())
                        .tables(ParentTable.TABLE, ChildTable.TABLE, LeafTable.TABLE)
                        .poolSize(target.poolSize());
                if (replicaUrl != null) {
                    builder.replica(replicaUrl);
                }
                open = builder.open();
            } catch (ConfigurationException e) {
                if (e.code() == ErrorCode.URL_UNSUPPORTED) {
                    throw new NotApplicableException("backend not supported by this build");
                }
                throw e;
            }
            relationsDb = open;
        }
        return open;
    }

    /** A parent this contender loaded, with its loaded children and their leaves when loaded, as the graph. */
    @Override
    public ParentTree asParentTree(Object row) {
        Parent parent = (Parent) row;
        List<ChildTree> children = new ArrayList<>();
        for (Child child : parent.children().get()) {
            children.add(new ChildTree(
                    child, child.leaves().isLoaded() ? child.leaves().get() : List.of()));
        }
        return new ParentTree(parent, children);
    }

    /** A child this contender loaded with its parent, as the pair. */
    @Override
    public ChildWithParent asChildWithParent(Object row) {
        Child child = (Child) row;
        return new ChildWithParent(child, child.parent().get());
    }

    private static final ItemTable TABLE = ItemTable.TABLE;

    /** A session: the rows below the bound join the identity map, every tenth changes, the flush writes those. */
    private static long loadChangeFlush(Session s, Workload w) {
        List<Item> rows = s.find(TABLE, ItemTable.ID.lt(w.sessionBound()), OrderBy.asc(ItemTable.ID));
        long changed = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (Workload.sessionChanges(i)) {
                Item item = rows.get(i);
                s.update(new Item(item.id(), item.category(), item.name(), item.score() + 1, item.payload()));
                changed++;
            }
        }
        return changed;
    }

    /**
     * One transaction's work: read the row by key, then write its score plus one to that row alone, the statement
     * hand-written JDBC, jOOQ and Jdbi send ({@code UPDATE ... SET score = ? WHERE id = ?}); {@code update(record)}
     * would write every column.
     */
    private static long readAndIncrement(Transaction tx, String id) {
        BlockingTableHandle<Item, String> items = tx.blockingTable(TABLE);
        Item item = items.findOne(id).orElseThrow();
        items.updateWhere(ItemTable.ID.eq(id), List.of(ItemTable.SCORE.set(item.score() + 1)));
        return 1L;
    }

    private static Query<Item> aggregateQuery(Filter<Item> where) {
        return Query.from(TABLE)
                .select(
                        Aggregates.<Item>count().as("n"),
                        Aggregates.sum(ItemTable.SCORE).as("total"))
                .where(where);
    }

    private static Aggregate aggregate(List<ResultRow> rows) {
        ResultRow row = rows.get(0);
        return new Aggregate(row.getLong("n"), row.getLong("total"));
    }

    private static Query<Item> projectionQuery(Filter<Item> where) {
        return Query.from(TABLE)
                .select(ItemTable.ID.as("id"), ItemTable.SCORE.as("score"))
                .where(where)
                .orderBy(OrderBy.asc(ItemTable.ID));
    }

    private static RowQuery<Item, IdScore> typedProjection(Filter<Item> where) {
        return Query.from(TABLE)
                .where(where)
                .orderBy(OrderBy.asc(ItemTable.ID))
                .select(ItemTable.ID, ItemTable.SCORE)
                .map(Rows.mapping(IdScore::new));
    }

    private static IdScore idScore(ResultRow row) {
        return new IdScore(String.valueOf(row.getString("id")), (int) row.getLong("score"));
    }

    private static OrderBy<Item> ordered() {
        return OrderBy.asc(ItemTable.CATEGORY).thenAsc(ItemTable.SCORE).thenAsc(ItemTable.ID);
    }

    /**
     * The items of each batch as rows of raw values, in the insert's column order; made before timing, as the JDBC
     * contender's setters read the records in its loop.
     */
    private static List<List<List<Object>>> rawRows(List<List<Item>> batches) {
        return batches.stream()
                .map(batch -> batch.stream()
                        .<List<Object>>map(
                                item -> List.of(item.id(), item.category(), item.name(), item.score(), item.payload()))
                        .toList())
                .toList();
    }

    @Override
    public Prepared findFirst(int rows) {
        return useAsync
                ? () -> async.findMany(Filter.all(), OrderBy.none(), Slice.limit(rows))
                        .join()
                        .data()
                : () -> blocking.findMany(Filter.all(), OrderBy.none(), Slice.limit(rows))
                        .data();
    }

    @Override
    public void close() {
        Ormdantic open = relationsDb;
        if (open != null) {
            open.close();
        }
        db.close();
    }
}
