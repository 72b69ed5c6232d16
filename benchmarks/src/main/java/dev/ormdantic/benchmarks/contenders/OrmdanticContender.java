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
import dev.ormdantic.benchmarks.IdScore;
import dev.ormdantic.benchmarks.NotApplicableException;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.model.Item;
import dev.ormdantic.benchmarks.model.ItemTable;
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
import java.util.List;

/**
 * This ORM, through its blocking handle or its asynchronous one (each call joined at once, so the difference between
 * the two is the cost of the future and the hand-off to the executor).
 */
public final class OrmdanticContender implements Contender {

    private static final String NO_RELATIONSHIPS = "needs relationships and loaders, not built yet";

    private final Ormdantic db;
    private final BlockingTableHandle<Item, String> blocking;
    private final TableHandle<Item, String> async;
    private final boolean useAsync;
    /** The raw insert of one item, as the JDBC contender writes it. */
    private final String insertItem;

    private OrmdanticContender(Ormdantic db, boolean useAsync, BenchSql sql) {
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
        return open(target, useAsync, false);
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
        return open(target, false, true);
    }

    private static OrmdanticContender open(Target target, boolean useAsync, boolean listened)
            throws NotApplicableException {
        try {
            Ormdantic.Builder builder =
                    Ormdantic.builder(target.ormUrl()).tables(ItemTable.TABLE).poolSize(target.poolSize());
            if (listened) {
                builder.listener(new OrmdanticListener() {});
            }
            Ormdantic db = builder.open();
            return new OrmdanticContender(db, useAsync, new BenchSql(target.backend()));
        } catch (ConfigurationException e) {
            if (e.code() == ErrorCode.URL_UNSUPPORTED) {
                throw new NotApplicableException("backend not supported by this build");
            }
            throw e;
        }
    }

    @Override
    public Prepared prepare(BenchCase benchCase, Workload w) throws NotApplicableException {
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
                default -> throw new NotApplicableException(NO_RELATIONSHIPS);
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
            default -> throw new NotApplicableException(NO_RELATIONSHIPS);
        };
    }

    private static final ItemTable TABLE = ItemTable.TABLE;

    /** One transaction's work: read the row by key, write it back with its score plus one. */
    private static long readAndIncrement(Transaction tx, String id) {
        BlockingTableHandle<Item, String> items = tx.blockingTable(TABLE);
        Item item = items.findOne(id).orElseThrow();
        items.update(new Item(item.id(), item.category(), item.name(), item.score() + 1, item.payload()));
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
        db.close();
    }
}
