package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.it.model.EveryType;
import dev.ormdantic.it.model.EveryTypeTable;
import dev.ormdantic.it.model.Fidelity;
import dev.ormdantic.it.model.FidelityTable;
import dev.ormdantic.it.model.Gauge;
import dev.ormdantic.it.model.GaugeTable;
import dev.ormdantic.it.model.Ticket;
import dev.ormdantic.it.model.TicketTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.Filters;
import dev.ormdantic.query.OrderBy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.function.Executable;

/**
 * Values a database cannot hold are refused before anything is written or compared, with the fix in the message:
 * never stored as another value ({@code '?'}, {@code 0}, {@code -infinity}, an infinity) and never rendered into SQL
 * text.
 */
@Tag("reliability")
class UnstorableValueTest {

    private static final String LONE = "abc\uD83D";

    private static void refusedWrite(Executable write, String fragment) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, write);
        assertEquals(ErrorCode.VALUE_NOT_STORABLE, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    private static FilterException refusedFilter(Executable read, String column, String fragment) {
        FilterException e = assertThrows(FilterException.class, read);
        assertEquals(ErrorCode.FILTER_INVALID_VALUE, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("column '" + column + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        return e;
    }

    @BackendTest
    void aLoneSurrogateIsRefusedInTextJsonAndFilters(TestDatabase database) {
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        refusedWrite(() -> table.insert(withText(TypesTest.nulls(1), LONE)), "lone UTF-16 surrogate");
        refusedWrite(() -> table.insert(withText(TypesTest.nulls(1), "\uDE00x")), "\\uDE00 at index 0");
        assertEquals(0, table.count());
        table.insert(withText(TypesTest.nulls(2), "abc?"));
        table.insert(withText(TypesTest.nulls(3), "pair 🌍"));
        // compared, the value would have become "abc?" (or "abcc" on MariaDB) and matched row 2
        refusedFilter(() -> table.findMany(EveryTypeTable.TEXT.eq(LONE)), "text", "lone UTF-16 surrogate");
        refusedFilter(() -> table.findMany(EveryTypeTable.TEXT.startsWith(LONE)), "text", "surrogate");
        refusedFilter(
                () -> table.findMany(Filters.of(EveryTypeTable.TABLE, Map.of("text", LONE))), "text", "surrogate");
        refusedFilter(() -> table.deleteWhere(EveryTypeTable.TEXT.in(List.of("x", LONE))), "text", "surrogate");
        refusedWrite(
                () -> table.updateWhere(EveryTypeTable.ID.eq(2L), List.of(EveryTypeTable.TEXT.set(LONE))),
                "column 'text'");
        assertEquals(List.of("abc?", "pair 🌍"), texts(table));

        BlockingTableHandle<Fidelity, Long> fidelity = database.db().blockingTable(FidelityTable.TABLE);
        refusedWrite(() -> fidelity.insert(fidelityWithDocument(Map.of("key", LONE))), "lone UTF-16 surrogate");
        assertEquals(0, fidelity.count());
    }

    /**
     * A value refused while a generated write binds it names its column, found from the parameter's position in the
     * fixed statement: insert, insertMany (a later row), update (whose key comes last), upsert, an insert that reads
     * generated values back, and a JSON document.
     */
    @BackendTest
    void aRefusedWriteNamesItsColumn(TestDatabase database) {
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        refusedWrite(() -> table.insert(withText(TypesTest.nulls(1), LONE)), "column \"text\": ");
        EveryType loneMaybe = withMaybeText(TypesTest.nulls(2), LONE);
        refusedWrite(() -> table.insertMany(List.of(TypesTest.nulls(1), loneMaybe)), "column \"maybe_text\": ");
        assertEquals(0, table.count());
        table.insert(TypesTest.nulls(1));
        refusedWrite(() -> table.update(withMaybeText(TypesTest.nulls(1), LONE)), "column \"maybe_text\": ");
        refusedWrite(() -> table.upsert(withText(TypesTest.nulls(1), LONE)), "column \"text\": ");
        refusedWrite(() -> table.upsertMany(List.of(TypesTest.nulls(3), loneMaybe)), "column \"maybe_text\": ");
        if (database.backend() != Backend.SQLITE) {
            // SQLite keeps any decimal exactly, as text; PostgreSQL stored this one as 0
            refusedWrite(
                    () -> table.insert(withAmount(TypesTest.nulls(4), new BigDecimal("1E+131072"))),
                    "column \"maybe_amount\": a decimal with 131073 digits before the point");
        }
        assertEquals(List.of(TypesTest.nulls(1).text()), texts(table));
        BlockingTableHandle<Ticket, Long> tickets = database.db().blockingTable(TicketTable.TABLE);
        refusedWrite(() -> tickets.insert(new Ticket(0, LONE, "", Instant.EPOCH)), "column \"title\": ");
        BlockingTableHandle<Fidelity, Long> fidelity = database.db().blockingTable(FidelityTable.TABLE);
        refusedWrite(() -> fidelity.insert(fidelityWithDocument(Map.of("key", LONE))), "column \"document\": ");
        assertEquals(0, tickets.count() + fidelity.count());
    }

    @BackendTest
    void aDecimalBeyondTheDatabaseIsRefused(TestDatabase database) {
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        BigDecimal huge = new BigDecimal("1E+131072");
        EveryType row = withAmount(TypesTest.nulls(1), huge);
        if (database.backend() == Backend.SQLITE) {
            table.insert(row); // SQLite keeps decimals as text, exactly
            assertEquals(0, huge.compareTo(table.findOne(1L).orElseThrow().maybeAmount()));
            return;
        }
        // PostgreSQL stored this as 0; MySQL and MariaDB hold 65 digits
        refusedWrite(() -> table.insert(row), "digits before the point");
        assertEquals(0, table.count());
    }

    @BackendTest
    void datesOutsideTheDatabasesRangeAreRefused(TestDatabase database) {
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        // PostgreSQL stored the first as -infinity and read it back as -999999999-01-01
        LocalDate before = LocalDate.of(-4713, 12, 31);
        refusedWrite(() -> table.insert(withDay(TypesTest.nulls(1), before)), "outside the dates");
        Instant ancient = LocalDateTime.of(-4713, 12, 31, 0, 0).toInstant(ZoneOffset.UTC);
        refusedWrite(() -> table.insert(withTimes(TypesTest.nulls(1), null, ancient)), "outside the instants");
        refusedWrite(
                () -> table.insert(withTimes(TypesTest.nulls(1), LocalDateTime.of(-4713, 1, 1, 0, 0), null)),
                "outside the date-times");
        // Instant.MIN threw a bare DateTimeException
        refusedWrite(() -> table.insert(withTimes(TypesTest.nulls(1), null, Instant.MIN)), "outside the instants");
        refusedWrite(() -> table.insert(withTimes(TypesTest.nulls(1), null, Instant.MAX)), "outside the instants");
        assertEquals(0, table.count());

        LocalDate far = LocalDate.of(10_000, 1, 1);
        if (database.backend() == Backend.POSTGRESQL) {
            table.insert(withDay(TypesTest.nulls(1), far)); // PostgreSQL's dates run to 5874897
            assertEquals(far, table.findOne(1L).orElseThrow().day());
            LocalDate first = LocalDate.of(-4712, 1, 1);
            table.insert(withDay(TypesTest.nulls(2), first));
            assertEquals(first, table.findOne(2L).orElseThrow().day());
        } else {
            refusedWrite(() -> table.insert(withDay(TypesTest.nulls(1), far)), "outside the dates");
            assertEquals(0, table.count());
        }
        // a filter value outside the range is the filter's error, named by its column
        refusedFilter(() -> table.findMany(EveryTypeTable.AT.lt(Instant.MIN)), "at", "outside the instants");
        FilterException json = refusedFilter(
                () -> table.findMany(
                        Filters.fromJson(EveryTypeTable.TABLE, "{\"at__lt\": \"+1000000000-01-01T00:00:00Z\"}")),
                "at",
                "outside the instants");
        assertEquals("at", json.path());
    }

    @BackendTest
    void aFiniteDoubleBeyondAFloatIsNotComparedAsInfinity(TestDatabase database) {
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        table.insert(withRatio(TypesTest.nulls(1), 3.0e38f)); // Connector/J reads Float.MAX_VALUE as out of range
        FilterException e = assertThrows(
                FilterException.class, () -> table.findMany(Filters.of(EveryTypeTable.TABLE, Map.of("ratio", 1e39))));
        assertEquals(ErrorCode.FILTER_INVALID_VALUE, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("range of a float"), e.getMessage());
        assertEquals(List.of(1L), ids(table, Filters.of(EveryTypeTable.TABLE, Map.of("ratio__le", (double)
                Float.MAX_VALUE))));
    }

    @BackendTest
    void specialDoublesAreBoundOrRefusedNeverWrittenIntoSql(TestDatabase database) {
        BlockingTableHandle<Gauge, Long> gauges = database.db().blockingTable(GaugeTable.TABLE);
        // columns named nan and infinity: a value rendered as SQL text would read them instead
        gauges.insertMany(List.of(new Gauge(1, 5, 7, 3), new Gauge(2, 1e300, 7, 3)));
        List<Gauge> before =
                gauges.findMany(Filter.all(), OrderBy.asc(GaugeTable.ID)).data();
        boolean holdsInfinity = database.backend() == Backend.POSTGRESQL || database.backend() == Backend.SQLITE;
        boolean holdsNan = database.backend() == Backend.POSTGRESQL;

        Executable below = () -> assertEquals(
                List.of(1L, 2L),
                gauges
                        .findMany(GaugeTable.SCORE.lt(Double.POSITIVE_INFINITY), OrderBy.asc(GaugeTable.ID))
                        .data()
                        .stream()
                        .map(Gauge::id)
                        .toList());
        Executable nanFilter = () -> assertEquals(0, gauges.count(GaugeTable.SCORE.eq(Double.NaN)));
        Executable assignNan =
                () -> gauges.updateWhere(GaugeTable.ID.eq(1L), List.of(GaugeTable.SCORE.set(Double.NaN)));
        Executable assignInfinity =
                () -> gauges.updateWhere(GaugeTable.ID.eq(1L), List.of(GaugeTable.SCORE.set(Double.NEGATIVE_INFINITY)));
        Executable dynamic = () -> gauges.findMany(Filters.of(GaugeTable.TABLE, Map.of("score__lt", "Infinity")));

        if (holdsInfinity) {
            assertDoesNotFail(below);
        } else {
            refusedFilter(below, "score", "Infinity cannot be held by");
        }
        if (holdsNan) {
            assertDoesNotFail(nanFilter);
        } else {
            refusedFilter(nanFilter, "score", "NaN cannot be held by");
            refusedWrite(assignNan, "column 'score'");
        }
        if (!holdsInfinity) {
            refusedWrite(assignInfinity, "column 'score'");
        }
        FilterException e = assertThrows(FilterException.class, dynamic);
        assertEquals(ErrorCode.FILTER_INVALID_VALUE, e.code(), e.getMessage());
        if (!holdsInfinity) {
            assertEquals(
                    before,
                    gauges.findMany(Filter.all(), OrderBy.asc(GaugeTable.ID)).data(),
                    "nothing changed");
        }
    }

    @BackendTest
    void aValueOverMaxAllowedPacketIsBadInputNotAConnectionFailure(TestDatabase database) {
        if (database.backend() != Backend.MYSQL && database.backend() != Backend.MARIADB) {
            return; // the other servers take values of this size
        }
        BlockingTableHandle<EveryType, Long> table = database.db().blockingTable(EveryTypeTable.TABLE);
        byte[] large = new byte[17 * 1024 * 1024]; // the server's max_allowed_packet is 16 MiB
        EveryType row = TypesTest.nulls(1);
        EveryType big = new EveryType(
                row.id(),
                row.text(),
                row.maybeText(),
                row.flag(),
                row.maybeFlag(),
                row.small(),
                row.maybeSmall(),
                row.count(),
                row.maybeCount(),
                row.big(),
                row.maybeBig(),
                row.ratio(),
                row.maybeRatio(),
                row.score(),
                row.maybeScore(),
                row.price(),
                row.maybeAmount(),
                row.uid(),
                row.maybeUid(),
                row.day(),
                row.maybeDay(),
                row.localTime(),
                row.maybeLocalTime(),
                row.at(),
                row.maybeAt(),
                large,
                row.maybeData(),
                row.roast(),
                row.maybeRoast());
        refusedWrite(() -> table.insert(big), "max_allowed_packet");
        table.insert(TypesTest.nulls(2)); // the pool still works
        assertEquals(1, table.count());
    }

    private static void assertDoesNotFail(Executable executable) {
        try {
            executable.execute();
        } catch (OrmdanticException e) {
            throw new AssertionError("expected to run, got " + e.getMessage(), e);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private static List<Long> ids(BlockingTableHandle<EveryType, Long> table, Filter<EveryType> filter) {
        return table.findMany(filter, OrderBy.asc(EveryTypeTable.ID)).data().stream()
                .map(EveryType::id)
                .toList();
    }

    private static List<String> texts(BlockingTableHandle<EveryType, Long> table) {
        return table.findMany(Filter.all(), OrderBy.asc(EveryTypeTable.ID)).data().stream()
                .map(EveryType::text)
                .toList();
    }

    /** A fidelity row whose JSON document is the given one, every other column a plain value. */
    static Fidelity fidelityWithDocument(Map<String, Object> document) {
        return new Fidelity(
                1,
                (byte) 1,
                null,
                BigInteger.ONE,
                null,
                LocalTime.NOON,
                null,
                OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 0, ZoneOffset.UTC),
                Optional.empty(),
                Map.of(),
                List.of(),
                Set.of(),
                Optional.empty(),
                document,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static EveryType withText(EveryType r, String text) {
        return copy(r, text, r.ratio(), r.maybeAmount(), r.day(), r.localTime(), r.at());
    }

    private static EveryType withMaybeText(EveryType r, String maybeText) {
        return new EveryType(
                r.id(),
                r.text(),
                maybeText,
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
                r.data(),
                r.maybeData(),
                r.roast(),
                r.maybeRoast());
    }

    private static EveryType withRatio(EveryType r, float ratio) {
        return copy(r, r.text(), ratio, r.maybeAmount(), r.day(), r.localTime(), r.at());
    }

    private static EveryType withAmount(EveryType r, BigDecimal amount) {
        return copy(r, r.text(), r.ratio(), amount, r.day(), r.localTime(), r.at());
    }

    private static EveryType withDay(EveryType r, LocalDate day) {
        return copy(r, r.text(), r.ratio(), r.maybeAmount(), day, r.localTime(), r.at());
    }

    private static EveryType withTimes(EveryType r, @Nullable LocalDateTime local, @Nullable Instant at) {
        return copy(
                r,
                r.text(),
                r.ratio(),
                r.maybeAmount(),
                r.day(),
                local == null ? r.localTime() : local,
                at == null ? r.at() : at);
    }

    private static EveryType copy(
            EveryType r,
            String text,
            float ratio,
            @Nullable BigDecimal amount,
            LocalDate day,
            LocalDateTime local,
            Instant at) {
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
                ratio,
                r.maybeRatio(),
                r.score(),
                r.maybeScore(),
                r.price(),
                amount,
                r.uid(),
                r.maybeUid(),
                day,
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
}
