package dev.ormdantic.benchmarks.contenders;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.benchmarks.Aggregate;
import dev.ormdantic.benchmarks.Backend;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/**
 * Jdbi 3 (core, fluent API) with the same SQL as the JDBC floor and hand-written row mappers; the model insert binds
 * record accessors by name ({@code bindMethods}), as Jdbi users write it. The relationship cases: the joined graph
 * as one LEFT JOIN folded with {@code reduceRows}; many-to-one as the floor's join, mapped row by row; one-to-many
 * and nested as the floor's select-in, the keys bound with {@code bindList}.
 */
public final class JdbiContender implements Contender {

    private static final RowMapper<Item> ITEM =
            (rs, ctx) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5));

    private static final RowMapper<Parent> PARENT = (rs, ctx) -> new Parent(rs.getString("id"), rs.getString("name"));
    private static final RowMapper<Child> CHILD =
            (rs, ctx) -> new Child(rs.getString("id"), rs.getString("parent_id"), rs.getString("name"));
    private static final RowMapper<Leaf> LEAF =
            (rs, ctx) -> new Leaf(rs.getString("id"), rs.getString("child_id"), rs.getString("name"));

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final BenchSql sql;
    private final String namedInsert;
    private final Backend backend;

    /**
     * Opens the pool and Jdbi on it.
     *
     * @param target where to connect
     */
    public JdbiContender(Target target) {
        this.pool = target.hikari("bench-jdbi");
        this.jdbi = Jdbi.create(pool);
        jdbi.registerRowMapper(Item.class, ITEM);
        this.sql = new BenchSql(target.backend());
        this.backend = target.backend();
        this.namedInsert = sql.insertItem().replace("(?, ?, ?, ?, ?)", "(:id, :category, :name, :score, :payload)");
    }

    @Override
    public Prepared prepare(BenchCase benchCase, Workload w) throws NotApplicableException {
        int page = w.profile().pageLimit();
        return switch (benchCase) {
            case SCHEMA_CREATE_DROP ->
                () -> {
                    jdbi.useHandle(h -> {
                        for (String ddl : sql.createItems()) {
                            h.execute(ddl);
                        }
                        h.execute(sql.dropItems());
                    });
                    return 0L;
                };
            case RAW_BATCH_INSERT ->
                () -> {
                    long written = 0;
                    for (List<Item> batch : w.writeBatches()) {
                        written += jdbi.inTransaction(h -> positional(h, sql.insertItem(), batch));
                    }
                    return written;
                };
            case ORM_INSERT_MODELS ->
                () -> {
                    long written = 0;
                    for (List<Item> batch : w.writeBatches()) {
                        written += jdbi.inTransaction(h -> {
                            PreparedBatch prepared = h.prepareBatch(namedInsert);
                            for (Item item : batch) {
                                prepared.bindMethods(item).add();
                            }
                            return prepared.execute().length;
                        });
                    }
                    return written;
                };
            case ORM_UPDATE_FILTERED ->
                () -> jdbi.withHandle(h -> {
                    h.createUpdate(sql.updateScoreWhereCategory())
                            .bind(0, Workload.UPDATED_SCORE)
                            .bind(1, Workload.CATEGORY)
                            .execute();
                    return h.createQuery(sql.countWhereScore())
                            .bind(0, Workload.UPDATED_SCORE)
                            .mapTo(Long.class)
                            .one();
                });
            case ORM_UPSERT_MIXED ->
                () -> (long) jdbi.inTransaction(h -> positional(h, sql.upsertItem(), w.upsertRows()));
            case ORM_DELETE_FILTERED ->
                () -> jdbi.withHandle(h -> {
                    h.createUpdate(sql.deleteWhereCategory())
                            .bind(0, Workload.CATEGORY)
                            .execute();
                    return h.createQuery(sql.countAll()).mapTo(Long.class).one();
                });
            case SESSION ->
                throw new NotApplicableException(
                        "Jdbi has no unit of work (no change tracking of loaded rows); the hand-written batch is jdbc's");
            case TRANSACTIONS -> {
                String select = sql.selectById();
                String update = sql.updateScoreById();
                yield () -> {
                    long committed = 0;
                    for (String id : w.lookupIds()) {
                        committed += jdbi.inTransaction(h -> {
                            Item item = h.createQuery(select)
                                    .bind(0, id)
                                    .mapTo(Item.class)
                                    .one();
                            h.createUpdate(update)
                                    .bind(0, item.score() + 1)
                                    .bind(1, id)
                                    .execute();
                            return 1L;
                        });
                    }
                    return committed;
                };
            }
            case COUNT_ALL ->
                () -> jdbi.withHandle(
                        h -> h.createQuery(sql.countAll()).mapTo(Long.class).one());
            case COUNT_EQUALITY ->
                () -> jdbi.withHandle(h -> h.createQuery(sql.countWhereCategory())
                        .bind(0, Workload.CATEGORY)
                        .mapTo(Long.class)
                        .one());
            case COUNT_RANGE ->
                () -> jdbi.withHandle(h -> h.createQuery(sql.countWhereScoreAtLeast())
                        .bind(0, Workload.MIN_SCORE)
                        .mapTo(Long.class)
                        .one());
            case AGGREGATE_FILTERED ->
                () -> jdbi.withHandle(h -> h.createQuery(sql.aggregateWhereCategory())
                        .bind(0, Workload.CATEGORY)
                        .map((rs, ctx) -> new Aggregate(rs.getLong(1), rs.getLong(2)))
                        .one());
            case SCALAR_PROJECTION, TYPED_PROJECTION ->
                () -> jdbi.withHandle(h -> h.createQuery(sql.projectionWhereCategory())
                        .bind(0, Workload.CATEGORY)
                        .map((rs, ctx) -> new IdScore(rs.getString(1), rs.getInt(2)))
                        .list());
            case PK_LOOKUP ->
                () -> {
                    long found = 0;
                    for (String id : w.lookupIds()) {
                        found += jdbi.withHandle(h -> h.createQuery(sql.selectById())
                                                .bind(0, id)
                                                .mapTo(Item.class)
                                                .findOne())
                                        .isPresent()
                                ? 1
                                : 0;
                    }
                    return found;
                };
            case PAGINATED_FIND_MANY ->
                () -> jdbi.withHandle(h -> h.createQuery(sql.pageById())
                        .bind(0, page)
                        .bind(1, page)
                        .mapTo(Item.class)
                        .list());
            case ORDERED_FIND_MANY ->
                () -> jdbi.withHandle(h -> h.createQuery(sql.pageOrdered())
                        .bind(0, page)
                        .mapTo(Item.class)
                        .list());
            case HYDRATE_FLAT ->
                () -> jdbi.withHandle(h -> h.createQuery(sql.pageWhereCategory())
                        .bind(0, Workload.CATEGORY)
                        .bind(1, page)
                        .mapTo(Item.class)
                        .list());
            case HYDRATE_RELATIONSHIPS -> {
                String join = joinedSql();
                yield () -> jdbi.withHandle(h -> joined(h, join));
            }
            case ONE_TO_MANY, NESTED_RELATIONSHIPS -> {
                int batch = w.relations().batch();
                boolean leaves = benchCase == BenchCase.NESTED_RELATIONSHIPS;
                String parents = "SELECT " + q("id") + ", " + q("name") + " FROM " + q(BenchSql.PARENTS) + " ORDER BY "
                        + q("name") + ", " + q("id");
                String children = inSql(BenchSql.CHILDREN, "parent_id");
                String leafRows = inSql(BenchSql.LEAVES, "child_id");
                yield () -> jdbi.withHandle(h -> selectIn(h, parents, children, leaves ? leafRows : null, batch));
            }
            case MANY_TO_ONE -> {
                String join = "SELECT ch." + q("id") + " c_id, ch." + q("parent_id") + " c_parent, ch." + q("name")
                        + " c_name, p." + q("id") + " p_id, p." + q("name") + " p_name FROM " + q(BenchSql.CHILDREN)
                        + " ch JOIN " + q(BenchSql.PARENTS) + " p ON p." + q("id") + " = ch." + q("parent_id")
                        + " ORDER BY ch." + q("name") + ", ch." + q("id");
                yield () -> jdbi.withHandle(h -> manyToOne(h, join));
            }
        };
    }

    private String q(String name) {
        return backend.quote(name);
    }

    private String joinedSql() {
        return "SELECT p." + q("id") + " p_id, p." + q("name") + " p_name, ch." + q("id") + " c_id, ch." + q("name")
                + " c_name, l." + q("id") + " l_id, l." + q("name") + " l_name FROM " + q(BenchSql.PARENTS)
                + " p LEFT JOIN " + q(BenchSql.CHILDREN) + " ch ON ch." + q("parent_id") + " = p." + q("id")
                + " LEFT JOIN " + q(BenchSql.LEAVES) + " l ON l." + q("child_id") + " = ch." + q("id") + " ORDER BY p."
                + q("name") + ", p." + q("id") + ", ch." + q("id") + ", l." + q("id");
    }

    /** Rows of a child table whose foreign key is one of the bound list {@code keys}, in key order. */
    private String inSql(String table, String column) {
        return "SELECT " + q("id") + ", " + q(column) + ", " + q("name") + " FROM " + q(table) + " WHERE " + q(column)
                + " IN (<keys>) ORDER BY " + q("id");
    }

    /** One LEFT JOIN folded into the graph with {@code reduceRows}, Jdbi's documented way to map a join. */
    private static List<ParentTree> joined(Handle h, String join) {
        Map<String, ParentRows> parents = h.createQuery(join).reduceRows(new LinkedHashMap<>(), (map, row) -> {
            String parentId = row.getColumn("p_id", String.class);
            ParentRows parent = map.computeIfAbsent(
                    parentId, id -> new ParentRows(new Parent(id, row.getColumn("p_name", String.class))));
            String childId = row.getColumn("c_id", String.class);
            if (childId != null) {
                ChildRows child = parent.children.computeIfAbsent(
                        childId,
                        id -> new ChildRows(
                                new Child(id, parentId, row.getColumn("c_name", String.class)), new ArrayList<>()));
                String leafId = row.getColumn("l_id", String.class);
                if (leafId != null) {
                    child.leaves.add(new Leaf(leafId, childId, row.getColumn("l_name", String.class)));
                }
            }
            return map;
        });
        List<ParentTree> trees = new ArrayList<>(parents.size());
        for (ParentRows parent : parents.values()) {
            List<ChildTree> kids = new ArrayList<>(parent.children.size());
            for (ChildRows child : parent.children.values()) {
                kids.add(new ChildTree(child.child, child.leaves));
            }
            trees.add(new ParentTree(parent.parent, kids));
        }
        return trees;
    }

    /** A parent and its children by key, in the order the join returned them. */
    private record ParentRows(Parent parent, Map<String, ChildRows> children) {
        ParentRows(Parent parent) {
            this(parent, new LinkedHashMap<>());
        }
    }

    /** A child and its leaves, in the order the join returned them. */
    private record ChildRows(Child child, List<Leaf> leaves) {}

    /** Parents, then children (and leaves) in {@code bindList} batches of keys, grouped by foreign key. */
    private static List<ParentTree> selectIn(
            Handle h, String parentSql, String childSql, @Nullable String leafSql, int batch) {
        List<Parent> parents = h.createQuery(parentSql).map(PARENT).list();
        Map<String, List<Child>> children = new HashMap<>();
        for (List<String> keys : chunks(parents.stream().map(Parent::id).toList(), batch)) {
            h.createQuery(childSql)
                    .bindList("keys", keys)
                    .map(CHILD)
                    .forEach(c -> children.computeIfAbsent(c.parentId(), k -> new ArrayList<>())
                            .add(c));
        }
        Map<String, List<Leaf>> leaves = new HashMap<>();
        if (leafSql != null) {
            List<String> childIds = children.values().stream()
                    .flatMap(List::stream)
                    .map(Child::id)
                    .toList();
            for (List<String> keys : chunks(childIds, batch)) {
                h.createQuery(leafSql)
                        .bindList("keys", keys)
                        .map(LEAF)
                        .forEach(l -> leaves.computeIfAbsent(l.child().key(), k -> new ArrayList<>())
                                .add(l));
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

    /** One join, each row mapped to the pair, the parents shared through a map: Jdbi's way to map a to-one join. */
    private static List<ChildWithParent> manyToOne(Handle h, String join) {
        Map<String, Parent> parents = new HashMap<>();
        return h.createQuery(join)
                .map((rs, ctx) -> {
                    String parentId = rs.getString("p_id");
                    Parent parent = parents.get(parentId);
                    if (parent == null) {
                        parent = new Parent(parentId, rs.getString("p_name"));
                        parents.put(parentId, parent);
                    }
                    return new ChildWithParent(
                            new Child(rs.getString("c_id"), rs.getString("c_parent"), rs.getString("c_name")), parent);
                })
                .list();
    }

    private static List<List<String>> chunks(List<String> keys, int batch) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += batch) {
            chunks.add(keys.subList(from, Math.min(from + batch, keys.size())));
        }
        return chunks;
    }

    private static long positional(Handle h, String statement, List<Item> rows) {
        PreparedBatch batch = h.prepareBatch(statement);
        for (Item item : rows) {
            batch.bind(0, item.id())
                    .bind(1, item.category())
                    .bind(2, item.name())
                    .bind(3, item.score())
                    .bind(4, item.payload())
                    .add();
        }
        batch.execute();
        return rows.size();
    }

    @Override
    public Prepared findFirst(int rows) {
        return () -> jdbi.withHandle(h ->
                h.createQuery(sql.firstRows()).bind(0, rows).mapTo(Item.class).list());
    }

    @Override
    public void close() {
        pool.close();
    }
}
