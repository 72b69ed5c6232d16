package dev.ormdantic.it;

import static dev.ormdantic.it.model.SnackTable.NAME;
import static dev.ormdantic.it.model.SnackTable.STARS;
import static dev.ormdantic.query.Aggregates.count;
import static dev.ormdantic.query.Aggregates.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.it.model.Snack;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.ResultRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ordering a typed query by an aggregate with {@code NULLS FIRST/LAST}, and {@code having} over an aggregate without a
 * type witness, on real rows: a group whose values are all {@code NULL} has a {@code NULL} sum, which each dialect
 * places differently by default (PostgreSQL and Oracle last when ascending, MySQL, MariaDB, SQLite and SQL Server
 * first); the explicit placement must win everywhere.
 */
class AggregateOrderTest {

    private static final SnackTable SNACKS = SnackTable.TABLE;

    /** Sums of stars by name: alpha 5, bravo NULL (no rated snack), charlie 4 (one snack), delta 1. */
    private static BlockingTableHandle<Snack, Long> seeded(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = db.blockingTable(SnackTable.TABLE);
        snacks.insertMany(List.of(
                new Snack(1, "alpha", 2, 100, 50, null),
                new Snack(2, "alpha", 3, 100, 50, null),
                new Snack(3, "bravo", null, 100, 50, null),
                new Snack(4, "bravo", null, 100, 50, null),
                new Snack(5, "charlie", 4, 100, 50, null),
                new Snack(6, "delta", null, 100, 50, null),
                new Snack(7, "delta", 1, 100, 50, null)));
        return snacks;
    }

    private static Query<Snack> byName() {
        return Query.from(SNACKS)
                .select(NAME.as("name"), sum(STARS).as("total"))
                .groupBy(NAME);
    }

    private static List<String> names(BlockingTableHandle<Snack, Long> snacks, Query<Snack> query) {
        return snacks.select(query).stream()
                .map(row -> String.valueOf(row.get("name")))
                .toList();
    }

    @BackendTest
    void ordersByAnAggregateWithItsNullsFirstOrLast(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        assertEquals(
                List.of("alpha", "charlie", "delta", "bravo"),
                names(snacks, byName().orderBy(OrderBy.desc(sum(STARS)).nullsLast())));
        assertEquals(
                List.of("bravo", "alpha", "charlie", "delta"),
                names(snacks, byName().orderBy(OrderBy.desc(sum(STARS)).nullsFirst())));
        assertEquals(
                List.of("delta", "charlie", "alpha", "bravo"),
                names(snacks, byName().orderBy(OrderBy.asc(sum(STARS)).nullsLast())));
        assertEquals(
                List.of("bravo", "delta", "charlie", "alpha"),
                names(snacks, byName().orderBy(OrderBy.asc(sum(STARS)).nullsFirst())));
        // The placement applies to the last term only; a later term breaks ties.
        assertEquals(
                List.of("delta", "bravo", "alpha", "charlie"),
                names(
                        snacks,
                        byName().orderBy(OrderBy.desc(count()).nullsLast()).orderBy(OrderBy.desc(NAME))));
        List<ResultRow> rows =
                snacks.select(byName().orderBy(OrderBy.desc(sum(STARS)).nullsLast()));
        assertEquals(5L, rows.get(0).getLong("total"));
        assertNull(rows.get(3).get("total"));
    }

    @BackendTest
    void havingTakesAnAggregateFilterWithoutATypeWitness(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        assertEquals(
                List.of("delta", "alpha", "bravo"),
                names(
                        snacks,
                        byName().having(count().ge(2L))
                                .orderBy(OrderBy.asc(sum(STARS)).nullsLast())));
        assertEquals(
                List.of("bravo", "alpha"),
                names(
                        snacks,
                        byName().having(sum(STARS).ge(5).or(sum(STARS).isNull()).and(count().ge(2L)))
                                .orderBy(OrderBy.desc(sum(STARS)).nullsFirst())));
    }

    @Test
    void nullPlacementNeedsAnOrderingTerm() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> OrderBy.<Snack>none().nullsLast());
        assertEquals("nullsFirst() and nullsLast() follow asc(value) or desc(value)", e.getMessage());
    }
}
