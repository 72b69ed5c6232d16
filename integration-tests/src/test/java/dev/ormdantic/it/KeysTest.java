package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Page;
import dev.ormdantic.Seek;
import dev.ormdantic.TableHandle;
import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.it.model.LineItem;
import dev.ormdantic.it.model.LineItemTable;
import dev.ormdantic.it.model.OrderLine;
import dev.ormdantic.it.model.OrderLineTable;
import dev.ormdantic.it.model.Ticket;
import dev.ormdantic.it.model.TicketTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.Filters;
import dev.ormdantic.query.OrderBy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Composite keys, identity keys, server defaults and computed columns on every live backend. */
class KeysTest {

    private static final OrderLine FIRST = new OrderLine("o1", 1, "tea", 2);
    private static final OrderLine SECOND = new OrderLine("o1", 2, "cake", 1);
    private static final OrderLine OTHER = new OrderLine("o2", 1, "tea", 5);

    @BackendTest
    void compositeKeyCrud(Ormdantic db) {
        BlockingTableHandle<OrderLine, OrderLineTable.Key> lines = db.blockingTable(OrderLineTable.TABLE);
        assertEquals(List.of(FIRST, SECOND, OTHER), lines.insertMany(List.of(FIRST, SECOND, OTHER)));

        assertEquals(Optional.of(SECOND), lines.findOne(new OrderLineTable.Key("o1", 2)));
        assertEquals(Optional.empty(), lines.findOne(new OrderLineTable.Key("o2", 2)));

        assertTrue(lines.update(new OrderLine("o1", 2, "cake", 3)));
        assertFalse(lines.update(new OrderLine("o3", 1, "cake", 3)));
        assertEquals(
                3, lines.findOne(new OrderLineTable.Key("o1", 2)).orElseThrow().quantity());
        assertEquals(
                5, lines.findOne(new OrderLineTable.Key("o2", 1)).orElseThrow().quantity(), "other rows kept");

        assertTrue(lines.delete(new OrderLineTable.Key("o1", 1)));
        assertFalse(lines.delete(new OrderLineTable.Key("o1", 1)));
        assertEquals(Optional.of(OTHER), lines.findOne(new OrderLineTable.Key("o2", 1)), "same line, other order");
        assertEquals(2, lines.count());

        DuplicateKeyException duplicate = assertThrows(DuplicateKeyException.class, () -> lines.insert(OTHER));
        assertEquals(new OrderLineTable.Key("o2", 1), duplicate.key());
    }

    @BackendTest
    void compositeKeyUpsertMatchesOnEveryKeyColumn(Ormdantic db) {
        TableHandle<OrderLine, OrderLineTable.Key> lines = db.table(OrderLineTable.TABLE);
        lines.insertMany(List.of(FIRST, OTHER)).join();

        lines.upsertMany(List.of(new OrderLine("o1", 1, "green tea", 7), new OrderLine("o1", 3, "scone", 1)))
                .join();

        assertEquals(
                List.of(new OrderLine("o1", 1, "green tea", 7), new OrderLine("o1", 3, "scone", 1), OTHER),
                lines.findMany(
                                Filter.all(),
                                OrderBy.asc(OrderLineTable.ORDER_ID).thenAsc(OrderLineTable.LINE))
                        .join()
                        .data());
    }

    @BackendTest
    void compositeKeyKeysetPagingAndDynamicFilters(Ormdantic db) {
        BlockingTableHandle<OrderLine, OrderLineTable.Key> lines = db.blockingTable(OrderLineTable.TABLE);
        List<OrderLine> all = new ArrayList<>();
        for (String order : List.of("a", "b", "c")) {
            for (int line = 1; line <= 3; line++) {
                all.add(new OrderLine(order, line, "tea", 1));
            }
        }
        lines.insertMany(all.reversed());

        // Every row has the same product, so the key (order_id, line) alone decides the order and the seek.
        List<OrderLine> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<OrderLine> page = lines.findPage(
                    Filter.all(),
                    OrderBy.asc(OrderLineTable.PRODUCT),
                    Seek.limit(2).after(cursor));
            seen.addAll(page.data());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(all, seen);

        assertEquals(
                List.of(new OrderLine("b", 2, "tea", 1), new OrderLine("b", 3, "tea", 1)),
                lines.findMany(
                                Filters.of(OrderLineTable.TABLE, Map.of("order_id", "b", "line", Map.of("ge", 2))),
                                OrderBy.asc(OrderLineTable.LINE))
                        .data());
    }

    @BackendTest
    void identityInsertReturnsTheGeneratedKeyAndDefaults(Ormdantic db) {
        BlockingTableHandle<Ticket, Long> tickets = db.blockingTable(TicketTable.TABLE);
        Instant before = Instant.now();

        Ticket saved = tickets.insert(new Ticket(0, "Broken link", "ignored", Instant.EPOCH));

        assertNotEquals(0, saved.id(), "the generated key, not the record's");
        assertEquals("Broken link", saved.title());
        assertEquals("open", saved.status(), "the server default, not the record's value");
        assertWithinAMinute(before, saved.createdAt());
        assertEquals(Optional.of(saved), tickets.findOne(saved.id()));
        assertEquals(
                Optional.of(saved),
                db.table(TicketTable.TABLE).findOne(saved.id()).join());
    }

    @BackendTest
    void identityInsertManyReturnsEveryKeyInInputOrder(Ormdantic db) {
        BlockingTableHandle<Ticket, Long> tickets = db.blockingTable(TicketTable.TABLE);
        tickets.insert(new Ticket(0, "first", "", Instant.EPOCH));
        List<Ticket> input = IntStream.range(0, 25)
                .mapToObj(i -> new Ticket(0, "ticket " + i, "", Instant.EPOCH))
                .toList();

        List<Ticket> saved = tickets.insertMany(input);

        assertEquals(input.size(), saved.size());
        for (int i = 0; i < input.size(); i++) {
            assertEquals("ticket " + i, saved.get(i).title(), "row " + i + " keeps its place");
            assertEquals("open", saved.get(i).status());
            if (i > 0) {
                assertTrue(saved.get(i).id() > saved.get(i - 1).id(), "keys in input order");
            }
            assertEquals(Optional.of(saved.get(i)), tickets.findOne(saved.get(i).id()), "the key is the row's");
        }
        assertEquals(26, tickets.count());
    }

    @BackendTest
    void identityUpsertAndUpdateWriteTheRecordsValues(Ormdantic db) {
        BlockingTableHandle<Ticket, Long> tickets = db.blockingTable(TicketTable.TABLE);
        Ticket saved = tickets.insert(new Ticket(0, "a", "", Instant.EPOCH));
        Instant at = Instant.parse("2024-05-01T12:00:00Z");

        assertTrue(tickets.update(new Ticket(saved.id(), "b", "closed", at)));
        assertEquals(Optional.of(new Ticket(saved.id(), "b", "closed", at)), tickets.findOne(saved.id()));

        tickets.upsert(new Ticket(saved.id(), "c", "reopened", at));
        assertEquals(Optional.of(new Ticket(saved.id(), "c", "reopened", at)), tickets.findOne(saved.id()));
    }

    @BackendTest
    void computedColumnIsReadBackAfterInsertAndUpdate(Ormdantic db) {
        BlockingTableHandle<LineItem, String> items = db.blockingTable(LineItemTable.TABLE);

        LineItem saved = items.insert(new LineItem("a", 3, 4, -1));
        assertEquals(new LineItem("a", 3, 4, 12), saved);
        assertEquals(
                List.of(new LineItem("b", 2, 2, 4), new LineItem("c", 5, 1, 5)),
                items.insertMany(List.of(new LineItem("b", 2, 2, 0), new LineItem("c", 5, 1, 0))));

        assertTrue(items.update(new LineItem("a", 5, 4, -1)));
        assertEquals(Optional.of(new LineItem("a", 5, 4, 20)), items.findOne("a"), "never written, recomputed");

        items.upsert(new LineItem("b", 10, 3, -1));
        assertEquals(Optional.of(new LineItem("b", 10, 3, 30)), items.findOne("b"));
    }

    private static void assertWithinAMinute(Instant expected, Instant actual) {
        assertTrue(
                Duration.between(expected, actual).abs().compareTo(Duration.ofMinutes(1)) < 0,
                actual + " is within a minute of " + expected);
    }
}
