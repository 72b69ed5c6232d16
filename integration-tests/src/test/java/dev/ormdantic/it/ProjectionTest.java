package dev.ormdantic.it;

import static dev.ormdantic.it.model.SnackTable.COST;
import static dev.ormdantic.it.model.SnackTable.ID;
import static dev.ormdantic.it.model.SnackTable.NAME;
import static dev.ormdantic.it.model.SnackTable.PRICE;
import static dev.ormdantic.it.model.SnackTable.STARS;
import static dev.ormdantic.query.Aggregates.count;
import static dev.ormdantic.query.Expressions.literal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.it.model.Snack;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.query.Aggregates;
import dev.ormdantic.query.Expressions;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.ResultRow;
import dev.ormdantic.query.RowQuery;
import dev.ormdantic.query.SqlType;
import java.util.List;

/** Projection queries on a real database: aggregates, grouping, computed values, subqueries, windows, raw SQL. */
class ProjectionTest {

    private static final SnackTable SNACKS = SnackTable.TABLE;

    /** A record the rows are mapped into. */
    record Tally(long stars, long count, long total) {}

    private static BlockingTableHandle<Snack, Long> seeded(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        snacks.insert(new Snack(7, "Extra Wafer", 5, 200, 150, null));
        return snacks;
    }

    private static List<Object> column(List<ResultRow> rows, String name) {
        return rows.stream().map(row -> (Object) String.valueOf(row.get(name))).toList();
    }

    @BackendTest
    void aggregatesGroupingHavingAndMappingIntoRecords(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        List<ResultRow> totals = snacks.select(Query.from(SNACKS)
                .select(
                        count().as("n"),
                        Aggregates.sum(PRICE).as("total"),
                        Aggregates.avg(COST).as("mean"),
                        Aggregates.min(PRICE).as("low"),
                        Aggregates.max(NAME).as("last"),
                        Aggregates.count(STARS).as("rated"),
                        Aggregates.countDistinct(STARS).as("levels")));
        assertEquals(1, totals.size());
        ResultRow all = totals.get(0);
        assertEquals(7, all.getLong("n"));
        assertEquals(1580, all.getLong("total"));
        // MySQL and MariaDB give the AVG of integers four decimal places (div_precision_increment)
        assertEquals(860.0 / 7, all.getDouble("mean"), 1e-4);
        assertEquals(90, all.getLong("low"));
        assertEquals("vanilla fudge", all.getString("last"));
        assertEquals(5, all.getLong("rated"));
        assertEquals(4, all.getLong("levels"));

        Query<Snack> grouped = Query.from(SNACKS)
                .select(
                        STARS.as("stars"),
                        count().as("count"),
                        Aggregates.sum(PRICE).as("total"))
                .where(STARS.isNotNull())
                .groupBy(STARS)
                .having(Aggregates.<Snack>count().ge(1L))
                .orderBy(OrderBy.desc(Aggregates.sum(PRICE)))
                .limit(3);
        assertEquals(
                List.of(new Tally(5, 2, 500), new Tally(4, 1, 220), new Tally(3, 1, 150)),
                snacks.select(
                        grouped, row -> new Tally(row.getLong("stars"), row.getLong("count"), row.getLong("total"))));
        assertEquals(
                List.of(new Tally(5, 2, 500)),
                db.table(SnackTable.TABLE)
                        .select(
                                grouped.having(Aggregates.<Snack>count().ge(2L)),
                                row -> new Tally(row.getLong("stars"), row.getLong("count"), row.getLong("total")))
                        .join());
        assertEquals(
                List.of("0", "2", "3", "4", "5"),
                column(
                        snacks.select(Query.from(SNACKS)
                                .select(Expressions.<Snack, Integer>when(STARS.isNull(), literal(0))
                                        .otherwise(STARS)
                                        .as("level"))
                                .distinct()
                                .orderBy(OrderBy.asc(Expressions.<Snack, Integer>when(STARS.isNull(), literal(0))
                                        .otherwise(STARS)))),
                        "level"));
    }

    @BackendTest
    void computedValuesCastsLiteralsAndRawSql(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        List<ResultRow> rows = snacks.select(Query.from(SNACKS)
                .select(
                        ID.as("id"),
                        PRICE.minus(COST).as("margin"),
                        Expressions.<Snack, String>when(PRICE.ge(300), literal("premium"))
                                .when(PRICE.ge(150), literal("regular"))
                                .otherwise(literal("budget"))
                                .as("tier"),
                        Expressions.cast(PRICE, SqlType.varchar(10)).as("price_text"),
                        Expressions.<Snack, Integer>raw(
                                        "double-price",
                                        SqlType.of(PRICE),
                                        "(? * ?)",
                                        List.of(PRICE, Expressions.<Snack, Integer>param(2, SqlType.of(PRICE))))
                                .as("doubled"),
                        literal("it's").as("quote"))
                .where(ID.le(3L))
                .orderBy(OrderBy.asc(ID)));
        assertEquals(List.of("1", "2", "3"), column(rows, "id"));
        assertEquals(List.of("200", "10", "300"), column(rows, "margin"));
        assertEquals(List.of("premium", "regular", "premium"), column(rows, "tier"));
        assertEquals(List.of("300", "150", "500"), column(rows, "price_text"));
        assertEquals(List.of("600", "300", "1000"), column(rows, "doubled"));
        assertEquals(List.of("it's", "it's", "it's"), column(rows, "quote"));
    }

    @BackendTest
    void subqueriesAndWindows(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        db.blockingTable(FlavorTable.TABLE)
                .insertMany(List.of(new Flavor("a", "Mint_Bar", 3), new Flavor("b", "Cocoa Puff", 4)));
        RowQuery<Flavor, Integer> sameName =
                Query.from(FlavorTable.TABLE).as("f").select(literal(1)).where(FlavorTable.NAME.eq(NAME.of("s")));
        assertEquals(
                List.of("4", "6"),
                column(
                        snacks.select(Query.from(SNACKS)
                                .as("s")
                                .select(ID.as("id"))
                                .where(Expressions.exists(sameName))
                                .orderBy(OrderBy.asc(ID))),
                        "id"));
        assertEquals(
                List.of("1", "2", "3", "5", "7"),
                column(
                        snacks.select(Query.from(SNACKS)
                                .as("s")
                                .select(ID.as("id"))
                                .where(Expressions.notExists(sameName))
                                .orderBy(OrderBy.asc(ID))),
                        "id"));
        RowQuery<Flavor, String> flavorNames = Query.from(FlavorTable.TABLE).select(FlavorTable.NAME);
        assertEquals(
                List.of("4", "6"),
                column(
                        snacks.select(Query.from(SNACKS)
                                .select(ID.as("id"))
                                .where(NAME.inQuery(flavorNames))
                                .orderBy(OrderBy.asc(ID))),
                        "id"));
        assertEquals(
                List.of("1", "2", "3", "5", "7"),
                column(
                        snacks.select(Query.from(SNACKS)
                                .select(ID.as("id"))
                                .where(NAME.notInQuery(flavorNames))
                                .orderBy(OrderBy.asc(ID))),
                        "id"));
        RowQuery<Snack, Integer> cheapest = Query.from(SNACKS).select(Aggregates.min(PRICE));
        assertEquals(
                List.of("6"),
                column(
                        snacks.select(Query.from(SNACKS)
                                .select(ID.as("id"))
                                .where(PRICE.le(Expressions.<Snack, Integer>scalar(cheapest, SqlType.of(PRICE))))),
                        "id"));
        assertEquals(
                List.of("210", "60", "410"),
                column(
                        snacks.select(Query.from(SNACKS)
                                .select(PRICE.minus(Expressions.<Snack, Integer>scalar(cheapest, SqlType.of(PRICE)))
                                        .as("above"))
                                .where(ID.le(3L))
                                .orderBy(OrderBy.asc(ID))),
                        "above"));

        List<ResultRow> ranked = snacks.select(Query.from(SNACKS)
                .select(
                        ID.as("id"),
                        Expressions.over(
                                        Expressions.<Snack>rowNumber(),
                                        List.of(),
                                        OrderBy.desc(PRICE).thenAsc(ID))
                                .as("position"),
                        Expressions.over(Aggregates.sum(PRICE), List.of(STARS), OrderBy.none())
                                .as("by_stars"),
                        Expressions.over(
                                        Expressions.<Snack>rank(),
                                        List.of(),
                                        OrderBy.desc(STARS).nullsLast())
                                .as("star_rank"))
                .orderBy(OrderBy.asc(ID)));
        assertEquals(List.of("2", "5", "1", "6", "3", "7", "4"), column(ranked, "position"));
        assertEquals(List.of("500", "150", "590", "120", "220", "590", "500"), column(ranked, "by_stars"));
        assertEquals(List.of("1", "4", "6", "5", "3", "6", "1"), column(ranked, "star_rank"));
    }

    @BackendTest
    void commonTableExpressionsRecursiveToo(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        Query<Snack> rated = Query.from(SNACKS)
                .with("rated", Query.from(SNACKS).select(ID, STARS, PRICE).where(STARS.isNotNull()))
                .readFrom("rated")
                .select(count().as("n"), Aggregates.sum(PRICE).as("total"));
        ResultRow totals = snacks.select(rated).get(0);
        assertEquals(5, totals.getLong("n"));
        assertEquals(990, totals.getLong("total"));

        Query<Snack> doubling = Query.from(SNACKS)
                .withRecursive(
                        "chain",
                        List.of("id", "price"),
                        Query.from(SNACKS).select(ID, PRICE).where(ID.eq(1L)),
                        Query.from(SNACKS)
                                .readFrom("chain")
                                .select(ID.plus(1L), PRICE.times(2))
                                .where(ID.lt(4L)))
                .readFrom("chain")
                .select(ID.as("id"), PRICE.as("price"))
                .orderBy(OrderBy.asc(ID));
        List<ResultRow> chain = snacks.select(doubling);
        assertEquals(List.of("1", "2", "3", "4"), column(chain, "id"));
        assertEquals(List.of("300", "600", "1200", "2400"), column(chain, "price"));
    }

    @BackendTest
    void plainColumnsReadBackAsTheirComponentsTypes(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        // Column projections are read with the column's own getter: a long key is a Long even where the driver
        // would give an Integer for a small value (SQLite), a NULL int stays null, not 0.
        List<ResultRow> rows = snacks.select(Query.from(SNACKS)
                .select(ID.as("id"), NAME.as("name"), STARS.as("stars"), PRICE.as("price"))
                .where(ID.in(List.of(3L, 4L)))
                .orderBy(OrderBy.asc(ID)));
        assertEquals(2, rows.size());
        ResultRow fudge = rows.get(0);
        assertInstanceOf(Long.class, fudge.get("id"));
        assertEquals(3L, fudge.get("id"));
        assertEquals("vanilla fudge", fudge.get("name"));
        assertEquals(null, fudge.get("stars"));
        assertInstanceOf(Integer.class, fudge.get("price"));
        assertEquals(500, fudge.get("price"));
        ResultRow mint = rows.get(1);
        assertEquals(4L, mint.get("id"));
        assertEquals(2, mint.get("stars"));
        assertEquals(
                0,
                snacks.select(Query.from(SNACKS).select(STARS).where(STARS.eq(0)))
                        .size());
    }

    @BackendTest
    void aNegativePageIsRefused(Ormdantic db) {
        InvalidArgumentException negative = assertThrows(
                InvalidArgumentException.class,
                () -> db.blockingTable(SnackTable.TABLE)
                        .select(Query.from(SNACKS).select(count()).limit(-1)));
        assertEquals(ErrorCode.INVALID_ARGUMENT, negative.code());
        assertEquals(
                "[ORM2103] select on table 'snack' failed: limit and offset must be >= 0 (0 means none), got limit -1"
                        + " and offset 0",
                negative.getMessage());
    }
}
