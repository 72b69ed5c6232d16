package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.it.model.EveryType;
import dev.ormdantic.it.model.EveryTypeTable;
import dev.ormdantic.it.model.Roast;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;

/** Every supported component type is written and read back equal, nulls included, and can be filtered on. */
@Tag("reliability")
class TypesTest {

    private static final UUID UID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    static EveryType extremes() {
        byte[] allBytes = new byte[256];
        for (int i = 0; i < allBytes.length; i++) {
            allBytes[i] = (byte) i;
        }
        return new EveryType(
                Long.MAX_VALUE,
                "héllo wörld 🌍 \t tab, 'quote' \"double\" ; -- not a comment",
                "",
                true,
                false,
                Short.MIN_VALUE,
                Short.MAX_VALUE,
                Integer.MIN_VALUE,
                Integer.MAX_VALUE,
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                // Float.MAX_VALUE and the subnormals are out of MySQL's FLOAT/DOUBLE range: their boundaries belong
                // to the value-fidelity suite (issue 5), which turns such values into clear errors.
                3.0e38f,
                1.0e-30f,
                Double.MAX_VALUE,
                Double.MIN_NORMAL,
                new BigDecimal("99999999.99"),
                // 30 fraction digits: the widest scale of an unconstrained decimal on MySQL and MariaDB
                new BigDecimal("-0.000000000000000000012345678901"),
                UID,
                new UUID(0, 0),
                LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31),
                // PostgreSQL, MySQL and MariaDB keep microseconds; nanoseconds are the value-fidelity suite's (issue 5)
                LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000),
                LocalDateTime.of(1970, 1, 1, 0, 0),
                Instant.parse("1969-12-31T23:59:59.999999Z"),
                Instant.parse("2262-04-11T23:47:16.854775Z"),
                allBytes,
                new byte[0],
                Roast.EXTRA_DARK,
                Roast.LIGHT);
    }

    static EveryType nulls(long id) {
        return new EveryType(
                id,
                "",
                null,
                false,
                null,
                (short) 0,
                null,
                0,
                null,
                0L,
                null,
                0f,
                null,
                0d,
                null,
                new BigDecimal("0.00"),
                null,
                UUID.fromString("00000000-0000-0000-0000-00000000000" + id),
                null,
                LocalDate.of(2000, 1, 1),
                null,
                LocalDateTime.of(2000, 1, 1, 12, 0),
                null,
                Instant.EPOCH,
                null,
                new byte[] {1},
                null,
                Roast.MEDIUM,
                null);
    }

    /** Records holding arrays compare arrays by reference, so compare component by component. */
    static void assertSameValues(EveryType expected, EveryType actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.text(), actual.text());
        assertEquals(expected.maybeText(), actual.maybeText());
        assertEquals(expected.flag(), actual.flag());
        assertEquals(expected.maybeFlag(), actual.maybeFlag());
        assertEquals(expected.small(), actual.small());
        assertEquals(expected.maybeSmall(), actual.maybeSmall());
        assertEquals(expected.count(), actual.count());
        assertEquals(expected.maybeCount(), actual.maybeCount());
        assertEquals(expected.big(), actual.big());
        assertEquals(expected.maybeBig(), actual.maybeBig());
        assertEquals(expected.ratio(), actual.ratio());
        assertEquals(expected.maybeRatio(), actual.maybeRatio());
        assertEquals(expected.score(), actual.score());
        assertEquals(expected.maybeScore(), actual.maybeScore());
        assertEquals(expected.price(), actual.price(), "decimal with scale kept");
        assertEquals(expected.maybeAmount(), actual.maybeAmount());
        assertEquals(expected.uid(), actual.uid());
        assertEquals(expected.maybeUid(), actual.maybeUid());
        assertEquals(expected.day(), actual.day());
        assertEquals(expected.maybeDay(), actual.maybeDay());
        assertEquals(expected.localTime(), actual.localTime());
        assertEquals(expected.maybeLocalTime(), actual.maybeLocalTime());
        assertEquals(expected.at(), actual.at());
        assertEquals(expected.maybeAt(), actual.maybeAt());
        assertArrayEquals(expected.data(), actual.data());
        assertArrayEquals(expected.maybeData(), actual.maybeData());
        assertEquals(expected.roast(), actual.roast());
        assertEquals(expected.maybeRoast(), actual.maybeRoast());
    }

    @BackendTest
    void extremeValuesRoundTrip(Ormdantic db) {
        BlockingTableHandle<EveryType, Long> table = db.blockingTable(EveryTypeTable.TABLE);
        EveryType row = extremes();
        table.insert(row);
        assertSameValues(row, table.findOne(Long.MAX_VALUE).orElseThrow());
    }

    @BackendTest
    void nullsRoundTrip(Ormdantic db) {
        BlockingTableHandle<EveryType, Long> table = db.blockingTable(EveryTypeTable.TABLE);
        table.insertMany(List.of(nulls(1), nulls(2)));
        assertSameValues(nulls(1), table.findOne(1L).orElseThrow());
        assertSameValues(
                nulls(2), table.findMany(EveryTypeTable.ID.eq(2L)).data().get(0));
    }

    @BackendTest
    void everyTypedColumnFilters(Ormdantic db) {
        BlockingTableHandle<EveryType, Long> table = db.blockingTable(EveryTypeTable.TABLE);
        table.insertMany(List.of(extremes(), nulls(1), nulls(2)));
        assertEquals(List.of(Long.MAX_VALUE), ids(table, EveryTypeTable.UID.eq(UID)));
        assertEquals(List.of(Long.MAX_VALUE), ids(table, EveryTypeTable.ROAST.eq(Roast.EXTRA_DARK)));
        assertEquals(List.of(1L, 2L), ids(table, EveryTypeTable.ROAST.in(List.of(Roast.MEDIUM, Roast.LIGHT))));
        assertEquals(List.of(Long.MAX_VALUE), ids(table, EveryTypeTable.FLAG.eq(true)));
        assertEquals(List.of(1L, 2L), ids(table, EveryTypeTable.MAYBE_TEXT.isNull()));
        assertEquals(List.of(Long.MAX_VALUE), ids(table, EveryTypeTable.MAYBE_TEXT.eq("")));
        assertEquals(List.of(Long.MAX_VALUE), ids(table, EveryTypeTable.AT.lt(Instant.EPOCH)));
        assertEquals(List.of(1L, 2L), ids(table, EveryTypeTable.AT.ge(Instant.EPOCH)));
        assertEquals(List.of(Long.MAX_VALUE), ids(table, EveryTypeTable.DAY.lt(LocalDate.of(1000, 1, 1))));
        assertEquals(List.of(Long.MAX_VALUE), ids(table, EveryTypeTable.BIG.lt(0L)));
        assertEquals(List.of(1L, 2L), ids(table, EveryTypeTable.MAYBE_COUNT.isNull()));
        assertEquals(
                List.of(Long.MAX_VALUE),
                ids(table, EveryTypeTable.LOCAL_TIME.gt(LocalDateTime.of(2024, 2, 29, 23, 59, 59))));
    }

    private static List<Long> ids(BlockingTableHandle<EveryType, Long> table, Filter<EveryType> filter) {
        return table.findMany(filter, OrderBy.asc(EveryTypeTable.ID)).data().stream()
                .map(EveryType::id)
                .toList();
    }
}
