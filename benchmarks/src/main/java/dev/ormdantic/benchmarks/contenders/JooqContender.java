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
import dev.ormdantic.benchmarks.IdScore;
import dev.ormdantic.benchmarks.NotApplicableException;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.model.Item;
import java.math.BigDecimal;
import java.util.List;
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
 * benchmark's record with {@link Records#mapping}, without reflection.
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
        Settings settings = new Settings().withRenderSchema(false).withExecuteLogging(false);
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
            case HYDRATE_RELATIONSHIPS, ONE_TO_MANY, MANY_TO_ONE, NESTED_RELATIONSHIPS ->
                throw new NotApplicableException("relationship cases are not written for this contender yet");
        };
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
