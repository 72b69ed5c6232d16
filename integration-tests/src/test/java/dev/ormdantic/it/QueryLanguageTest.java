package dev.ormdantic.it;

import static dev.ormdantic.it.model.SnackTable.COST;
import static dev.ormdantic.it.model.SnackTable.ID;
import static dev.ormdantic.it.model.SnackTable.NAME;
import static dev.ormdantic.it.model.SnackTable.NOTE;
import static dev.ormdantic.it.model.SnackTable.PRICE;
import static dev.ormdantic.it.model.SnackTable.STARS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Page;
import dev.ormdantic.Seek;
import dev.ormdantic.Slice;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.it.model.Snack;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** The typed query language against a real database: operators, ordering, keyset pages, set-based writes, streams. */
class QueryLanguageTest {

    static final List<Snack> SNACKS = List.of(
            new Snack(1, "Vanilla Wafer", 5, 300, 100, null),
            new Snack(2, "50% Off Crisps", 3, 150, 140, "sale_item"),
            new Snack(3, "vanilla fudge", null, 500, 200, "rich"),
            new Snack(4, "Mint_Bar", 2, 120, 130, null),
            new Snack(5, "Pretzel [salted]", 4, 220, 100, "100% salt! really"),
            new Snack(6, "Cocoa Puff", null, 90, 40, null));

    static BlockingTableHandle<Snack, Long> seeded(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = db.blockingTable(SnackTable.TABLE);
        snacks.insertMany(SNACKS);
        return snacks;
    }

    static List<Long> ids(BlockingTableHandle<Snack, Long> snacks, Filter<Snack> filter) {
        return snacks.findMany(filter, OrderBy.asc(ID)).data().stream()
                .map(Snack::id)
                .toList();
    }

    @BackendTest
    void comparisonsRangesAndSets(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        assertEquals(List.of(1L, 2L, 5L), ids(snacks, PRICE.between(150, 300)));
        assertEquals(List.of(3L, 4L, 6L), ids(snacks, PRICE.notBetween(150, 300)));
        assertEquals(List.of(), ids(snacks, ID.in(List.of())));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), ids(snacks, ID.notIn(List.of())));
        assertEquals(List.of(2L, 4L), ids(snacks, STARS.in(List.of(2, 3))));
        assertEquals(List.of(3L, 6L), ids(snacks, STARS.isNull()));
        assertEquals(List.of(1L, 2L, 4L, 5L), ids(snacks, STARS.isNotNull()));
        assertEquals(List.of(1L, 5L), ids(snacks, STARS.ge(4)));
        assertEquals(List.of(4L), ids(snacks, STARS.lt(3)));
        // SQL's three-valued logic: NOT (NULL >= 3 OR NULL < 3) is unknown, so unrated snacks do not match.
        assertEquals(List.of(), ids(snacks, STARS.ge(3).or(STARS.lt(3)).not()));
    }

    @BackendTest
    void columnToColumnAndArithmetic(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        assertEquals(List.of(4L), ids(snacks, PRICE.lt(COST)));
        assertEquals(List.of(1L, 2L, 3L, 5L, 6L), ids(snacks, PRICE.gt(COST)));
        assertEquals(List.of(1L, 3L, 5L, 6L), ids(snacks, PRICE.ge(COST.times(2))));
        assertEquals(List.of(1L, 3L), ids(snacks, PRICE.minus(COST).ge(200)));
        assertEquals(List.of(2L, 4L), ids(snacks, PRICE.minus(COST).abs().le(20)));
        assertEquals(List.of(6L), ids(snacks, PRICE.times(2).eq(180)));
        assertEquals(List.of(1L), ids(snacks, PRICE.dividedBy(COST).ge(3)));
        assertEquals(List.of(), ids(snacks, PRICE.eq(COST)));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), ids(snacks, PRICE.ne(COST)));
    }

    @BackendTest
    void textSearchEscapesWildcardsAndIgnoresCaseOnRequest(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        assertEquals(List.of(1L, 3L), ids(snacks, NAME.ilike("vanilla%")));
        // like() and the plain text searches are case-sensitive on every live backend (SQLite is told so)
        assertEquals(List.of(4L), ids(snacks, NAME.like("Mint%")));
        assertEquals(List.of(), ids(snacks, NAME.like("mint%")));
        assertEquals(List.of(), ids(snacks, NAME.startsWith("VANILLA")));
        assertEquals(List.of(2L, 4L, 5L, 6L), ids(snacks, NAME.notIlike("%vanilla%")));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(snacks, NAME.notLike("%Puff")));
        // % and _ in the searched text match only themselves.
        assertEquals(List.of(2L), ids(snacks, NAME.contains("50%")));
        assertEquals(List.of(4L), ids(snacks, NAME.contains("_")));
        assertEquals(List.of(), ids(snacks, NAME.contains("%%")));
        assertEquals(List.of(5L), ids(snacks, NOTE.contains("% salt!")));
        assertEquals(List.of(5L), ids(snacks, NAME.contains("[salted]")));
        assertEquals(List.of(5L), ids(snacks, NAME.endsWith("]")));
        assertEquals(List.of(1L, 3L), ids(snacks, NAME.istartsWith("VANILLA")));
        assertEquals(List.of(2L), ids(snacks, NAME.startsWith("50")));
        assertEquals(List.of(2L), ids(snacks, NAME.iendsWith("CRISPS")));
        assertEquals(List.of(1L, 3L), ids(snacks, NAME.icontains("NILL")));
        assertEquals(List.of(1L, 3L, 4L, 6L), ids(snacks, NAME.notContains("%").and(NAME.notContains("["))));
        assertEquals(List.of(4L), ids(snacks, NAME.eqIgnoreCase("mint_bar")));
        assertEquals(List.of(1L, 3L), ids(snacks, NAME.lower().startsWith("vanilla")));
        assertEquals(List.of(2L), ids(snacks, NOTE.like("sale%")));
    }

    @BackendTest
    void orderingPutsNullsWhereAsked(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        assertEquals(
                List.of(3L, 6L, 4L, 2L, 5L, 1L),
                snacks.findMany(Filter.all(), OrderBy.asc(STARS).nullsFirst().thenAsc(ID)).data().stream()
                        .map(Snack::id)
                        .toList());
        assertEquals(
                List.of(4L, 2L, 5L, 1L, 3L, 6L),
                snacks.findMany(Filter.all(), OrderBy.asc(STARS).nullsLast().thenAsc(ID)).data().stream()
                        .map(Snack::id)
                        .toList());
        assertEquals(
                List.of(3L, 6L, 1L, 5L, 2L, 4L),
                snacks.findMany(Filter.all(), OrderBy.desc(STARS).nullsFirst().thenAsc(ID)).data().stream()
                        .map(Snack::id)
                        .toList());
        assertEquals(
                List.of(1L, 5L, 2L, 4L, 3L, 6L),
                snacks.findMany(Filter.all(), OrderBy.desc(STARS).nullsLast().thenAsc(ID)).data().stream()
                        .map(Snack::id)
                        .toList());
        assertEquals(
                List.of(1L, 5L),
                snacks
                        .findMany(
                                Filter.all(),
                                OrderBy.desc(PRICE).thenAsc(ID),
                                Slice.limit(2).offset(1))
                        .data()
                        .stream()
                        .map(Snack::id)
                        .toList());
    }

    @BackendTest
    void keysetPagesWalkTheWholeOrderWithCursors(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        snacks.insert(new Snack(7, "Another", 1, 300, 1, null));
        OrderBy<Snack> order = OrderBy.desc(PRICE).thenAsc(NAME);
        List<Long> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            Page<Snack> page =
                    snacks.findPage(Filter.all(), order, Seek.limit(3).after(cursor));
            page.data().forEach(snack -> walked.add(snack.id()));
            sizes.add(page.data().size());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(List.of(3L, 7L, 1L, 5L, 2L, 4L, 6L), walked);
        assertEquals(List.of(3, 3, 1), sizes);

        Page<Snack> filtered = snacks.findPage(PRICE.gt(100), OrderBy.asc(ID), Seek.limit(2));
        assertEquals(List.of(1L, 2L), filtered.data().stream().map(Snack::id).toList());
        Page<Snack> next = db.table(SnackTable.TABLE)
                .findPage(PRICE.gt(100), OrderBy.asc(ID), Seek.limit(2).after(filtered.nextCursor()))
                .join();
        assertEquals(List.of(3L, 4L), next.data().stream().map(Snack::id).toList());
        assertTrue(next.hasNext());

        String other = filtered.nextCursor();
        FilterException wrongOrder = assertThrows(
                FilterException.class,
                () -> snacks.findPage(Filter.all(), order, Seek.limit(3).after(other)));
        assertEquals(ErrorCode.INVALID_CURSOR, wrongOrder.code());
        FilterException forged = assertThrows(
                FilterException.class,
                () -> snacks.findPage(Filter.all(), order, Seek.limit(3).after("' OR 1=1 --")));
        assertEquals(ErrorCode.INVALID_CURSOR, forged.code());
        InvalidArgumentException nullable = assertThrows(
                InvalidArgumentException.class, () -> snacks.findPage(Filter.all(), OrderBy.asc(STARS), Seek.limit(3)));
        assertTrue(nullable.getMessage().contains("nullable column 'stars'"), nullable.getMessage());
    }

    @BackendTest
    void updateWhereAndDeleteWhereReturnTheirCounts(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        assertEquals(2, snacks.updateWhere(STARS.ge(4), List.of(PRICE.set(PRICE.plus(5)), NOTE.set("top"))));
        assertEquals(305, snacks.findOne(1L).orElseThrow().price());
        assertEquals("top", snacks.findOne(5L).orElseThrow().note());
        assertEquals(150, snacks.findOne(2L).orElseThrow().price());
        assertEquals(0, snacks.updateWhere(ID.eq(99L), List.of(STARS.set(1))));
        assertEquals(2, snacks.updateWhere(STARS.isNull(), List.of(STARS.set(0), NOTE.set((String) null))));
        assertEquals(0, snacks.count(STARS.isNull()));

        FilterOrInvalid.assertCode(
                ErrorCode.FILTER_REQUIRED, () -> snacks.updateWhere(Filter.all(), List.of(STARS.set(1))));
        FilterOrInvalid.assertCode(ErrorCode.FILTER_REQUIRED, () -> snacks.deleteWhere(Filter.all()));
        CompletionException async = assertThrows(
                CompletionException.class,
                () -> db.table(SnackTable.TABLE).deleteWhere(Filter.all()).join());
        assertTrue(
                async.getCause() instanceof InvalidArgumentException e && e.code() == ErrorCode.FILTER_REQUIRED,
                String.valueOf(async.getCause()));
        assertEquals(6, snacks.count());

        assertEquals(2, snacks.deleteWhere(NAME.icontains("vanilla")));
        assertEquals(4, snacks.count());
        assertEquals(1, db.table(SnackTable.TABLE).deleteWhere(ID.eq(2L)).join());
        assertEquals(6, snacks.updateAll(List.of(COST.set(1))) + 3);
        assertEquals(3, snacks.deleteAll());
        assertEquals(0, snacks.count());
    }

    @BackendTest
    void streamsALargeTableAndReleasesItsConnection(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = db.blockingTable(SnackTable.TABLE);
        int rows = 20_000;
        snacks.insertMany(LongStream.rangeClosed(1, rows)
                .mapToObj(i -> new Snack(i, "snack " + i, (int) (i % 5), (int) i, 1, null))
                .toList());
        try (Stream<Snack> all = snacks.stream(Filter.all(), OrderBy.asc(ID))) {
            long[] seen = {0, 0};
            all.forEach(snack -> {
                seen[0]++;
                seen[1] += snack.price();
                assertEquals(seen[0], snack.id());
            });
            assertEquals(rows, seen[0]);
            assertEquals((long) rows * (rows + 1) / 2, seen[1]);
        }
        // More streams than the pool has connections: each close gives its connection back.
        for (int i = 0; i < 25; i++) {
            try (Stream<Snack> some = snacks.stream(STARS.eq(0), OrderBy.desc(ID))) {
                assertEquals(rows - 5, some.skip(1).findFirst().orElseThrow().id());
            }
        }
        try (Stream<Snack> none = snacks.stream(ID.gt((long) rows), OrderBy.none())) {
            assertFalse(none.iterator().hasNext());
        }
        assertEquals(rows, snacks.count());
        assertNull(snacks.findPage(ID.gt((long) rows - 2), OrderBy.asc(ID), Seek.limit(5))
                .nextCursor());
    }

    /** Set-based writes refuse with an {@link InvalidArgumentException}; the code says why. */
    private static final class FilterOrInvalid {
        private FilterOrInvalid() {}

        static void assertCode(ErrorCode code, org.junit.jupiter.api.function.Executable call) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, call);
            assertEquals(code, e.code());
            assertTrue(e.getMessage().startsWith("[" + code.id() + "]"), e.getMessage());
        }
    }
}
