package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.it.model.EveryType;
import dev.ormdantic.it.model.EveryTypeTable;
import dev.ormdantic.it.model.Fidelity;
import dev.ormdantic.it.model.FidelityTable;
import dev.ormdantic.it.model.Roast;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Tag;

/**
 * The value-fidelity suite: for every supported type, boundary values written and read back equal on every backend,
 * or refused with a clear error where the database cannot keep them (never stored changed).
 */
@Tag("reliability")
class ValueFidelityTest {

    private static final BigInteger SIXTY_FIVE_NINES = BigInteger.TEN.pow(65).subtract(BigInteger.ONE);

    /** SQL Server and Oracle keep the offset; the backends tested live store only the instant. */
    private static boolean keepsOffset(Backend backend) {
        return switch (backend) {
            case SQLITE, POSTGRESQL, MARIADB, MYSQL -> false;
            case MSSQL, ORACLE -> true;
        };
    }

    private static Fidelity fidelity(long id, byte tiny, BigInteger huge, LocalTime clock, OffsetDateTime moment) {
        return new Fidelity(
                id,
                tiny,
                null,
                huge,
                null,
                clock,
                null,
                moment,
                Optional.empty(),
                Map.of(),
                List.of(),
                Set.of(),
                Optional.empty(),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** A document nested {@code depth} levels deep, with unicode keys and values at every level. */
    private static Map<String, Object> deep(int depth) {
        Map<String, Object> leaf = new LinkedHashMap<>();
        leaf.put("emoji", "🌍🚀 é\u0301 \u0001\u001f\t\n");
        leaf.put("n", 42);
        Map<String, Object> current = leaf;
        for (int level = 0; level < depth; level++) {
            Map<String, Object> parent = new LinkedHashMap<>();
            parent.put("level", level);
            parent.put("ключ-" + level, current);
            parent.put("list", List.of(1, "two", true));
            current = parent;
        }
        return current;
    }

    private static void assertSameInstant(OffsetDateTime expected, OffsetDateTime actual, Backend backend) {
        assertEquals(expected.toInstant(), actual.toInstant(), "the instant is unchanged");
        if (keepsOffset(backend)) {
            assertEquals(expected, actual);
        } else {
            assertEquals(ZoneOffset.UTC, actual.getOffset(), "the instant reads back at offset UTC");
        }
    }

    @BackendTest
    void newTypesRoundTripAtTheirBoundaries(TestDatabase database) {
        BlockingTableHandle<Fidelity, Long> table = database.db().blockingTable(FidelityTable.TABLE);
        BigInteger huge = database.backend() == Backend.SQLITE || database.backend() == Backend.POSTGRESQL
                ? BigInteger.TEN.pow(100).negate().add(BigInteger.ONE)
                : SIXTY_FIVE_NINES.negate();
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        scores.put("ünïcödé 🌍", List.of(Integer.MIN_VALUE, 0, Integer.MAX_VALUE));
        scores.put("", List.of());
        Fidelity full = new Fidelity(
                1,
                Byte.MIN_VALUE,
                Byte.MAX_VALUE,
                huge,
                BigInteger.TEN.pow(20).subtract(BigInteger.ONE),
                LocalTime.MIDNIGHT,
                LocalTime.of(23, 59, 59, 999_999_000),
                OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC),
                Optional.of(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
                scores,
                List.of("a", "é\u0301", "🌍", "\u0007 bell"),
                new LinkedHashSet<>(List.of(Roast.LIGHT, Roast.EXTRA_DARK)),
                Optional.of(new Fidelity.Address("Rue de l'Été", 9, List.of("bâtiment B", "日本"), null)),
                deep(25),
                Optional.of("Zoë 🌍"),
                Optional.of(Integer.MAX_VALUE),
                Optional.of(Roast.MEDIUM));
        Fidelity empty = fidelity(2, (byte) 0, BigInteger.ZERO, LocalTime.MAX.withNano(999_999_000), moment());
        table.insertMany(List.of(full, empty));
        assertEquals(full, table.findOne(1L).orElseThrow());
        assertEquals(empty, table.findOne(2L).orElseThrow());
        assertEquals(List.of(1L), ids(table, FidelityTable.ADDRESS.isNotNull()));
        assertEquals(List.of(2L), ids(table, FidelityTable.NICK.isNull()));
    }

    private static OffsetDateTime moment() {
        return OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 0, ZoneOffset.UTC);
    }

    @BackendTest
    void offsetsEastAndWestKeepTheirInstant(TestDatabase database) {
        BlockingTableHandle<Fidelity, Long> table = database.db().blockingTable(FidelityTable.TABLE);
        OffsetDateTime east = OffsetDateTime.of(2024, 1, 1, 0, 30, 0, 123_456_000, ZoneOffset.ofHours(14));
        OffsetDateTime west = OffsetDateTime.of(2024, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHoursMinutes(-9, -30));
        table.insert(fidelity(1, (byte) 1, BigInteger.ONE, LocalTime.NOON, east));
        table.insert(fidelity(2, (byte) 2, BigInteger.TWO, LocalTime.NOON, west));
        assertSameInstant(east, table.findOne(1L).orElseThrow().moment(), database.backend());
        assertSameInstant(west, table.findOne(2L).orElseThrow().moment(), database.backend());
        // compared by instant: east is the earlier one
        assertEquals(List.of(1L), ids(table, FidelityTable.MOMENT.lt(west)));
    }

    @BackendTest
    void instantsAreUnchangedUnderANonUtcDefaultTimeZone(TestDatabase database) {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns")); // UTC-03:30, with daylight saving
            BlockingTableHandle<EveryType, Long> every = database.db().blockingTable(EveryTypeTable.TABLE);
            BlockingTableHandle<Fidelity, Long> table = database.db().blockingTable(FidelityTable.TABLE);
            Instant at = Instant.parse("2024-03-10T05:30:00.123456Z"); // the hour daylight saving starts there
            EveryType row = withTimes(TypesTest.nulls(1), LocalDateTime.of(2024, 3, 10, 2, 30), at);
            every.insert(row);
            EveryType read = every.findOne(1L).orElseThrow();
            assertEquals(at, read.at());
            assertEquals(row.localTime(), read.localTime(), "a date-time without zone is not shifted");
            OffsetDateTime moment = at.atOffset(ZoneOffset.ofHours(-7));
            table.insert(fidelity(1, (byte) 1, BigInteger.ONE, LocalTime.of(2, 30), moment));
            Fidelity back = table.findOne(1L).orElseThrow();
            assertSameInstant(moment, back.moment(), database.backend());
            assertEquals(LocalTime.of(2, 30), back.clock());
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @BackendTest
    void finerThanTheDatabaseKeepsIsRefusedNotRounded(TestDatabase database) {
        BlockingTableHandle<Fidelity, Long> table = database.db().blockingTable(FidelityTable.TABLE);
        Fidelity nanos = fidelity(1, (byte) 1, BigInteger.ONE, LocalTime.of(1, 2, 3, 456_789_123), moment());
        Fidelity nanoMoment = fidelity(2, (byte) 1, BigInteger.ONE, LocalTime.NOON, moment().withNano(1));
        if (database.backend() == Backend.SQLITE) {
            table.insertMany(List.of(nanos, nanoMoment));
            assertEquals(nanos, table.findOne(1L).orElseThrow());
            assertEquals(nanoMoment, table.findOne(2L).orElseThrow());
            return;
        }
        for (Fidelity row : List.of(nanos, nanoMoment)) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> table.insert(row));
            assertEquals(ErrorCode.VALUE_NOT_STORABLE, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("truncatedTo(ChronoUnit.MICROS)"), e.getMessage());
        }
        assertEquals(0, table.count());
    }

    @BackendTest
    void aBigIntegerBeyondTheColumnIsRefusedBeforeWriting(TestDatabase database) {
        BlockingTableHandle<Fidelity, Long> table = database.db().blockingTable(FidelityTable.TABLE);
        BigInteger sixtySixDigits = SIXTY_FIVE_NINES.add(BigInteger.ONE);
        Fidelity row = fidelity(1, (byte) 1, sixtySixDigits, LocalTime.NOON, moment());
        if (database.backend() == Backend.SQLITE || database.backend() == Backend.POSTGRESQL) {
            table.insert(row);
            assertEquals(row, table.findOne(1L).orElseThrow());
            return;
        }
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> table.insert(row));
        assertEquals(ErrorCode.VALUE_NOT_STORABLE, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("has 66 digits, more than the 65"), e.getMessage());
        assertEquals(0, table.count());
    }

    @BackendTest
    void jsonThatJacksonCannotWriteIsRefusedNamingTheColumn(TestDatabase database) {
        BlockingTableHandle<Fidelity, Long> table = database.db().blockingTable(FidelityTable.TABLE);
        Fidelity row = new Fidelity(
                1,
                (byte) 1,
                null,
                BigInteger.ONE,
                null,
                LocalTime.NOON,
                null,
                moment(),
                Optional.empty(),
                Map.of(),
                List.of(),
                Set.of(),
                Optional.empty(),
                Map.of("when", Instant.EPOCH),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> table.insert(row));
        assertEquals(ErrorCode.JSON_NOT_WRITABLE, e.code(), e.getMessage());
        assertTrue(
                e.getMessage().contains("table 'fidelity'") || e.getMessage().contains("'fidelity'"), e.getMessage());
        assertTrue(e.getMessage().contains("column 'document'"), e.getMessage());
        assertEquals(0, table.count());
    }

    @BackendTest
    void optionalConstraintsApplyToThePresentValue(TestDatabase database) {
        BlockingTableHandle<Fidelity, Long> table = database.db().blockingTable(FidelityTable.TABLE);
        Fidelity base = fidelity(1, (byte) 1, BigInteger.ONE, LocalTime.NOON, moment());
        Fidelity invalid = new Fidelity(
                1,
                base.tiny(),
                null,
                base.huge(),
                null,
                base.clock(),
                null,
                base.moment(),
                Optional.empty(),
                Map.of(),
                List.of(),
                Set.of(),
                Optional.empty(),
                Map.of(),
                Optional.of("x"),
                Optional.of(0),
                Optional.empty());
        var e = assertThrows(dev.ormdantic.error.ValidationException.class, () -> table.insert(invalid));
        assertEquals(2, e.violations().size(), e.getMessage());
        table.insert(base); // empty optionals pass every constraint
        assertEquals(base, table.findOne(1L).orElseThrow());
    }

    @BackendTest
    void decimalsCompareAndSortByValue(TestDatabase database) {
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        List<String> amounts = List.of("9.5", "10.25", "-2", "-10.5", "1.20", "100");
        List<EveryType> rows = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            rows.add(withAmount(TypesTest.nulls(i + 1), new BigDecimal(amounts.get(i))));
        }
        table.insertMany(rows);
        assertEquals(
                List.of(4L, 3L, 5L, 1L, 2L, 6L),
                table.findMany(Filter.all(), OrderBy.asc(EveryTypeTable.MAYBE_AMOUNT)).data().stream()
                        .map(EveryType::id)
                        .toList(),
                "numeric order, not text order");
        assertEquals(List.of(2L, 6L), everyIds(table, EveryTypeTable.MAYBE_AMOUNT.gt(new BigDecimal("9.6"))));
        assertEquals(List.of(3L, 4L), everyIds(table, EveryTypeTable.MAYBE_AMOUNT.lt(BigDecimal.ZERO)));
        assertEquals(
                List.of(1L, 3L, 5L),
                everyIds(table, EveryTypeTable.MAYBE_AMOUNT.between(new BigDecimal("-2.0"), new BigDecimal("9.50"))));
        assertEquals(List.of(5L), everyIds(table, EveryTypeTable.MAYBE_AMOUNT.eq(new BigDecimal("1.2"))));
        assertEquals(
                List.of(5L, 6L),
                everyIds(
                        table,
                        EveryTypeTable.MAYBE_AMOUNT.in(List.of(new BigDecimal("1.200"), new BigDecimal("1E+2")))));
    }

    @BackendTest
    void bigIntegersCompareAndSortByValue(TestDatabase database) {
        BlockingTableHandle<Fidelity, Long> table = database.db().blockingTable(FidelityTable.TABLE);
        List<BigInteger> values =
                List.of(BigInteger.valueOf(9), BigInteger.valueOf(10), BigInteger.valueOf(-2), BigInteger.valueOf(-10));
        for (int i = 0; i < values.size(); i++) {
            table.insert(fidelity(i + 1, (byte) i, values.get(i), LocalTime.NOON, moment()));
        }
        assertEquals(
                List.of(4L, 3L, 1L, 2L),
                table.findMany(Filter.all(), OrderBy.asc(FidelityTable.HUGE)).data().stream()
                        .map(Fidelity::id)
                        .toList());
        assertEquals(List.of(2L), ids(table, FidelityTable.HUGE.gt(BigInteger.valueOf(9))));
        assertEquals(List.of(3L, 4L), ids(table, FidelityTable.HUGE.lt(BigInteger.ZERO)));
    }

    @BackendTest
    void decimalsReadBackWithOneScaleRule(TestDatabase database) {
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        EveryType row = withAmount(TypesTest.nulls(1), new BigDecimal("1.50"));
        table.insertMany(List.of(
                row,
                withAmount(TypesTest.nulls(2), new BigDecimal("100")),
                withAmount(TypesTest.nulls(3), new BigDecimal("-0.000")),
                withAmount(
                        TypesTest.nulls(4),
                        // 35 digits with 30 after the point: the widest MySQL's DECIMAL(65, 30) keeps
                        new BigDecimal("12345678901234567890.123456789012345678901234567890"))));
        // unconstrained: the fewest fraction digits that hold the value, on every backend
        assertEquals(new BigDecimal("1.5"), table.findOne(1L).orElseThrow().maybeAmount());
        assertEquals(new BigDecimal("100"), table.findOne(2L).orElseThrow().maybeAmount());
        assertEquals(new BigDecimal("0"), table.findOne(3L).orElseThrow().maybeAmount());
        assertEquals(
                new BigDecimal("12345678901234567890.12345678901234567890123456789"),
                table.findOne(4L).orElseThrow().maybeAmount());
        // @Digits(integer = 10, fraction = 2): exactly two fraction digits
        assertEquals(new BigDecimal("0.00"), table.findOne(1L).orElseThrow().price());
    }

    @BackendTest
    void textAndBinaryRoundTrip(TestDatabase database) {
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        byte[] large = new byte[1024 * 1024 + 7];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        String text =
                "emoji 🌍🚀👩‍👩‍👧 combining é\u0301 n\u0303 controls \u0001\u0002\u0007\b\t\n\u000b\f\r\u001b\u001f\u007f"
                        + " rtl עברית cjk 日本語 zero-width \u200b\u200d end";
        EveryType row = withText(TypesTest.nulls(1), text, large);
        EveryType empty = withText(TypesTest.nulls(2), "", new byte[0]);
        table.insertMany(List.of(row, empty));
        EveryType back = table.findOne(1L).orElseThrow();
        assertEquals(text, back.text());
        assertArrayEquals(large, back.data());
        assertEquals("", table.findOne(2L).orElseThrow().text());
        assertArrayEquals(new byte[0], table.findOne(2L).orElseThrow().data());
    }

    @BackendTest
    void datesAtTheEpochAndFarFromIt(TestDatabase database) {
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        LocalDate[] days = {LocalDate.EPOCH, LocalDate.of(9999, 12, 31), LocalDate.of(1000, 1, 1)};
        LocalDateTime[] times = {
            LocalDateTime.of(1970, 1, 1, 0, 0),
            LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
            LocalDateTime.of(1000, 1, 1, 0, 0, 0, 1_000)
        };
        Instant[] instants = {
            Instant.EPOCH, Instant.parse("9999-12-31T23:59:59.999999Z"), Instant.parse("1000-01-01T00:00:00Z")
        };
        for (int i = 0; i < days.length; i++) {
            EveryType row = withDay(withTimes(TypesTest.nulls(i + 1), times[i], instants[i]), days[i]);
            table.insert(row);
            EveryType back = table.findOne(i + 1L).orElseThrow();
            assertEquals(days[i], back.day());
            assertEquals(times[i], back.localTime());
            assertEquals(instants[i], back.at());
        }
    }

    @BackendTest
    void floatingPointBoundaries(TestDatabase database) {
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        EveryType row = withFloats(TypesTest.nulls(1), -0.0f, -0.0d, Float.MIN_NORMAL, -Double.MAX_VALUE);
        table.insert(row);
        EveryType back = table.findOne(1L).orElseThrow();
        assertEquals(Float.MIN_NORMAL, back.maybeRatio());
        assertEquals(-Double.MAX_VALUE, back.maybeScore());
        // negative zero reads back equal to zero everywhere; only PostgreSQL keeps its sign (docs/types.md)
        boolean keepsSign = database.backend() == Backend.POSTGRESQL;
        assertEquals(keepsSign ? -0.0f : 0.0f, back.ratio());
        assertEquals(keepsSign ? -0.0d : 0.0d, back.score());
        System.out.println(
                "negative zero on " + database.backend() + ": float " + back.ratio() + ", double " + back.score());
    }

    private static List<Long> ids(BlockingTableHandle<Fidelity, Long> table, Filter<Fidelity> filter) {
        return table.findMany(filter, OrderBy.asc(FidelityTable.ID)).data().stream()
                .map(Fidelity::id)
                .toList();
    }

    private static List<Long> everyIds(BlockingTableHandle<EveryType, Long> table, Filter<EveryType> filter) {
        return table.findMany(filter, OrderBy.asc(EveryTypeTable.ID)).data().stream()
                .map(EveryType::id)
                .toList();
    }

    private static EveryType withAmount(EveryType r, BigDecimal amount) {
        return new EveryType(
                r.id(),
                r.text(),
                r.maybeText(),
                r.flag(),
                r.maybeFlag(),
                r.small(),
                r.maybeSmall(),
                r.count(),
                r.maybeCount(),
                r.big(),
                r.maybeBig(),
                r.ratio(),
                r.maybeRatio(),
                r.score(),
                r.maybeScore(),
                r.price(),
                amount,
                r.uid(),
                r.maybeUid(),
                r.day(),
                r.maybeDay(),
                r.localTime(),
                r.maybeLocalTime(),
                r.at(),
                r.maybeAt(),
                r.data(),
                r.maybeData(),
                r.roast(),
                r.maybeRoast());
    }

    private static EveryType withTimes(EveryType r, LocalDateTime local, Instant at) {
        return new EveryType(
                r.id(),
                r.text(),
                r.maybeText(),
                r.flag(),
                r.maybeFlag(),
                r.small(),
                r.maybeSmall(),
                r.count(),
                r.maybeCount(),
                r.big(),
                r.maybeBig(),
                r.ratio(),
                r.maybeRatio(),
                r.score(),
                r.maybeScore(),
                r.price(),
                r.maybeAmount(),
                r.uid(),
                r.maybeUid(),
                r.day(),
                r.maybeDay(),
                local,
                r.maybeLocalTime(),
                at,
                r.maybeAt(),
                r.data(),
                r.maybeData(),
                r.roast(),
                r.maybeRoast());
    }

    private static EveryType withDay(EveryType r, LocalDate day) {
        return new EveryType(
                r.id(),
                r.text(),
                r.maybeText(),
                r.flag(),
                r.maybeFlag(),
                r.small(),
                r.maybeSmall(),
                r.count(),
                r.maybeCount(),
                r.big(),
                r.maybeBig(),
                r.ratio(),
                r.maybeRatio(),
                r.score(),
                r.maybeScore(),
                r.price(),
                r.maybeAmount(),
                r.uid(),
                r.maybeUid(),
                day,
                r.maybeDay(),
                r.localTime(),
                r.maybeLocalTime(),
                r.at(),
                r.maybeAt(),
                r.data(),
                r.maybeData(),
                r.roast(),
                r.maybeRoast());
    }

    private static EveryType withText(EveryType r, String text, byte[] data) {
        return new EveryType(
                r.id(),
                text,
                r.maybeText(),
                r.flag(),
                r.maybeFlag(),
                r.small(),
                r.maybeSmall(),
                r.count(),
                r.maybeCount(),
                r.big(),
                r.maybeBig(),
                r.ratio(),
                r.maybeRatio(),
                r.score(),
                r.maybeScore(),
                r.price(),
                r.maybeAmount(),
                r.uid(),
                r.maybeUid(),
                r.day(),
                r.maybeDay(),
                r.localTime(),
                r.maybeLocalTime(),
                r.at(),
                r.maybeAt(),
                data,
                r.maybeData(),
                r.roast(),
                r.maybeRoast());
    }

    private static EveryType withFloats(EveryType r, float ratio, double score, float maybeRatio, double maybeScore) {
        return new EveryType(
                r.id(),
                r.text(),
                r.maybeText(),
                r.flag(),
                r.maybeFlag(),
                r.small(),
                r.maybeSmall(),
                r.count(),
                r.maybeCount(),
                r.big(),
                r.maybeBig(),
                ratio,
                maybeRatio,
                score,
                maybeScore,
                r.price(),
                r.maybeAmount(),
                r.uid(),
                r.maybeUid(),
                r.day(),
                r.maybeDay(),
                r.localTime(),
                r.maybeLocalTime(),
                r.at(),
                r.maybeAt(),
                r.data(),
                r.maybeData(),
                r.roast(),
                r.maybeRoast());
    }
}
