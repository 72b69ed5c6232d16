package dev.ormdantic.benchmarks.contenders;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.benchmarks.Aggregate;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.BenchSql;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.IdScore;
import dev.ormdantic.benchmarks.NotApplicableException;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.model.Item;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Jdbi 3 (core, fluent API) with the same SQL as the JDBC floor and hand-written row mappers; the model insert binds
 * record accessors by name ({@code bindMethods}), as Jdbi users write it.
 */
public final class JdbiContender implements Contender {

    private static final RowMapper<Item> ITEM =
            (rs, ctx) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5));

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final BenchSql sql;
    private final String namedInsert;

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
            case HYDRATE_RELATIONSHIPS, ONE_TO_MANY, MANY_TO_ONE, NESTED_RELATIONSHIPS ->
                throw new NotApplicableException("relationship cases are not written for this contender yet");
        };
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
