package dev.ormdantic;

import static dev.ormdantic.Gadgets.gadget;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.fixture.Gadget;
import dev.ormdantic.fixture.GadgetTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite stores every kind exactly, in formats whose text order is value order. */
class CodecTest {

    @TempDir
    Path dir;

    private Ormdantic db;
    private BlockingTableHandle<Gadget, Long> gadgets;

    @BeforeEach
    void open() {
        db = Ormdantic.open("sqlite:" + dir.resolve("codec.sqlite3"));
        db.init().join();
        gadgets = db.blockingTable(GadgetTable.TABLE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void assertSameValues(Gadget expected, Gadget actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.apiToken(), actual.apiToken());
        assertEquals(expected.label(), actual.label());
        assertEquals(expected.active(), actual.active());
        assertEquals(expected.price(), actual.price());
        assertEquals(expected.uid(), actual.uid());
        assertEquals(expected.day(), actual.day());
        assertEquals(expected.localAt(), actual.localAt());
        assertEquals(expected.at(), actual.at());
        assertArrayEquals(expected.data(), actual.data());
        assertEquals(expected.weight(), actual.weight());
    }

    @Test
    void everyKindRoundTripsExactly() {
        Gadget extreme = new Gadget(
                Long.MIN_VALUE,
                "token-é🌍-'quoted'",
                "Ünïcödé; DROP TABLE gadget; --",
                true,
                new BigDecimal("-0.000000000000000000012345678901234567890123"),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                LocalDate.of(1, 1, 1),
                LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_789),
                Instant.parse("1969-12-31T23:59:59.999999999Z"),
                new byte[] {0, -1, 127, -128},
                Double.MIN_VALUE);
        gadgets.insertMany(List.of(extreme, gadget(3)));
        assertSameValues(extreme, gadgets.findOne(Long.MIN_VALUE).orElseThrow());
        assertSameValues(gadget(3), gadgets.findOne(3L).orElseThrow());
        assertEquals(null, gadgets.findOne(3L).orElseThrow().weight());
    }

    @Test
    void storedFormsAreFixedTextBlobsAndIntegers() throws SQLException {
        gadgets.insert(gadget(2));
        try (Connection connection = db.database().pool().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT price, typeof(price), uid, day, local_at, at, typeof(data), active, typeof(active)"
                                + " FROM gadget")) {
            rs.next();
            assertEquals("14.50", rs.getString(1));
            assertEquals("text", rs.getString(2));
            assertEquals("00000000-0000-0002-0000-000000000002", rs.getString(3));
            assertEquals("2024-01-03", rs.getString(4));
            assertEquals("2024-01-01T12:00:02.000000000", rs.getString(5));
            assertEquals("2024-01-01T00:00:00.002000000Z", rs.getString(6));
            assertEquals("blob", rs.getString(7));
            assertEquals(1, rs.getInt(8));
            assertEquals("integer", rs.getString(9));
        }
    }

    @Test
    void filtersOnConvertedKindsCompareInValueOrder() {
        gadgets.insertMany(List.of(gadget(1), gadget(2), gadget(3), gadget(10)));
        assertEquals(List.of(1L, 2L), ids(GadgetTable.AT.lt(Instant.parse("2024-01-01T00:00:00.003Z"))));
        assertEquals(List.of(10L), ids(GadgetTable.DAY.gt(LocalDate.of(2024, 1, 5))));
        assertEquals(List.of(3L, 10L), ids(GadgetTable.LOCAL_AT.ge(LocalDateTime.of(2024, 1, 1, 12, 0, 3))));
        assertEquals(List.of(2L), ids(GadgetTable.UID.eq(new UUID(2, 2))));
        assertEquals(List.of(2L, 10L), ids(GadgetTable.ACTIVE.eq(true)));
        assertEquals(List.of(3L), ids(GadgetTable.PRICE.eq(new BigDecimal("15.50"))));
        assertEquals(List.of(3L), ids(GadgetTable.WEIGHT.isNull()));
        assertEquals(List.of(10L), ids(GadgetTable.WEIGHT.gt(10.0)));
        assertEquals(List.of(1L), ids(GadgetTable.DATA.eq(new byte[] {1, 0, (byte) 255})));
    }

    private List<Long> ids(Filter<Gadget> filter) {
        return gadgets.findMany(filter, OrderBy.asc(GadgetTable.ID)).data().stream()
                .map(Gadget::id)
                .toList();
    }
}
