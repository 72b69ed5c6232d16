package dev.ormdantic.benchmarks.contenders;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.benchmarks.Aggregate;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Graphs.ChildWithParent;
import dev.ormdantic.benchmarks.Graphs.ParentTree;
import dev.ormdantic.benchmarks.IdScore;
import dev.ormdantic.benchmarks.NotApplicableException;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.model.Item;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate ORM 7 through {@link StatelessSession}, the API its documentation recommends for bulk work and the one its
 * Jakarta Data repositories use: no persistence context, JDBC batching on, HQL for filtered and bulk statements. One
 * session per call, as a service handling requests opens one. The transactions case uses a regular session instead,
 * the API Hibernate users write read-modify-write with: {@code find}, a setter, and dirty checking at commit. The
 * relationship cases load {@link ParentEntity}/{@link ChildEntity}/{@link LeafEntity} (lazy associations) in a
 * read-only regular session: {@code join fetch} for the joined graph and the to-one, batch fetching of the lazy
 * collections ({@code setFetchBatchSize}, the select-in batch) for one-to-many and nested.
 */
public final class HibernateContender implements Contender {

    static {
        // jboss-logging would pick java.util.logging and print INFO lines into the progress; route it to SLF4J (nop)
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    private final HikariDataSource pool;
    private final SessionFactory sessions;
    private final SessionFactory relationSessions;

    /**
     * Opens the pool and boots Hibernate on it.
     *
     * @param target where to connect
     * @param batchSize the JDBC batch size, the profile's insert batch
     */
    public HibernateContender(Target target, int batchSize) {
        this.pool = target.hikari("bench-hibernate");
        String dialect = switch (target.backend()) {
            case SQLITE -> "org.hibernate.community.dialect.SQLiteDialect";
            case POSTGRES -> "org.hibernate.dialect.PostgreSQLDialect";
            case MARIADB -> "org.hibernate.dialect.MariaDBDialect";
        };
        this.sessions = new MetadataSources(registry(dialect, batchSize))
                .addAnnotatedClass(ItemEntity.class)
                .buildMetadata()
                .buildSessionFactory();
        // the relationship entities on a second factory, so that schema create + drop still covers the item table only
        this.relationSessions = new MetadataSources(registry(dialect, batchSize))
                .addAnnotatedClass(ParentEntity.class)
                .addAnnotatedClass(ChildEntity.class)
                .addAnnotatedClass(LeafEntity.class)
                .buildMetadata()
                .buildSessionFactory();
    }

    private StandardServiceRegistry registry(String dialect, int batchSize) {
        return new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .applySetting(AvailableSettings.DIALECT, dialect)
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, batchSize)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .build();
    }

    @Override
    public Prepared prepare(BenchCase benchCase, Workload w) throws NotApplicableException {
        int page = w.profile().pageLimit();
        return switch (benchCase) {
            case SCHEMA_CREATE_DROP ->
                () -> {
                    sessions.getSchemaManager().create(false);
                    sessions.getSchemaManager().drop(false);
                    return 0L;
                };
            case RAW_BATCH_INSERT ->
                throw new NotApplicableException("Hibernate's raw path is JDBC itself (Session.doWork); see jdbc");
            case ORM_INSERT_MODELS -> {
                List<List<ItemEntity>> batches = w.writeBatches().stream()
                        .map(b -> b.stream().map(ItemEntity::new).toList())
                        .toList();
                yield () -> {
                    long written = 0;
                    for (List<ItemEntity> batch : batches) {
                        sessions.inStatelessTransaction(s -> s.insertMultiple(batch));
                        written += batch.size();
                    }
                    return written;
                };
            }
            case ORM_UPDATE_FILTERED ->
                () -> sessions.fromStatelessTransaction(s -> {
                    s.createMutationQuery("update ItemEntity set score = :score where category = :category")
                            .setParameter("score", Workload.UPDATED_SCORE)
                            .setParameter("category", Workload.CATEGORY)
                            .executeUpdate();
                    return s.createSelectionQuery("select count(*) from ItemEntity where score = :score", Long.class)
                            .setParameter("score", Workload.UPDATED_SCORE)
                            .getSingleResult();
                });
            case ORM_UPSERT_MIXED -> {
                List<ItemEntity> rows =
                        w.upsertRows().stream().map(ItemEntity::new).toList();
                yield () -> {
                    sessions.inStatelessTransaction(s -> s.upsertMultiple(rows));
                    return (long) rows.size();
                };
            }
            case ORM_DELETE_FILTERED ->
                () -> sessions.fromStatelessTransaction(s -> {
                    s.createMutationQuery("delete from ItemEntity where category = :category")
                            .setParameter("category", Workload.CATEGORY)
                            .executeUpdate();
                    return s.createSelectionQuery("select count(*) from ItemEntity", Long.class)
                            .getSingleResult();
                });
            case TRANSACTIONS ->
                () -> {
                    // read-modify-write is what the stateful session is for: the entity is loaded into the
                    // persistence context, changed, and flushed by dirty checking at commit
                    long committed = 0;
                    for (String id : w.lookupIds()) {
                        committed += sessions.fromTransaction(s -> {
                            ItemEntity item = s.find(ItemEntity.class, id);
                            item.setScore(item.score() + 1);
                            return 1L;
                        });
                    }
                    return committed;
                };
            case SESSION ->
                () -> sessions.fromTransaction(s -> {
                    // the persistence context holds the rows; dirty checking at commit writes the changed ones
                    List<ItemEntity> rows = s.createSelectionQuery(
                                    "from ItemEntity where id < :bound order by id", ItemEntity.class)
                            .setParameter("bound", w.sessionBound())
                            .getResultList();
                    long changed = 0;
                    for (int i = 0; i < rows.size(); i++) {
                        if (Workload.sessionChanges(i)) {
                            rows.get(i).setScore(rows.get(i).score() + 1);
                            changed++;
                        }
                    }
                    return changed;
                });
            case COUNT_ALL -> () -> count("select count(*) from ItemEntity", null, null);
            case COUNT_EQUALITY ->
                () -> count("select count(*) from ItemEntity where category = :v", "v", Workload.CATEGORY);
            case COUNT_RANGE ->
                () -> count("select count(*) from ItemEntity where score >= :v", "v", Workload.MIN_SCORE);
            case AGGREGATE_FILTERED ->
                () -> sessions.fromStatelessSession(s -> s.createSelectionQuery(
                                "select new dev.ormdantic.benchmarks.Aggregate(count(*), coalesce(sum(score), 0))"
                                        + " from ItemEntity where category = :category",
                                Aggregate.class)
                        .setParameter("category", Workload.CATEGORY)
                        .getSingleResult());
            case SCALAR_PROJECTION, TYPED_PROJECTION ->
                () -> sessions.fromStatelessSession(s -> s.createSelectionQuery(
                                "select new dev.ormdantic.benchmarks.IdScore(id, score) from ItemEntity"
                                        + " where category = :category order by id",
                                IdScore.class)
                        .setParameter("category", Workload.CATEGORY)
                        .getResultList());
            case PK_LOOKUP ->
                () -> {
                    long found = 0;
                    for (String id : w.lookupIds()) {
                        found += sessions.fromStatelessSession(s -> s.get(ItemEntity.class, id)) != null ? 1 : 0;
                    }
                    return found;
                };
            case PAGINATED_FIND_MANY ->
                () -> sessions.fromStatelessSession(
                        s -> s.createSelectionQuery("from ItemEntity order by id", ItemEntity.class)
                                .setFirstResult(page)
                                .setMaxResults(page)
                                .getResultList());
            case ORDERED_FIND_MANY ->
                () -> sessions.fromStatelessSession(
                        s -> s.createSelectionQuery("from ItemEntity order by category, score, id", ItemEntity.class)
                                .setMaxResults(page)
                                .getResultList());
            case HYDRATE_FLAT ->
                () -> sessions.fromStatelessSession(
                        s -> s.createSelectionQuery("from ItemEntity where category = :category", ItemEntity.class)
                                .setParameter("category", Workload.CATEGORY)
                                .setMaxResults(page)
                                .getResultList());
            case HYDRATE_RELATIONSHIPS ->
                // one statement: the children are a Set, so joining the leaves' bag too is allowed
                () -> readOnly(s -> s.createSelectionQuery(
                                "select p from ParentEntity p left join fetch p.children c left join fetch c.leaves l"
                                        + " order by p.name, p.id, c.id, l.id",
                                ParentEntity.class)
                        .getResultList());
            case ONE_TO_MANY, NESTED_RELATIONSHIPS -> {
                int batch = w.relations().batch();
                boolean leaves = benchCase == BenchCase.NESTED_RELATIONSHIPS;
                yield () -> readOnly(s -> {
                    // batch fetching: initializing one lazy collection loads those of the next parents (up to the
                    // session's fetch batch size) in one statement, IN (...) or = any(?) on PostgreSQL
                    s.setFetchBatchSize(batch);
                    List<ParentEntity> parents = s.createSelectionQuery(
                                    "from ParentEntity order by name, id", ParentEntity.class)
                            .getResultList();
                    for (ParentEntity parent : parents) {
                        Hibernate.initialize(parent.children());
                    }
                    if (leaves) {
                        for (ParentEntity parent : parents) {
                            for (ChildEntity child : parent.children()) {
                                Hibernate.initialize(child.leaves());
                            }
                        }
                    }
                    return parents;
                });
            }
            case MANY_TO_ONE ->
                // a to-one is join-fetched, as Hibernate's documentation advises for an association always needed
                () -> readOnly(s -> s.createSelectionQuery(
                                "select c from ChildEntity c join fetch c.parent order by c.name, c.id",
                                ChildEntity.class)
                        .getResultList());
        };
    }

    /** A session whose entities are read-only (no snapshots kept for dirty checking), closed after the work. */
    private <R> R readOnly(Function<Session, R> work) {
        return relationSessions.fromSession(s -> {
            s.setDefaultReadOnly(true);
            return work.apply(s);
        });
    }

    private long count(String hql, @Nullable String name, @Nullable Object value) {
        return sessions.fromStatelessSession(s -> {
            var query = s.createSelectionQuery(hql, Long.class);
            if (name != null) {
                query.setParameter(name, value);
            }
            return query.getSingleResult();
        });
    }

    @Override
    public Prepared findFirst(int rows) {
        return () -> sessions.fromStatelessSession(s -> s.createSelectionQuery("from ItemEntity", ItemEntity.class)
                .setMaxResults(rows)
                .getResultList());
    }

    @Override
    public Item asItem(Object row) {
        return ((ItemEntity) row).toItem();
    }

    @Override
    public ParentTree asParentTree(Object row) {
        return ((ParentEntity) row).toTree();
    }

    @Override
    public ChildWithParent asChildWithParent(Object row) {
        ChildEntity child = (ChildEntity) row;
        return new ChildWithParent(child.toChild(), child.parent().toParent());
    }

    @Override
    public void close() {
        relationSessions.close();
        sessions.close();
        pool.close();
    }
}
