package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.it.model.Reading;
import dev.ormdantic.it.model.ReadingTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;

/**
 * A value the database would store changed (rounded nanoseconds, NaN turned into NULL, a decimal cut short) is
 * refused with {@code ORM2105} and a fix, and nothing is written; a value it keeps exactly round-trips.
 */
@Tag("reliability")
class PrecisionTest {

    private static final LocalDateTime MICROS = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000);
    private static final Instant AT = Instant.parse("2024-02-29T23:59:59.123456Z");

    private static Reading reading(long id, LocalDateTime taken, Instant at, double value, BigDecimal amount) {
        return new Reading(id, taken, at, value, amount);
    }

    private static boolean keepsNanos(Backend backend) {
        return backend == Backend.SQLITE;
    }

    private static void assertRefused(BlockingTableHandle<Reading, Long> readings, Reading reading, String fix) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> readings.insert(reading));
        assertEquals(ErrorCode.VALUE_NOT_STORABLE, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(fix), e.getMessage());
        assertThrows(
                InvalidArgumentException.class,
                () -> readings.upsertMany(List.of(reading(99, MICROS, AT, 1, BigDecimal.ONE), reading)));
        assertEquals(Optional.empty(), readings.findOne(99L), "nothing of the batch is written");
    }

    @BackendTest
    void nanosecondsAreKeptOrRefusedNeverRounded(TestDatabase database) {
        Ormdantic db = database.db();
        BlockingTableHandle<Reading, Long> readings = db.blockingTable(ReadingTable.TABLE);
        LocalDateTime nanos = MICROS.plusNanos(789);
        Instant nanoInstant = AT.plusNanos(789);
        readings.insert(reading(1, MICROS, AT, 1.5, new BigDecimal("1.50")));
        Reading stored = readings.findOne(1L).orElseThrow();
        assertEquals(MICROS, stored.taken());
        assertEquals(AT, stored.at());
        // an unconstrained decimal on MySQL and MariaDB reads back with their 30-digit scale: equal in value
        assertEquals(0, new BigDecimal("1.50").compareTo(stored.amount()));
        if (keepsNanos(database.backend())) {
            readings.insert(reading(2, nanos, nanoInstant, 2, BigDecimal.TEN));
            assertEquals(nanos, readings.findOne(2L).orElseThrow().taken());
            assertEquals(nanoInstant, readings.findOne(2L).orElseThrow().at());
        } else {
            assertRefused(readings, reading(2, nanos, AT, 2, BigDecimal.TEN), "truncatedTo(ChronoUnit.MICROS)");
            assertRefused(
                    readings, reading(2, MICROS, nanoInstant, 2, BigDecimal.TEN), "truncatedTo(ChronoUnit.MICROS)");
            assertEquals(1, readings.count());
        }
        // the stored microseconds compare exactly
        assertEquals(1, readings.count(ReadingTable.TAKEN.le(MICROS)));
        assertEquals(1, readings.count(ReadingTable.AT.eq(AT)));
    }

    @BackendTest
    void nanAndInfinityAreKeptOrRefused(TestDatabase database) {
        BlockingTableHandle<Reading, Long> readings = database.db().blockingTable(ReadingTable.TABLE);
        switch (database.backend()) {
            case POSTGRESQL -> {
                readings.insert(reading(1, MICROS, AT, Double.NaN, BigDecimal.ONE));
                readings.insert(reading(2, MICROS, AT, Double.NEGATIVE_INFINITY, BigDecimal.ONE));
                assertTrue(Double.isNaN(readings.findOne(1L).orElseThrow().value()));
                assertEquals(
                        Double.NEGATIVE_INFINITY,
                        readings.findOne(2L).orElseThrow().value());
            }
            case SQLITE -> {
                assertRefused(readings, reading(1, MICROS, AT, Double.NaN, BigDecimal.ONE), "store a null instead");
                readings.insert(reading(2, MICROS, AT, Double.POSITIVE_INFINITY, BigDecimal.ONE));
                assertEquals(
                        Double.POSITIVE_INFINITY,
                        readings.findOne(2L).orElseThrow().value());
            }
            default -> {
                assertRefused(readings, reading(1, MICROS, AT, Double.NaN, BigDecimal.ONE), "store a null instead");
                assertRefused(
                        readings, reading(1, MICROS, AT, Double.POSITIVE_INFINITY, BigDecimal.ONE), "finite bound");
                assertEquals(0, readings.count());
            }
        }
    }

    @BackendTest
    void decimalsBeyondTheDatabasesScaleAreRefused(TestDatabase database) {
        BlockingTableHandle<Reading, Long> readings = database.db().blockingTable(ReadingTable.TABLE);
        BigDecimal thirtyOne = new BigDecimal("0." + "0".repeat(30) + "1");
        if (database.backend() == Backend.MARIADB || database.backend() == Backend.MYSQL) {
            assertRefused(readings, reading(1, MICROS, AT, 1, thirtyOne), "setScale(30, RoundingMode.HALF_EVEN)");
        } else {
            readings.insert(reading(1, MICROS, AT, 1, thirtyOne));
            assertEquals(
                    0, thirtyOne.compareTo(readings.findOne(1L).orElseThrow().amount()));
        }
    }
}
