package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.it.model.Espresso;
import dev.ormdantic.it.model.EspressoTable;
import dev.ormdantic.it.model.EveryType;
import dev.ormdantic.it.model.EveryTypeTable;
import dev.ormdantic.it.model.Grind;
import dev.ormdantic.it.model.Roast;
import dev.ormdantic.it.model.Snack;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.Operand;
import dev.ormdantic.query.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An {@code in} list is a read of any length up to 100,000 values on every dialect: PostgreSQL binds one array past
 * 1,000 values (its protocol carries 65,535 parameters), for a native enum column one of the enum's type; SQL Server
 * past 1,000 and Oracle past 10,000 (below that, groups of 1,000) bind one JSON array; a long list is never reported
 * as a value that "cannot be stored". Each column kind is checked, since each has its own array or JSON type.
 */
class LongInListTest {

    private static final int SIZE = 100_000;

    /** 100,000 keys: the seeded ones (1 to 6) among 99,994 that match nothing. */
    private static List<Long> keys() {
        List<Long> keys = new ArrayList<>(SIZE);
        for (long key = SIZE; key > 0; key--) {
            keys.add(key);
        }
        return keys;
    }

    @BackendTest
    void aHundredThousandValuesInAndNotIn(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        List<Long> keys = keys();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), QueryLanguageTest.ids(snacks, SnackTable.ID.in(keys)));
        assertEquals(6, snacks.count(SnackTable.ID.in(keys)));
        assertEquals(List.of(), QueryLanguageTest.ids(snacks, SnackTable.ID.notIn(keys)));
        List<String> names = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            names.add("no snack " + i);
        }
        names.add(snacks.findOne(2L).orElseThrow().name());
        assertEquals(List.of(2L), QueryLanguageTest.ids(snacks, SnackTable.NAME.in(names)));
        assertEquals(5, snacks.count(SnackTable.NAME.notIn(names)));
        // a write with the same list: the rows it names, and no other
        assertEquals(1, snacks.deleteWhere(SnackTable.NAME.in(names)));
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L), QueryLanguageTest.ids(snacks, SnackTable.ID.in(keys)));
    }

    /**
     * A read stores nothing, so a value the database refuses in it (PostgreSQL's division by zero, SQLSTATE 22012) is
     * {@code ORM2401}, never {@code ORM2105} "cannot be stored ... widen the column"; the other databases divide by
     * zero into {@code NULL}, which matches nothing.
     */
    @BackendTest
    void aReadTheDatabaseRefusesIsNotAStoringError(TestDatabase test) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(test.db());
        Filter<Snack> divided = SnackTable.PRICE.dividedBy(0).gt(1);
        if (test.backend() != Backend.POSTGRESQL) {
            assertEquals(0, snacks.count(divided));
            return;
        }
        QueryException e = assertThrows(QueryException.class, () -> snacks.count(divided));
        assertEquals(ErrorCode.QUERY_FAILED, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("refused a value of the statement or of a row"), e.getMessage());
    }

    /**
     * {@code hit} once at the end of a list of {@code filler}: the row holding {@code hit} matches {@code in}, the
     * other row (id 1) {@code notIn}, unless its value is {@code NULL}.
     */
    private static <V> void matchesOnly(
            BlockingTableHandle<EveryType, Long> rows, Operand<EveryType, V> column, V hit, V filler) {
        List<V> values = new ArrayList<>(Collections.nCopies(SIZE - 1, filler));
        values.add(hit);
        String name = String.valueOf(column);
        assertEquals(List.of(Long.MAX_VALUE), ids(rows, column.in(values)), name);
        long nulls = rows.count(column.isNull());
        assertEquals(nulls == 0 ? List.of(1L) : List.of(), ids(rows, column.notIn(values)), name);
    }

    private static List<Long> ids(BlockingTableHandle<EveryType, Long> rows, Filter<EveryType> filter) {
        return rows.findMany(filter, OrderBy.asc(EveryTypeTable.ID)).data().stream()
                .map(EveryType::id)
                .toList();
    }

    @BackendTest
    void aHundredThousandValuesOfEveryKind(Ormdantic db) {
        BlockingTableHandle<EveryType, Long> rows = db.blockingTable(EveryTypeTable.TABLE);
        EveryType extremes = TypesTest.extremes();
        rows.insertMany(List.of(extremes, TypesTest.nulls(1)));
        matchesOnly(rows, EveryTypeTable.ID, Long.MAX_VALUE, 7L);
        matchesOnly(rows, EveryTypeTable.TEXT, extremes.text(), "other");
        matchesOnly(rows, EveryTypeTable.TEXT, extremes.text(), extremes.text() + " ");
        matchesOnly(rows, EveryTypeTable.FLAG, true, true);
        matchesOnly(rows, EveryTypeTable.SMALL, Short.MIN_VALUE, (short) 7);
        matchesOnly(rows, EveryTypeTable.COUNT, Integer.MIN_VALUE, 7);
        matchesOnly(rows, EveryTypeTable.BIG, Long.MIN_VALUE, 7L);
        matchesOnly(rows, EveryTypeTable.RATIO, extremes.ratio(), 7f);
        matchesOnly(rows, EveryTypeTable.SCORE, extremes.score(), 7d);
        // a decimal with more digits than the column keeps matches nothing: it is not rounded into a match
        matchesOnly(rows, EveryTypeTable.PRICE, new BigDecimal("99999999.990"), new BigDecimal("99999999.991"));
        matchesOnly(
                rows,
                EveryTypeTable.MAYBE_AMOUNT,
                new BigDecimal("-0.000000000000000000012345678901"),
                new BigDecimal("-0.000000000000000000012345678902"));
        matchesOnly(rows, EveryTypeTable.UID, extremes.uid(), UUID.randomUUID());
        matchesOnly(rows, EveryTypeTable.DAY, extremes.day(), LocalDate.of(2000, 1, 2));
        matchesOnly(
                rows,
                EveryTypeTable.LOCAL_TIME,
                extremes.localTime(),
                extremes.localTime().plusNanos(1_000));
        matchesOnly(rows, EveryTypeTable.AT, extremes.at(), extremes.at().minusNanos(1_000));
        matchesOnly(rows, EveryTypeTable.DATA, extremes.data(), new byte[] {2});
        matchesOnly(rows, EveryTypeTable.ROAST, Roast.EXTRA_DARK, Roast.LIGHT);
    }

    @BackendTest
    void aHundredThousandLabelsOfANativeEnum(TestDatabase test) {
        try (Ormdantic db =
                Ormdantic.builder(test.url()).tables(EspressoTable.TABLE).open()) {
            db.init().join();
            BlockingTableHandle<Espresso, String> espressos = db.blockingTable(EspressoTable.TABLE);
            espressos.insertMany(List.of(
                    new Espresso("a", Roast.LIGHT, null, Optional.empty()),
                    new Espresso("b", Roast.EXTRA_DARK, Roast.LIGHT, Optional.of(Grind.FINE)),
                    new Espresso("c", Roast.MEDIUM, null, Optional.empty())));
            List<Roast> roasts = new ArrayList<>(SIZE);
            for (int i = 0; i < SIZE; i++) {
                roasts.add(i % 2 == 0 ? Roast.LIGHT : Roast.EXTRA_DARK);
            }
            Function<Filter<Espresso>, List<String>> ids =
                    filter -> espressos.findMany(filter, OrderBy.asc(EspressoTable.ID)).data().stream()
                            .map(Espresso::id)
                            .toList();
            assertEquals(List.of("a", "b"), ids.apply(EspressoTable.ROAST.in(roasts)));
            assertEquals(List.of("c"), ids.apply(EspressoTable.ROAST.notIn(roasts)));
            // a nullable native enum column: NULL is neither in nor not in the list
            assertEquals(List.of("b"), ids.apply(EspressoTable.PREVIOUS.in(roasts)));
            assertEquals(List.of(), ids.apply(EspressoTable.PREVIOUS.notIn(roasts)));
            assertEquals(2, espressos.deleteWhere(EspressoTable.ROAST.in(roasts)));
            assertEquals(List.of("c"), ids.apply(EspressoTable.ROAST.notIn(List.of())));
        }
    }
}
