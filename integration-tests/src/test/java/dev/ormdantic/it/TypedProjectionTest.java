package dev.ormdantic.it;

import static dev.ormdantic.it.model.SnackTable.COST;
import static dev.ormdantic.it.model.SnackTable.ID;
import static dev.ormdantic.it.model.SnackTable.NAME;
import static dev.ormdantic.it.model.SnackTable.PRICE;
import static dev.ormdantic.it.model.SnackTable.STARS;
import static dev.ormdantic.query.Aggregates.count;
import static dev.ormdantic.query.Aggregates.sum;
import static dev.ormdantic.query.Rows.mapping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Seek;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.it.model.EveryType;
import dev.ormdantic.it.model.EveryTypeTable;
import dev.ormdantic.it.model.Snack;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.query.Expressions;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.Row2;
import dev.ormdantic.query.Row3;
import dev.ormdantic.query.Row8;
import dev.ormdantic.query.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Typed projections on a real database: {@code select(ID, PRICE)} reads each value as its operand's Java type, into
 * a value, a {@code Row2..Row8} or a record through {@code Rows.mapping}, on every backend alike.
 */
class TypedProjectionTest {

    private static final SnackTable SNACKS = SnackTable.TABLE;

    /** A record the rows are mapped into, its component types checked against the selected operands by javac. */
    record Priced(Long id, String name, Integer price) {}

    /** A group and its size, from an aggregate query. */
    record Tally(Integer stars, Long count, Integer total) {}

    @BackendTest
    void oneValueComesBackAsItself(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        List<Long> ids = snacks.select(Query.from(SNACKS)
                .where(PRICE.gt(COST))
                .orderBy(OrderBy.desc(ID))
                .select(ID));
        assertEquals(List.of(6L, 5L, 3L, 2L, 1L), ids);
        // A NULL is read as null, not as 0.
        List<Integer> stars = snacks.select(Query.from(SNACKS)
                .where(ID.in(List.of(3L, 4L)))
                .orderBy(OrderBy.asc(ID))
                .select(STARS));
        assertEquals(java.util.Arrays.asList(null, 2), stars);
    }

    @BackendTest
    void rowsAndRecordsOfSeveralValues(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        List<Row2<Long, Integer>> rows = snacks.select(Query.from(SNACKS)
                .select(ID, PRICE.minus(COST))
                .where(ID.le(2L))
                .orderBy(OrderBy.asc(ID)));
        assertEquals(List.of(new Row2<>(1L, 200), new Row2<>(2L, 10)), rows);
        assertInstanceOf(Long.class, rows.get(0).value1());
        assertInstanceOf(Integer.class, rows.get(0).value2());

        List<Priced> priced = snacks.select(Query.from(SNACKS)
                .where(PRICE.lt(200))
                .orderBy(OrderBy.asc(PRICE))
                .select(ID, NAME, PRICE)
                .map(mapping(Priced::new)));
        assertEquals(
                List.of(
                        new Priced(6L, "Cocoa Puff", 90),
                        new Priced(4L, "Mint_Bar", 120),
                        new Priced(2L, "50% Off Crisps", 150)),
                priced);

        List<Row3<String, String, Integer>> cast = snacks.select(Query.from(SNACKS)
                .select(NAME.upper(), Expressions.cast(PRICE, SqlType.varchar(10)), PRICE.times(2))
                .where(ID.eq(4L)));
        assertEquals(List.of(new Row3<>("MINT_BAR", "120", 240)), cast);
    }

    @BackendTest
    void aggregatesGroupedOrderedAndMapped(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        snacks.insert(new Snack(7, "Extra Wafer", 5, 200, 150, null));
        List<Tally> tallies = snacks.select(Query.from(SNACKS)
                .where(STARS.isNotNull())
                .groupBy(STARS)
                .having(count().ge(1L))
                .orderBy(OrderBy.desc(sum(PRICE)).thenAsc(STARS))
                .select(STARS, count(), sum(PRICE))
                .map(mapping(Tally::new)));
        assertEquals(
                List.of(new Tally(5, 2L, 500), new Tally(4, 1L, 220), new Tally(3, 1L, 150), new Tally(2, 1L, 120)),
                tallies);
        List<Long> counts = snacks.select(Query.from(SNACKS).select(count()));
        assertEquals(List.of(7L), counts);
    }

    @BackendTest
    void eachKindIsReadAsItsJavaType(Ormdantic db) {
        BlockingTableHandle<EveryType, Long> table = db.blockingTable(EveryTypeTable.TABLE);
        EveryType extremes = TypesTest.extremes();
        table.insertMany(List.of(extremes, TypesTest.nulls(2)));
        List<Row8<Boolean, Short, Float, BigDecimal, UUID, LocalDate, LocalDateTime, Instant>> rows =
                table.select(Query.from(EveryTypeTable.TABLE)
                        .orderBy(OrderBy.desc(EveryTypeTable.ID))
                        .select(
                                EveryTypeTable.FLAG,
                                EveryTypeTable.SMALL,
                                EveryTypeTable.RATIO,
                                EveryTypeTable.PRICE,
                                EveryTypeTable.UID,
                                EveryTypeTable.DAY,
                                EveryTypeTable.LOCAL_TIME,
                                EveryTypeTable.AT));
        assertEquals(
                new Row8<>(
                        extremes.flag(),
                        extremes.small(),
                        extremes.ratio(),
                        extremes.price(),
                        extremes.uid(),
                        extremes.day(),
                        extremes.localTime(),
                        extremes.at()),
                rows.get(0));
        assertEquals(2, rows.size());
    }

    @BackendTest
    void findManyAndFindPageOrderWithTheSameWords(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        // findMany orders by an expression and places its NULLs, as Query does.
        List<Long> byMargin =
                snacks.findMany(PRICE.gt(100), OrderBy.desc(PRICE.minus(COST)).thenAsc(ID)).data().stream()
                        .map(Snack::id)
                        .toList();
        assertEquals(List.of(3L, 1L, 5L, 2L, 4L), byMargin);
        List<Long> starsNullsFirst =
                snacks
                        .findMany(
                                STARS.isNull().or(STARS.ge(4)),
                                OrderBy.desc(STARS).nullsFirst().thenAsc(ID))
                        .data()
                        .stream()
                        .map(Snack::id)
                        .toList();
        assertEquals(List.of(3L, 6L, 1L, 5L), starsNullsFirst);
        // Keyset pages carry column values, so they order by columns only.
        InvalidArgumentException e = assertThrows(
                InvalidArgumentException.class,
                () -> snacks.findPage(PRICE.gt(0), OrderBy.desc(PRICE.minus(COST)), Seek.limit(2)));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        assertTrue(e.getMessage().contains("keyset paging orders by columns of the table only"), e.getMessage());
        assertEquals(
                List.of(6L, 4L),
                snacks.findPage(PRICE.gt(0), OrderBy.asc(PRICE), Seek.limit(2)).data().stream()
                        .map(Snack::id)
                        .toList());
    }

    @Test
    void enumAndJsonColumnsAreRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Query.from(EveryTypeTable.TABLE).select(EveryTypeTable.ID, EveryTypeTable.ROAST));
        assertEquals(
                "a typed select reads no enum or JSON column, such as roast; select it by name (roast.as(\"roast\"))"
                        + " and read the ResultRow, or read whole records with findMany",
                e.getMessage());
    }
}
