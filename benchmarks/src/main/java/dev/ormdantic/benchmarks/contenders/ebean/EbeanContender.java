package dev.ormdantic.benchmarks.contenders.ebean;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.benchmarks.Aggregate;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.BenchSql;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Graphs.ChildWithParent;
import dev.ormdantic.benchmarks.Graphs.ParentTree;
import dev.ormdantic.benchmarks.IdScore;
import dev.ormdantic.benchmarks.NotApplicableException;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.model.Item;
import io.ebean.Database;
import io.ebean.DatabaseFactory;
import io.ebean.FetchConfig;
import io.ebean.SqlUpdate;
import io.ebean.Transaction;
import io.ebean.config.DatabaseConfig;
import io.ebean.config.dbplatform.DatabasePlatform;
import io.ebean.platform.mariadb.MariaDbPlatform;
import io.ebean.platform.postgres.PostgresPlatform;
import io.ebean.platform.sqlite.SQLitePlatform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ebean through its plain query API (no query beans) on the contender's HikariCP pool: batched inserts in one
 * transaction per batch, {@code update()}/{@code delete()} queries for the filtered writes, formula selects for the
 * aggregate, partial objects for the projection. No DDL generation: the harness's fixture creates the tables. The
 * relationship cases use {@code fetch} paths: a fetch join for the joined graph, {@code FetchConfig.ofQuery(batch)}
 * (Ebean's select-in, batched like the JDBC floor) for one-to-many and nested, a joined fetch for the to-one, with lazy loading
 * disabled so that reading the graph after the query never goes back to the database.
 */
public final class EbeanContender implements Contender {

    private final HikariDataSource pool;
    private final Database db;
    private final BenchSql sql;
    private final int batchSize;

    /**
     * Opens the pool and Ebean on it.
     *
     * @param target where to connect
     * @param batchSize the JDBC batch size, the profile's insert batch
     */
    public EbeanContender(Target target, int batchSize) {
        this.pool = target.hikari("bench-ebean");
        this.sql = new BenchSql(target.backend());
        this.batchSize = batchSize;
        DatabasePlatform platform = switch (target.backend()) {
            case SQLITE -> new SQLitePlatform();
            case POSTGRES -> new PostgresPlatform();
            case MARIADB -> new MariaDbPlatform();
        };
        DatabaseConfig config = new DatabaseConfig();
        config.setName("bench-ebean-" + target.backend().name().toLowerCase(Locale.ROOT));
        config.setDataSource(pool);
        config.setDatabasePlatform(platform);
        config.setRegister(false);
        config.setDefaultServer(false);
        config.setDdlGenerate(false);
        config.setDdlRun(false);
        config.setRunMigration(false);
        config.setDisableClasspathSearch(true);
        config.addClass(EbeanItem.class);
        config.addClass(EbeanParent.class);
        config.addClass(EbeanChild.class);
        config.addClass(EbeanLeaf.class);
        this.db = DatabaseFactory.create(config);
    }

    @Override
    public Prepared prepare(BenchCase benchCase, Workload w) throws NotApplicableException {
        int page = w.profile().pageLimit();
        return switch (benchCase) {
            case SCHEMA_CREATE_DROP ->
                throw new NotApplicableException(
                        "Ebean generates DDL only at startup (ddl.generate/ddl.run), not as a call; raw DDL is jdbc's case");
            case RAW_BATCH_INSERT ->
                () -> {
                    long written = 0;
                    for (List<Item> batch : w.writeBatches()) {
                        try (Transaction txn = db.beginTransaction()) {
                            SqlUpdate insert = db.sqlUpdate(sql.insertItem());
                            for (Item item : batch) {
                                insert.setParameter(1, item.id())
                                        .setParameter(2, item.category())
                                        .setParameter(3, item.name())
                                        .setParameter(4, item.score())
                                        .setParameter(5, item.payload())
                                        .addBatch();
                            }
                            insert.executeBatch();
                            txn.commit();
                        }
                        written += batch.size();
                    }
                    return written;
                };
            case ORM_INSERT_MODELS -> {
                List<List<EbeanItem>> batches = w.writeBatches().stream()
                        .map(b -> b.stream().map(EbeanItem::new).toList())
                        .toList();
                yield () -> {
                    long written = 0;
                    for (List<EbeanItem> batch : batches) {
                        try (Transaction txn = db.beginTransaction()) {
                            txn.setBatchMode(true);
                            txn.setBatchSize(batchSize);
                            db.insertAll(batch, txn);
                            txn.commit();
                        }
                        written += batch.size();
                    }
                    return written;
                };
            }
            case ORM_UPDATE_FILTERED ->
                () -> {
                    db.update(EbeanItem.class)
                            .set("score", Workload.UPDATED_SCORE)
                            .where()
                            .eq("category", Workload.CATEGORY)
                            .update();
                    return (long) db.find(EbeanItem.class)
                            .where()
                            .eq("score", Workload.UPDATED_SCORE)
                            .findCount();
                };
            case ORM_UPSERT_MIXED -> {
                // Ebean's insert-on-conflict (InsertOptions) is PostgreSQL-only and wants a unique column besides the
                // key; its portable way is to ask which keys exist, then batch stateless updates and inserts
                List<EbeanItem> rows =
                        w.upsertRows().stream().map(EbeanItem::new).toList();
                List<String> keys = rows.stream().map(EbeanItem::id).toList();
                yield () -> {
                    try (Transaction txn = db.beginTransaction()) {
                        List<String> found = db.find(EbeanItem.class)
                                .usingTransaction(txn)
                                .where()
                                .idIn(keys)
                                .findIds();
                        Set<String> existing = new HashSet<>(found);
                        List<EbeanItem> updates = new ArrayList<>();
                        List<EbeanItem> inserts = new ArrayList<>();
                        for (EbeanItem row : rows) {
                            (existing.contains(row.id()) ? updates : inserts).add(row);
                        }
                        txn.setBatchMode(true);
                        txn.setBatchSize(batchSize);
                        db.updateAll(updates, txn);
                        db.insertAll(inserts, txn);
                        txn.commit();
                    }
                    return (long) rows.size();
                };
            }
            case ORM_DELETE_FILTERED ->
                () -> {
                    db.find(EbeanItem.class)
                            .where()
                            .eq("category", Workload.CATEGORY)
                            .delete();
                    return (long) db.find(EbeanItem.class).findCount();
                };
            case TRANSACTIONS ->
                () -> {
                    long committed = 0;
                    for (String id : w.lookupIds()) {
                        try (Transaction txn = db.beginTransaction()) {
                            EbeanItem item = db.find(EbeanItem.class)
                                    .usingTransaction(txn)
                                    .setId(id)
                                    .findOne();
                            if (item == null) {
                                throw new IllegalStateException("no item " + id);
                            }
                            item.setScore(item.score() + 1);
                            db.update(item, txn);
                            txn.commit();
                        }
                        committed++;
                    }
                    return committed;
                };
            case SESSION ->
                () -> {
                    long changed = 0;
                    try (Transaction txn = db.beginTransaction()) {
                        txn.setBatchMode(true);
                        List<EbeanItem> rows = db.find(EbeanItem.class)
                                .usingTransaction(txn)
                                .where()
                                .lt("id", w.sessionBound())
                                .orderBy("id")
                                .findList();
                        for (int i = 0; i < rows.size(); i++) {
                            if (Workload.sessionChanges(i)) {
                                EbeanItem item = rows.get(i);
                                item.setScore(item.score() + 1);
                                db.update(item, txn);
                                changed++;
                            }
                        }
                        txn.commit();
                    }
                    return changed;
                };
            case COUNT_ALL -> () -> (long) db.find(EbeanItem.class).findCount();
            case COUNT_EQUALITY ->
                () -> (long) db.find(EbeanItem.class)
                        .where()
                        .eq("category", Workload.CATEGORY)
                        .findCount();
            case COUNT_RANGE ->
                () -> (long) db.find(EbeanItem.class)
                        .where()
                        .ge("score", Workload.MIN_SCORE)
                        .findCount();
            case AGGREGATE_FILTERED ->
                () -> db.find(EbeanItem.class)
                        .select("count(*), sum(score)")
                        .where()
                        .eq("category", Workload.CATEGORY)
                        .asDto(Aggregate.class)
                        .findOneOrEmpty()
                        .orElseThrow();
            case SCALAR_PROJECTION, TYPED_PROJECTION ->
                () -> db.find(EbeanItem.class)
                        .select("id, score")
                        .where()
                        .eq("category", Workload.CATEGORY)
                        .orderBy("id")
                        .findList();
            case PK_LOOKUP ->
                () -> {
                    long found = 0;
                    for (String id : w.lookupIds()) {
                        found += db.find(EbeanItem.class, id) != null ? 1 : 0;
                    }
                    return found;
                };
            case PAGINATED_FIND_MANY ->
                () -> db.find(EbeanItem.class)
                        .orderBy("id")
                        .setFirstRow(page)
                        .setMaxRows(page)
                        .findList();
            case ORDERED_FIND_MANY ->
                () -> db.find(EbeanItem.class)
                        .orderBy("category, score, id")
                        .setMaxRows(page)
                        .findList();
            case HYDRATE_FLAT ->
                () -> db.find(EbeanItem.class)
                        .where()
                        .eq("category", Workload.CATEGORY)
                        .setMaxRows(page)
                        .findList();
            case HYDRATE_RELATIONSHIPS ->
                // fetch joins: Ebean joins one to-many path in the main statement and turns a second one
                // (children.leaves) into a query join of its own, in batches
                () -> db.find(EbeanParent.class)
                        .fetch("children")
                        .fetch("children.leaves")
                        .orderBy("name, id")
                        .setDisableLazyLoading(true)
                        .findList();
            case ONE_TO_MANY ->
                () -> db.find(EbeanParent.class)
                        .fetch("children", FetchConfig.ofQuery(w.relations().batch()))
                        .orderBy("name, id")
                        .setDisableLazyLoading(true)
                        .findList();
            case NESTED_RELATIONSHIPS ->
                () -> db.find(EbeanParent.class)
                        .fetch("children", FetchConfig.ofQuery(w.relations().batch()))
                        .fetch(
                                "children.leaves",
                                FetchConfig.ofQuery(w.relations().batch()))
                        .orderBy("name, id")
                        .setDisableLazyLoading(true)
                        .findList();
            case MANY_TO_ONE ->
                // a to-one path is joined into the main statement (Ebean's default for fetch on a ToOne); its query
                // join loads only when the reference is touched, which lazy loading disabled forbids
                () -> db.find(EbeanChild.class)
                        .fetch("parent")
                        .orderBy("name, id")
                        .setDisableLazyLoading(true)
                        .findList();
        };
    }

    @Override
    public Prepared findFirst(int rows) {
        return () -> db.find(EbeanItem.class).setMaxRows(rows).findList();
    }

    @Override
    public Item asItem(Object row) {
        return ((EbeanItem) row).toItem();
    }

    @Override
    public IdScore asIdScore(Object row) {
        return ((EbeanItem) row).toIdScore();
    }

    @Override
    public ParentTree asParentTree(Object row) {
        return ((EbeanParent) row).toTree();
    }

    @Override
    public ChildWithParent asChildWithParent(Object row) {
        return ((EbeanChild) row).withParent();
    }

    @Override
    public void close() {
        db.shutdown(false, false);
        pool.close();
    }
}
