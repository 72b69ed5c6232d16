package dev.ormdantic.benchmarks.contenders;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import com.zaxxer.hikari.HikariDataSource;
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
import dev.ormdantic.benchmarks.model.Item;
import dev.ormdantic.benchmarks.model.Leaf;
import dev.ormdantic.benchmarks.model.Parent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Records;
import org.jooq.Row5;
import org.jooq.SQLDialect;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ (open-source edition) through its DSL with hand-declared tables and fields, no code generator; rows map to the
 * benchmark's record with {@link Records#mapping}, without reflection. The relationship cases: nested
 * {@code MULTISET}s for the joined graph (one statement), {@code IN} batches grouped with {@code fetchGroups} for
 * one-to-many and nested (the floor's select-in), and a join for the to-one.
 */
public final class JooqContender implements Contender {

    static {
        // jOOQ prints a banner and tips on first use; keep the progress output readable
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private static final Table<?> ITEMS = table(name(BenchSql.ITEMS));
    private static final Field<String> ID =
            field(name("id"), SQLDataType.VARCHAR(32).nullable(false));
    private static final Field<String> CATEGORY =
            field(name("category"), SQLDataType.VARCHAR(24).nullable(false));
    private static final Field<String> NAME =
            field(name("name"), SQLDataType.VARCHAR(96).nullable(false));
    private static final Field<Integer> SCORE = field(name("score"), SQLDataType.INTEGER.nullable(false));
    private static final Field<String> PAYLOAD =
            field(name("payload"), SQLDataType.VARCHAR(160).nullable(false));

    private static final Table<?> PARENTS = table(name(BenchSql.PARENTS));
    private static final Field<String> P_ID = field(name(BenchSql.PARENTS, "id"), SQLDataType.VARCHAR(32));
    private static final Field<String> P_NAME = field(name(BenchSql.PARENTS, "name"), SQLDataType.VARCHAR(96));
    private static final Table<?> CHILDREN = table(name(BenchSql.CHILDREN));
    private static final Field<String> C_ID = field(name(BenchSql.CHILDREN, "id"), SQLDataType.VARCHAR(32));
    private static final Field<String> C_PARENT = field(name(BenchSql.CHILDREN, "parent_id"), SQLDataType.VARCHAR(32));
    private static final Field<String> C_NAME = field(name(BenchSql.CHILDREN, "name"), SQLDataType.VARCHAR(96));
    private static final Table<?> LEAVES = table(name(BenchSql.LEAVES));
    private static final Field<String> L_ID = field(name(BenchSql.LEAVES, "id"), SQLDataType.VARCHAR(32));
    private static final Field<String> L_CHILD = field(name(BenchSql.LEAVES, "child_id"), SQLDataType.VARCHAR(32));
    private static final Field<String> L_NAME = field(name(BenchSql.LEAVES, "name"), SQLDataType.VARCHAR(96));

    private final HikariDataSource pool;
    private final DSLContext ctx;

    /**
     * Opens the pool and the DSL context.
     *
     * @param target where to connect
     */
    public JooqContender(Target target) {
        this.pool = target.hikari("bench-jooq");
        SQLDialect dialect = switch (target.backend()) {
            case SQLITE -> SQLDialect.SQLITE;
            case POSTGRES -> SQLDialect.POSTGRES;
            case MARIADB -> SQLDialect.MARIADB;
        };
        // MULTISET on MariaDB is emulated with GROUP_CONCAT; jOOQ would raise group_concat_max_len first in the same
        // call (SET ...; SELECT ...), which the driver refuses without allowMultiQueries. The server's default (1 MiB)
        // holds one parent's children and leaves many times over.
        Settings settings = new Settings()
                .withRenderSchema(false)
                .withExecuteLogging(false)
                .withRenderGroupConcatMaxLenSessionVariable(false);
        this.ctx = DSL.using(pool, dialect, settings);
    }

    private SelectJoinStep<Record5<String, String, String, Integer, String>> selectItems() {
        return ctx.select(ID, CATEGORY, NAME, SCORE, PAYLOAD).from(ITEMS);
    }

    @Override
    public Prepared prepare(BenchCase benchCase, Workload w) throws NotApplicableException {
        int page = w.profile().pageLimit();
        return switch (benchCase) {
            case SCHEMA_CREATE_DROP ->
                () -> {
                    ctx.createTable(ITEMS)
                            .columns(ID, CATEGORY, NAME, SCORE, PAYLOAD)
                            .constraints(DSL.constraint(name(BenchSql.ITEMS + "_pkey"))
                                    .primaryKey(ID))
                            .execute();
                    ctx.createIndex(name(BenchSql.ITEMS + "_category_idx"))
                            .on(ITEMS, CATEGORY)
                            .execute();
                    ctx.createIndex(name(BenchSql.ITEMS + "_score_idx"))
                            .on(ITEMS, SCORE)
                            .execute();
                    ctx.dropTable(ITEMS).execute();
                    return 0L;
                };
            case RAW_BATCH_INSERT ->
                () -> {
                    long written = 0;
                    for (List<Item> batch : w.writeBatches()) {
                        ctx.transaction(cfg -> {
                            BatchBindStep step = DSL.using(cfg)
                                    .batch(DSL.using(cfg)
                                            .insertInto(ITEMS, ID, CATEGORY, NAME, SCORE, PAYLOAD)
                                            .values((String) null, null, null, null, null));
                            for (Item item : batch) {
                                step = step.bind(item.id(), item.category(), item.name(), item.score(), item.payload());
                            }
                            step.execute();
                        });
                        written += batch.size();
                    }
                    return written;
                };
            case ORM_INSERT_MODELS ->
                () -> {
                    long written = 0;
                    for (List<Item> batch : w.writeBatches()) {
                        List<Row5<String, String, String, Integer, String>> rows = rows(batch);
                        ctx.transaction(cfg -> DSL.using(cfg)
                                .insertInto(ITEMS, ID, CATEGORY, NAME, SCORE, PAYLOAD)
                                .valuesOfRows(rows)
                                .execute());
                        written += batch.size();
                    }
                    return written;
                };
            case ORM_UPDATE_FILTERED ->
                () -> {
                    ctx.update(ITEMS)
                            .set(SCORE, Workload.UPDATED_SCORE)
                            .where(CATEGORY.eq(Workload.CATEGORY))
                            .execute();
                    return (long) ctx.fetchCount(ITEMS, SCORE.eq(Workload.UPDATED_SCORE));
                };
            case ORM_UPSERT_MIXED ->
                () -> {
                    List<Row5<String, String, String, Integer, String>> rows = rows(w.upsertRows());
                    ctx.transaction(cfg -> DSL.using(cfg)
                            .insertInto(ITEMS, ID, CATEGORY, NAME, SCORE, PAYLOAD)
                            .valuesOfRows(rows)
                            .onConflict(ID)
                            .doUpdate()
                            .set(CATEGORY, excluded(CATEGORY))
                            .set(NAME, excluded(NAME))
                            .set(SCORE, excluded(SCORE))
                            .set(PAYLOAD, excluded(PAYLOAD))
                            .execute());
                    return (long) rows.size();
                };
            case ORM_DELETE_FILTERED ->
                () -> {
                    ctx.deleteFrom(ITEMS).where(CATEGORY.eq(Workload.CATEGORY)).execute();
                    return (long) ctx.fetchCount(ITEMS);
                };
            case SESSION ->
                throw new NotApplicableException(
                        "jOOQ has no unit of work (no change tracking of loaded rows); the hand-written batch is jdbc's");
            case TRANSACTIONS ->
                () -> {
                    long committed = 0;
                    for (String id : w.lookupIds()) {
                        committed += ctx.transactionResult(cfg -> {
                            DSLContext tx = DSL.using(cfg);
                            Item item = tx.select(ID, CATEGORY, NAME, SCORE, PAYLOAD)
                                    .from(ITEMS)
                                    .where(ID.eq(id))
                                    .fetchSingle(Records.mapping(Item::new));
                            tx.update(ITEMS)
                                    .set(SCORE, item.score() + 1)
                                    .where(ID.eq(id))
                                    .execute();
                            return 1L;
                        });
                    }
                    return committed;
                };
            case COUNT_ALL -> () -> (long) ctx.fetchCount(ITEMS);
            case COUNT_EQUALITY -> () -> (long) ctx.fetchCount(ITEMS, CATEGORY.eq(Workload.CATEGORY));
            case COUNT_RANGE -> () -> (long) ctx.fetchCount(ITEMS, SCORE.ge(Workload.MIN_SCORE));
            case AGGREGATE_FILTERED ->
                () -> {
                    var row = ctx.select(count(), sum(SCORE))
                            .from(ITEMS)
                            .where(CATEGORY.eq(Workload.CATEGORY))
                            .fetchSingle();
                    BigDecimal total = row.value2();
                    return new Aggregate(row.value1(), total == null ? 0 : total.longValue());
                };
            case SCALAR_PROJECTION, TYPED_PROJECTION ->
                () -> ctx.select(ID, SCORE)
                        .from(ITEMS)
                        .where(CATEGORY.eq(Workload.CATEGORY))
                        .orderBy(ID)
                        .fetch(Records.mapping(IdScore::new));
            case PK_LOOKUP ->
                () -> {
                    long found = 0;
                    for (String id : w.lookupIds()) {
                        found += selectItems()
                                        .where(ID.eq(id))
                                        .fetchOptional(Records.mapping(Item::new))
                                        .isPresent()
                                ? 1
                                : 0;
                    }
                    return found;
                };
            case PAGINATED_FIND_MANY ->
                () -> selectItems().orderBy(ID).limit(page).offset(page).fetch(Records.mapping(Item::new));
            case ORDERED_FIND_MANY ->
                () -> selectItems().orderBy(CATEGORY, SCORE, ID).limit(page).fetch(Records.mapping(Item::new));
            case HYDRATE_FLAT ->
                () -> selectItems()
                        .where(CATEGORY.eq(Workload.CATEGORY))
                        .limit(page)
                        .fetch(Records.mapping(Item::new));
            case HYDRATE_RELATIONSHIPS -> this::multisetTrees;
            case ONE_TO_MANY -> {
                int batch = w.relations().batch();
                yield () -> selectInTrees(batch, false);
            }
            case NESTED_RELATIONSHIPS -> {
                int batch = w.relations().batch();
                yield () -> selectInTrees(batch, true);
            }
            case MANY_TO_ONE ->
                // a to-one is a join in jOOQ: one statement, each row mapped to the pair
                () -> ctx.select(C_ID, C_PARENT, C_NAME, P_ID, P_NAME)
                        .from(CHILDREN)
                        .join(PARENTS)
                        .on(P_ID.eq(C_PARENT))
                        .orderBy(C_NAME, C_ID)
                        .fetch(Records.mapping((String id, String parentId, String name, String pId, String pName) ->
                                new ChildWithParent(new Child(id, parentId, name), new Parent(pId, pName))));
        };
    }

    /**
     * The whole graph in one statement with nested {@code MULTISET}s, the way jOOQ's manual nests to-many
     * collections (emulated with JSON aggregation on PostgreSQL, MariaDB and SQLite), mapped without reflection.
     */
    private List<ParentTree> multisetTrees() {
        Field<List<Leaf>> leaves = DSL.multiset(DSL.select(L_ID, L_CHILD, L_NAME)
                        .from(LEAVES)
                        .where(L_CHILD.eq(C_ID))
                        .orderBy(L_ID))
                .convertFrom(r -> r.map(
                        Records.mapping((String id, String childId, String name) -> new Leaf(id, childId, name))));
        Field<List<ChildTree>> children = DSL.multiset(DSL.select(C_ID, C_PARENT, C_NAME, leaves)
                        .from(CHILDREN)
                        .where(C_PARENT.eq(P_ID))
                        .orderBy(C_ID))
                .convertFrom(r -> r.map(Records.mapping((String id, String parentId, String name, List<Leaf> its) ->
                        new ChildTree(new Child(id, parentId, name), its))));
        return ctx.select(P_ID, P_NAME, children)
                .from(PARENTS)
                .orderBy(P_NAME, P_ID)
                .fetch(Records.mapping(
                        (String id, String name, List<ChildTree> its) -> new ParentTree(new Parent(id, name), its)));
    }

    /**
     * Parents by name, then children (and leaves) with {@code IN} batches of keys, grouped by their foreign key with
     * {@code intoGroups}, the manual's two-query alternative to a join.
     */
    private List<ParentTree> selectInTrees(int batch, boolean withLeaves) {
        List<Parent> parents = ctx.select(P_ID, P_NAME)
                .from(PARENTS)
                .orderBy(P_NAME, P_ID)
                .fetch(Records.mapping((String id, String name) -> new Parent(id, name)));
        Map<String, List<Child>> children = new HashMap<>();
        for (List<String> keys : chunks(parents.stream().map(Parent::id).toList(), batch)) {
            children.putAll(ctx.select(C_ID, C_PARENT, C_NAME)
                    .from(CHILDREN)
                    .where(C_PARENT.in(keys))
                    .orderBy(C_ID)
                    .fetchGroups(
                            C_PARENT,
                            Records.mapping(
                                    (String id, String parentId, String name) -> new Child(id, parentId, name))));
        }
        Map<String, List<Leaf>> leaves = new HashMap<>();
        if (withLeaves) {
            List<String> childIds = children.values().stream()
                    .flatMap(List::stream)
                    .map(Child::id)
                    .toList();
            for (List<String> keys : chunks(childIds, batch)) {
                leaves.putAll(ctx.select(L_ID, L_CHILD, L_NAME)
                        .from(LEAVES)
                        .where(L_CHILD.in(keys))
                        .orderBy(L_ID)
                        .fetchGroups(
                                L_CHILD,
                                Records.mapping(
                                        (String id, String childId, String name) -> new Leaf(id, childId, name))));
            }
        }
        List<ParentTree> trees = new ArrayList<>(parents.size());
        for (Parent parent : parents) {
            List<ChildTree> kids = new ArrayList<>();
            for (Child child : children.getOrDefault(parent.id(), List.of())) {
                kids.add(new ChildTree(child, leaves.getOrDefault(child.id(), List.of())));
            }
            trees.add(new ParentTree(parent, kids));
        }
        return trees;
    }

    private static List<List<String>> chunks(List<String> keys, int batch) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += batch) {
            chunks.add(keys.subList(from, Math.min(from + batch, keys.size())));
        }
        return chunks;
    }

    private static List<Row5<String, String, String, Integer, String>> rows(List<Item> items) {
        return items.stream()
                .map(i -> DSL.row(i.id(), i.category(), i.name(), i.score(), i.payload()))
                .toList();
    }

    @Override
    public Prepared findFirst(int rows) {
        return () -> selectItems().limit(rows).fetch(Records.mapping(Item::new));
    }

    @Override
    public void close() {
        pool.close();
    }
}
