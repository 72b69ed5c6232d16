package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Loaders;
import dev.ormdantic.NPlusOne;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Slice;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.RelationException;
import dev.ormdantic.event.StatementEvent;
import dev.ormdantic.internal.exec.JdbcTableHandle;
import dev.ormdantic.it.model.Label;
import dev.ormdantic.it.model.LabelTable;
import dev.ormdantic.it.model.Purchase;
import dev.ormdantic.it.model.PurchaseLabel;
import dev.ormdantic.it.model.PurchaseLabelTable;
import dev.ormdantic.it.model.PurchaseLine;
import dev.ormdantic.it.model.PurchaseLineTable;
import dev.ormdantic.it.model.PurchaseTable;
import dev.ormdantic.it.model.Shopper;
import dev.ormdantic.it.model.ShopperTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.relation.Depth;
import dev.ormdantic.relation.Load;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Path;
import dev.ormdantic.relation.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;

/**
 * Loading relationships select-in and lazily: the seed's acceptance situations (per-load filter and order, nested
 * paths loading exactly the asked depth, one instance per related row, many-to-many, unloaded relationships that say
 * how to load them, invalid loaders with the seed's messages), statement counts, per-parent limits in one statement,
 * loading in a transaction, and the N+1 warning.
 */
class RelationLoadingTest {

    private static Ormdantic open(TestDatabase test, Recorder events, NPlusOne nPlusOne) {
        Ormdantic db = Ormdantic.builder(test.url())
                .tables(
                        ShopperTable.TABLE,
                        PurchaseTable.TABLE,
                        PurchaseLineTable.TABLE,
                        LabelTable.TABLE,
                        PurchaseLabelTable.TABLE)
                .listener(events)
                .nPlusOne(nPlusOne)
                .open();
        db.init().join();
        return db;
    }

    private static Purchase purchase(long id, long shopper, String title) {
        return new Purchase(id, Ref.to(shopper), title, Many.unloaded(), Many.unloaded());
    }

    /** Ann: zeta, beta, alpha (lines on zeta and beta; labels gift+urgent on zeta, urgent on beta); Bob: gamma; Cid. */
    private static void seed(Ormdantic db) {
        var blocking = db.blocking();
        blocking.table(ShopperTable.TABLE)
                .insertMany(List.of(
                        new Shopper(1, "Ann", Many.unloaded()),
                        new Shopper(2, "Bob", Many.unloaded()),
                        new Shopper(3, "Cid", Many.unloaded())));
        blocking.table(PurchaseTable.TABLE)
                .insertMany(List.of(
                        purchase(10, 1, "zeta"),
                        purchase(11, 1, "beta"),
                        purchase(12, 1, "alpha"),
                        purchase(20, 2, "gamma")));
        blocking.table(PurchaseLineTable.TABLE)
                .insertMany(List.of(
                        new PurchaseLine(100, Ref.to(10L), "x", 1),
                        new PurchaseLine(101, Ref.to(10L), "y", 2),
                        new PurchaseLine(110, Ref.to(11L), "z", 3)));
        blocking.table(LabelTable.TABLE).insertMany(List.of(new Label(1, "urgent"), new Label(2, "gift")));
        blocking.table(PurchaseLabelTable.TABLE)
                .insertMany(List.of(
                        new PurchaseLabel(Ref.to(10L), Ref.to(1L)),
                        new PurchaseLabel(Ref.to(10L), Ref.to(2L)),
                        new PurchaseLabel(Ref.to(11L), Ref.to(1L))));
    }

    private static List<String> titles(Shopper shopper) {
        return shopper.purchases().stream().map(Purchase::title).toList();
    }

    private static List<StatementEvent> selects(Recorder events) {
        return events.statements().stream()
                .filter(s -> s.sql().startsWith("SELECT") || s.sql().startsWith("WITH"))
                .toList();
    }

    @BackendTest
    void selectInLoadsEachCollectionWithTheLoadersFilterAndOrder(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            seed(db);
            BlockingTableHandle<Shopper, Long> shoppers = db.blockingTable(ShopperTable.TABLE);
            Filter<Purchase> betaOrZeta = PurchaseTable.TITLE.in(List.of("beta", "zeta"));
            events.take();
            List<Shopper> ascending = shoppers.loading(ShopperTable.PURCHASES
                            .selectIn()
                            .where(betaOrZeta)
                            .orderBy(OrderBy.asc(PurchaseTable.TITLE)))
                    .findMany(Filter.all(), OrderBy.asc(ShopperTable.ID))
                    .data();
            assertEquals(2, selects(events).size(), "the shoppers, then every shopper's purchases at once");
            assertEquals(List.of("beta", "zeta"), titles(ascending.get(0)));
            assertEquals(List.of(), titles(ascending.get(1)), "Bob's only purchase does not match");
            assertEquals(List.of(), titles(ascending.get(2)), "Cid has none: loaded and empty");
            assertTrue(ascending.get(2).purchases().isLoaded());
            List<Shopper> descending = shoppers.loading(ShopperTable.PURCHASES
                            .selectIn()
                            .where(betaOrZeta)
                            .orderBy(OrderBy.desc(PurchaseTable.TITLE)))
                    .findMany(Filter.all(), OrderBy.asc(ShopperTable.ID))
                    .data();
            assertEquals(List.of("zeta", "beta"), titles(descending.get(0)));
            // Without options: every purchase, in key order.
            Shopper ann = shoppers.loading(ShopperTable.PURCHASES).findOne(1L).orElseThrow();
            assertEquals(List.of("zeta", "beta", "alpha"), titles(ann));
            // The async handle loads the same way.
            Shopper annAsync = db.table(ShopperTable.TABLE)
                    .loading(ShopperTable.PURCHASES)
                    .findOne(1L)
                    .join()
                    .orElseThrow();
            assertEquals(ann, annAsync);
        }
    }

    @BackendTest
    void manyToOneGivesOneInstancePerRelatedRow(TestDatabase test) {
        try (Ormdantic db = open(test, new Recorder(), NPlusOne.WARN)) {
            seed(db);
            List<Purchase> purchases = db.blockingTable(PurchaseTable.TABLE)
                    .loading(PurchaseTable.SHOPPER)
                    .findMany(Filter.all(), OrderBy.asc(PurchaseTable.ID))
                    .data();
            assertEquals(4, purchases.size());
            Shopper ann = purchases.get(0).shopper().get();
            assertEquals("Ann", ann.name());
            assertSame(ann, purchases.get(1).shopper().get());
            assertSame(ann, purchases.get(2).shopper().get());
            assertEquals("Bob", purchases.get(3).shopper().get().name());
            assertEquals(1L, purchases.get(0).shopper().key());
            assertFalse(ann.purchases().isLoaded(), "the shopper's own collection was not asked for");
        }
    }

    @BackendTest
    void aNestedPathLoadsExactlyTheAskedDepth(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            seed(db);
            events.take();
            Shopper ann = db.blockingTable(ShopperTable.TABLE)
                    .loading(ShopperTable.PURCHASES.then(PurchaseTable.LINES))
                    .findOne(1L)
                    .orElseThrow();
            assertEquals(3, selects(events).size(), "the shopper, the purchases, the lines");
            List<Purchase> purchases = ann.purchases().get();
            assertEquals(
                    List.of(List.of("x", "y"), List.of("z"), List.of()),
                    purchases.stream()
                            .map(p -> p.lines().stream().map(PurchaseLine::item).toList())
                            .toList());
            RelationException notLoaded = assertThrows(
                    RelationException.class, () -> purchases.get(0).labels().get());
            assertEquals(ErrorCode.RELATION_NOT_LOADED, notLoaded.code());
            RelationException shopperNotLoaded = assertThrows(
                    RelationException.class, () -> purchases.get(0).shopper().get());
            assertEquals(ErrorCode.RELATION_NOT_LOADED, shopperNotLoaded.code());
        }
    }

    @BackendTest
    void manyToManyGoesThroughTheAssociationTable(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            seed(db);
            events.take();
            List<Purchase> purchases = db.blockingTable(PurchaseTable.TABLE)
                    .loading(PurchaseTable.LABELS.selectIn().orderBy(OrderBy.asc(LabelTable.NAME)))
                    .findMany(Filter.all(), OrderBy.asc(PurchaseTable.ID))
                    .data();
            assertEquals(3, selects(events).size(), "the purchases, the associations, the labels");
            assertEquals(
                    List.of(List.of("gift", "urgent"), List.of("urgent"), List.of(), List.of()),
                    purchases.stream()
                            .map(p -> p.labels().stream().map(Label::name).toList())
                            .toList());
            assertSame(
                    purchases.get(0).labels().get().get(1),
                    purchases.get(1).labels().get().get(0),
                    "one instance per label within one load");
            events.take();
            // joined, ordered so that one label's rows are not adjacent: still read once, one instance
            List<Purchase> joined = db.blockingTable(PurchaseTable.TABLE)
                    .loading(PurchaseTable.LABELS.joined().orderBy(OrderBy.desc(LabelTable.NAME)))
                    .findMany(Filter.all(), OrderBy.asc(PurchaseTable.ID))
                    .data();
            assertEquals(1, selects(events).size(), selects(events).toString());
            assertEquals(
                    List.of(List.of("urgent", "gift"), List.of("urgent"), List.of(), List.of()),
                    joined.stream()
                            .map(p -> p.labels().stream().map(Label::name).toList())
                            .toList());
            assertSame(
                    joined.get(0).labels().get().get(0),
                    joined.get(1).labels().get().get(0),
                    "one instance per label within one joined load");
            // one statement shape, rendered once, filled with each call's own values
            var byLabels = db.blockingTable(PurchaseTable.TABLE)
                    .loading(PurchaseTable.LABELS.joined().orderBy(OrderBy.desc(LabelTable.NAME)));
            for (long id : List.of(11L, 10L, 12L)) {
                List<Purchase> one = byLabels.findMany(PurchaseTable.ID.eq(id), OrderBy.asc(PurchaseTable.ID))
                        .data();
                assertEquals(List.of(id), one.stream().map(Purchase::id).toList());
                assertEquals(
                        joined.stream()
                                .filter(p -> p.id() == id)
                                .findFirst()
                                .orElseThrow()
                                .labels(),
                        one.get(0).labels());
            }
        }
    }

    @BackendTest
    void aPerParentLimitIsOneStatementForAllParents(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            seed(db);
            events.take();
            List<Shopper> shoppers = db.blockingTable(ShopperTable.TABLE)
                    .loading(ShopperTable.PURCHASES
                            .selectIn()
                            .orderBy(OrderBy.asc(PurchaseTable.TITLE))
                            .limitPerParent(2))
                    .findMany(Filter.all(), OrderBy.asc(ShopperTable.ID))
                    .data();
            List<StatementEvent> selects = selects(events);
            assertEquals(2, selects.size());
            assertTrue(
                    selects.get(1).sql().contains("ROW_NUMBER() OVER (PARTITION BY"),
                    selects.get(1).sql());
            assertEquals(List.of("alpha", "beta"), titles(shoppers.get(0)));
            assertEquals(List.of("gamma"), titles(shoppers.get(1)));
            assertEquals(List.of(), titles(shoppers.get(2)));
        }
    }

    @BackendTest
    void aThousandPurchasesWithTenLinesAndAShopperAreThreeStatements(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            var blocking = db.blocking();
            blocking.table(ShopperTable.TABLE).insert(new Shopper(1, "Ann", Many.unloaded()));
            List<Purchase> purchases = new ArrayList<>();
            List<PurchaseLine> lines = new ArrayList<>();
            for (long p = 1; p <= 1_000; p++) {
                purchases.add(purchase(p, 1, "p" + p));
                for (long l = 0; l < 10; l++) {
                    lines.add(new PurchaseLine(p * 10 + l, Ref.to(p), "i" + l, 1));
                }
            }
            blocking.table(PurchaseTable.TABLE).insertMany(purchases);
            blocking.table(PurchaseLineTable.TABLE).insertMany(lines);
            events.take();
            List<Purchase> loaded = blocking.table(PurchaseTable.TABLE)
                    .loading(PurchaseTable.LINES)
                    .loading(PurchaseTable.SHOPPER)
                    .findMany()
                    .data();
            assertEquals(
                    2, selects(events).size(), "root joined with its shopper (a to-one joins by default), then lines");
            assertEquals(1_000, loaded.size());
            assertTrue(loaded.stream().allMatch(p -> p.lines().get().size() == 10));
            assertTrue(loaded.stream().allMatch(p -> p.shopper().get().name().equals("Ann")));
            // Joined all the way: one statement.
            events.take();
            List<Purchase> joined = blocking.table(PurchaseTable.TABLE)
                    .loading(PurchaseTable.LINES.joined())
                    .loading(PurchaseTable.SHOPPER.joined())
                    .findMany(Filter.all(), OrderBy.asc(PurchaseTable.ID))
                    .data();
            assertEquals(1, selects(events).size(), selects(events).toString());
            assertEquals(1_000, joined.size());
            assertTrue(joined.stream().allMatch(p -> p.lines().get().size() == 10));
            assertSame(joined.get(0).shopper().get(), joined.get(999).shopper().get());
            // Select-in all the way: root, lines for 1,000 keys in one batch, the shopper.
            events.take();
            blocking.table(PurchaseTable.TABLE)
                    .loading(PurchaseTable.LINES.selectIn())
                    .loading(PurchaseTable.SHOPPER.selectIn())
                    .findMany();
            List<StatementEvent> selectIn = selects(events);
            assertEquals(3, selectIn.size());
            String linesSql = selectIn.stream()
                    .map(StatementEvent::sql)
                    .filter(sql -> sql.contains("purchase_line"))
                    .findFirst()
                    .orElseThrow();
            // PostgreSQL binds the 1,000 parent keys as one array; the others as an IN list of 1,000 markers.
            assertEquals(
                    test.backend() == Backend.POSTGRESQL,
                    linesSql.contains("IN (SELECT unnest(CAST(? AS bigint[])))"),
                    linesSql);
            assertEquals(test.backend() != Backend.POSTGRESQL, linesSql.contains(" IN (?, ?"), linesSql);
            // An explicit batch size splits the keys: 1,000 parents in batches of 300 are 4 statements for lines.
            events.take();
            blocking.table(PurchaseTable.TABLE)
                    .loading(PurchaseTable.LINES.selectIn().batched(300))
                    .findMany();
            assertEquals(1 + 4, selects(events).size());
        }
    }

    /** Purchases other than "alpha", newest title first, each with its lines of quantity 2 or more. */
    private static BlockingTableHandle<Shopper, Long> purchasesAndLines(
            BlockingTableHandle<Shopper, Long> shoppers, boolean joined) {
        Path<Shopper, PurchaseLine> path = ShopperTable.PURCHASES.then(PurchaseTable.LINES);
        Load<Shopper, Purchase> purchases =
                joined ? ShopperTable.PURCHASES.joined() : ShopperTable.PURCHASES.selectIn();
        Load<Shopper, PurchaseLine> lines = joined ? path.joined() : path.selectIn();
        return shoppers.loading(
                        purchases.where(PurchaseTable.TITLE.ne("alpha")).orderBy(OrderBy.desc(PurchaseTable.TITLE)))
                .loading(lines.where(PurchaseLineTable.QUANTITY.ge(2)));
    }

    /**
     * A joined statement is built, rendered and laid out once per shape of filter, order and page; later calls of the
     * shape fill in their own filter values beside the loaders' (fixed for the handle), and read the same graph as
     * select-in loading.
     */
    @BackendTest
    void joinedStatementsAreMadeOncePerShapeAndFilledPerCall(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            seed(db);
            BlockingTableHandle<Shopper, Long> shoppers = db.blockingTable(ShopperTable.TABLE);
            BlockingTableHandle<Shopper, Long> joined = purchasesAndLines(shoppers, true);
            BlockingTableHandle<Shopper, Long> selectIn = purchasesAndLines(shoppers, false);
            JdbcTableHandle<?, ?> handle = (JdbcTableHandle<?, ?>) joined;
            OrderBy<Shopper> byName = OrderBy.asc(ShopperTable.NAME);
            for (String name : List.of("Ann", "Bob", "Cid", "nobody")) {
                events.take();
                List<Shopper> rows =
                        joined.findMany(ShopperTable.NAME.eq(name), byName).data();
                assertEquals(1, selects(events).size(), selects(events).toString());
                assertEquals(
                        selectIn.findMany(ShopperTable.NAME.eq(name), byName).data(), rows, name);
                assertEquals(1, handle.joinedStatementCount(), "one shape, whatever the name");
            }
            Shopper ann =
                    joined.findMany(ShopperTable.NAME.eq("Ann"), byName).data().getFirst();
            assertEquals(List.of("zeta", "beta"), titles(ann));
            assertEquals(
                    List.of("y"),
                    ann.purchases().get().getFirst().lines().stream()
                            .map(PurchaseLine::item)
                            .toList(),
                    "the loader's filter keeps its value");
            record Call(Filter<Shopper> filter, Slice page) {}
            List<Call> paged = List.of(
                    new Call(ShopperTable.NAME.ne("Bob"), Slice.limit(1)),
                    new Call(ShopperTable.NAME.ne("Bob"), Slice.limit(1).offset(1)),
                    new Call(ShopperTable.NAME.ne("Bob"), Slice.limit(1).offset(2)),
                    new Call(ShopperTable.NAME.ne("Ann"), Slice.limit(1).offset(1)),
                    new Call(ShopperTable.NAME.in(List.of("Ann", "Cid")), Slice.limit(5)),
                    new Call(ShopperTable.NAME.in(List.of("Bob", "Ann")), Slice.limit(5)));
            // each page is a shape of its own; a known page with another value, or a list of the same length, is not
            List<Long> made = List.of(2L, 3L, 4L, 4L, 5L, 5L);
            for (int i = 0; i < paged.size(); i++) {
                Call call = paged.get(i);
                assertEquals(
                        selectIn.findMany(call.filter(), byName, call.page()).data(),
                        joined.findMany(call.filter(), byName, call.page()).data(),
                        call.toString());
                assertEquals(made.get(i), handle.joinedStatementCount(), call.toString());
            }
            // Joined rows below select-in ones: each batch is a joined statement of the select-in relationship.
            BlockingTableHandle<Shopper, Long> mixed = shoppers.loading(ShopperTable.PURCHASES.selectIn())
                    .loading(ShopperTable.PURCHASES
                            .then(PurchaseTable.LINES)
                            .joined()
                            .where(PurchaseLineTable.QUANTITY.ge(2)));
            BlockingTableHandle<Shopper, Long> plain = shoppers.loading(ShopperTable.PURCHASES.selectIn())
                    .loading(ShopperTable.PURCHASES
                            .then(PurchaseTable.LINES)
                            .selectIn()
                            .where(PurchaseLineTable.QUANTITY.ge(2)));
            for (String name : List.of("Ann", "Bob", "Ann")) {
                assertEquals(
                        plain.findMany(ShopperTable.NAME.eq(name), byName).data(),
                        mixed.findMany(ShopperTable.NAME.eq(name), byName).data(),
                        name);
            }
        }
    }

    @BackendTest
    void joinedAndSelectInGiveTheSameGraph(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            seed(db);
            BlockingTableHandle<Shopper, Long> shoppers = db.blockingTable(ShopperTable.TABLE);
            OrderBy<Shopper> byName = OrderBy.asc(ShopperTable.NAME);
            events.take();
            List<Shopper> joined = shoppers.loading(
                            ShopperTable.PURCHASES.joined().orderBy(OrderBy.desc(PurchaseTable.TITLE)))
                    .loading(ShopperTable.PURCHASES.then(PurchaseTable.LINES).joined())
                    .loading(ShopperTable.PURCHASES.then(PurchaseTable.LABELS).joined())
                    .findMany(Filter.all(), byName)
                    .data();
            assertEquals(1, selects(events).size(), selects(events).toString());
            List<Shopper> selectIn = shoppers.loading(
                            ShopperTable.PURCHASES.selectIn().orderBy(OrderBy.desc(PurchaseTable.TITLE)))
                    .loading(ShopperTable.PURCHASES.then(PurchaseTable.LINES).selectIn())
                    .loading(ShopperTable.PURCHASES.then(PurchaseTable.LABELS).selectIn())
                    .findMany(Filter.all(), byName)
                    .data();
            assertEquals(selectIn, joined);
            assertEquals(List.of("zeta", "beta", "alpha"), titles(joined.get(0)));
            assertEquals(
                    List.of("x", "y"),
                    joined.get(0).purchases().get().get(0).lines().stream()
                            .map(PurchaseLine::item)
                            .toList());
            assertEquals(
                    2, joined.get(0).purchases().get().get(0).labels().get().size());
            assertEquals(List.of(), titles(joined.get(2)), "Cid: a parent without rows keeps its place, empty");
        }
    }

    @BackendTest
    void aJoinedCollectionUnderASharedReferenceHoldsEachRowOnce(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            seed(db);
            BlockingTableHandle<Purchase, Long> purchases = db.blockingTable(PurchaseTable.TABLE);
            OrderBy<Purchase> byId = OrderBy.asc(PurchaseTable.ID);
            events.take();
            // Ann's row repeats under each of her three purchases, not next to itself: her collection must still hold
            // each purchase once, in its order, as the select-in graph does
            List<Purchase> joined = purchases
                    .loading(PurchaseTable.SHOPPER.joined())
                    .loading(PurchaseTable.SHOPPER.then(ShopperTable.PURCHASES).joined())
                    .loading(PurchaseTable.LINES.joined())
                    .findMany(Filter.all(), byId)
                    .data();
            assertEquals(1, selects(events).size(), selects(events).toString());
            List<Purchase> selectIn = purchases
                    .loading(PurchaseTable.SHOPPER.selectIn())
                    .loading(PurchaseTable.SHOPPER.then(ShopperTable.PURCHASES).selectIn())
                    .loading(PurchaseTable.LINES.selectIn())
                    .findMany(Filter.all(), byId)
                    .data();
            assertEquals(selectIn, joined);
            Shopper ann = joined.get(0).shopper().get();
            assertEquals(
                    List.of(10L, 11L, 12L),
                    ann.purchases().stream().map(Purchase::id).toList());
            assertEquals(
                    List.of(100L, 101L),
                    joined.get(0).lines().stream().map(PurchaseLine::id).toList());
        }
    }

    @BackendTest
    void aJoinedCollectionNeverTruncatesThePageOfParents(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            seed(db);
            BlockingTableHandle<Shopper, Long> shoppers = db.blockingTable(ShopperTable.TABLE);
            List<Shopper> firstTwo = shoppers.loading(ShopperTable.PURCHASES.joined())
                    .findMany(Filter.all(), OrderBy.asc(ShopperTable.ID), dev.ormdantic.Slice.limit(2))
                    .data();
            assertEquals(List.of(1L, 2L), firstTwo.stream().map(Shopper::id).toList());
            assertEquals(3, firstTwo.get(0).purchases().get().size(), "Ann's three purchases, not a page of rows");
            List<Shopper> second = shoppers.loading(ShopperTable.PURCHASES.joined())
                    .findMany(
                            Filter.all(),
                            OrderBy.asc(ShopperTable.ID),
                            dev.ormdantic.Slice.limit(2).offset(1))
                    .data();
            assertEquals(List.of(2L, 3L), second.stream().map(Shopper::id).toList());
            List<Shopper> selectIn = shoppers.loading(ShopperTable.PURCHASES.selectIn())
                    .findMany(Filter.all(), OrderBy.asc(ShopperTable.ID), dev.ormdantic.Slice.limit(2))
                    .data();
            assertEquals(selectIn, firstTwo);
            // A filter on the joined rows goes into the join: a parent without matches keeps its place.
            List<Shopper> filtered = shoppers.loading(
                            ShopperTable.PURCHASES.joined().where(PurchaseTable.TITLE.eq("gamma")))
                    .findMany(Filter.all(), OrderBy.asc(ShopperTable.ID))
                    .data();
            assertEquals(
                    List.of(List.of(), List.of("gamma"), List.of()),
                    filtered.stream().map(RelationLoadingTest::titles).toList());
            // findOne joins as well.
            events.take();
            Purchase zeta = db.blockingTable(PurchaseTable.TABLE)
                    .loading(PurchaseTable.SHOPPER)
                    .findOne(10L)
                    .orElseThrow();
            assertEquals("Ann", zeta.shopper().get().name());
            assertEquals(1, selects(events).size());
        }
    }

    @BackendTest
    void generatedConstantsFilterAndOrderByRelatedRowsUnderJoinedLoading(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            seed(db);
            BlockingTableHandle<Shopper, Long> shoppers = db.blockingTable(ShopperTable.TABLE);
            events.take();
            // The root filter and order correlate with the shopper through the joined statement's base.
            List<Shopper> buyers = shoppers.loading(ShopperTable.PURCHASES.joined())
                    .findMany(
                            ShopperTable.PURCHASES.any(),
                            OrderBy.desc(ShopperTable.PURCHASES.count()).thenAsc(ShopperTable.ID),
                            dev.ormdantic.Slice.limit(5))
                    .data();
            assertEquals(1, selects(events).size());
            assertEquals(
                    List.of("Ann", "Bob"), buyers.stream().map(Shopper::name).toList());
            assertEquals(List.of("zeta", "beta", "alpha"), titles(buyers.get(0)));
            assertEquals(
                    List.of("Cid"),
                    shoppers.findMany(ShopperTable.PURCHASES.empty()).data().stream()
                            .map(Shopper::name)
                            .toList());
            assertEquals(
                    List.of("Cid", "Bob"),
                    shoppers
                            .findMany(
                                    ShopperTable.PURCHASES.every(PurchaseTable.TITLE.eq("gamma")),
                                    OrderBy.desc(ShopperTable.NAME))
                            .data()
                            .stream()
                            .map(Shopper::name)
                            .toList(),
                    "every is true for a shopper without purchases");
            List<Purchase> labelled = db.blockingTable(PurchaseTable.TABLE)
                    .loading(PurchaseTable.SHOPPER)
                    .findMany(
                            PurchaseTable.LABELS
                                    .any(LabelTable.NAME.eq("gift"))
                                    .or(PurchaseTable.SHOPPER.has(ShopperTable.NAME.eq("Bob"))),
                            OrderBy.asc(PurchaseTable.ID))
                    .data();
            assertEquals(List.of(10L, 20L), labelled.stream().map(Purchase::id).toList());
            assertEquals("Bob", labelled.get(1).shopper().get().name());
            Filter<Shopper> dynamic = dev.ormdantic.query.Filters.of(
                    ShopperTable.TABLE,
                    java.util.Map.of("purchases", java.util.Map.of("any", java.util.Map.of("title", "gamma"))));
            assertEquals(
                    List.of("Bob"),
                    shoppers.findMany(dynamic).data().stream()
                            .map(Shopper::name)
                            .toList());
            // A relation predicate cannot go into a joined loader's join condition.
            RelationException joinedPredicate = assertThrows(
                    RelationException.class,
                    () -> shoppers.loading(ShopperTable.PURCHASES.joined().where(PurchaseTable.LINES.any()))
                            .findMany());
            assertEquals(ErrorCode.LOADER_INVALID, joinedPredicate.code());
            // Select-in takes it.
            Shopper ann = shoppers.loading(ShopperTable.PURCHASES.selectIn().where(PurchaseTable.LINES.any()))
                    .findOne(1L)
                    .orElseThrow();
            assertEquals(List.of("zeta", "beta"), titles(ann));
        }
    }

    @BackendTest
    void stringPathsAndDepthsResolveAgainstTheGeneratedRelationships(TestDatabase test) {
        try (Ormdantic db = open(test, new Recorder(), NPlusOne.WARN)) {
            seed(db);
            BlockingTableHandle<Shopper, Long> shoppers = db.blockingTable(ShopperTable.TABLE);
            Shopper byString = shoppers.loading(Loaders.load(ShopperTable.TABLE, "purchases.lines", "selectin"))
                    .findOne(1L)
                    .orElseThrow();
            assertEquals(2, byString.purchases().get().get(0).lines().get().size());
            RelationException unknown =
                    assertThrows(RelationException.class, () -> Loaders.path(ShopperTable.TABLE, "purchases.beans"));
            assertEquals(
                    "[ORM2603] invalid loader path 'purchases.beans': 'Purchase.beans' is not a relationship;"
                            + " available relationships: labels, lines, shopper",
                    unknown.getMessage());
            RelationException strategy =
                    assertThrows(RelationException.class, () -> Loaders.load(ShopperTable.TABLE, "purchases", "eager"));
            assertTrue(strategy.getMessage().contains("unknown loader strategy 'eager'"), strategy.getMessage());
            RelationException none =
                    assertThrows(RelationException.class, () -> Loaders.path(LabelTable.TABLE, "purchases"));
            assertTrue(none.getMessage().endsWith("available relationships: none"), none.getMessage());
            // Two steps from a shopper: purchases, then their shopper (back where it started: loaded, not followed),
            // lines and labels; the lines' purchase is a third step.
            Shopper deep = shoppers.loading(Depth.of(ShopperTable.TABLE, 2))
                    .findOne(1L)
                    .orElseThrow();
            Purchase zeta = deep.purchases().get().get(0);
            assertEquals("Ann", zeta.shopper().get().name());
            assertFalse(zeta.shopper().get().purchases().isLoaded());
            assertEquals(2, zeta.lines().get().size());
            assertEquals(2, zeta.labels().get().size());
            assertFalse(zeta.lines().get().get(0).purchase().isLoaded());
            // A named lazy step prunes the depth below it.
            Shopper pruned = shoppers.loading(ShopperTable.PURCHASES.lazy())
                    .loading(Depth.of(ShopperTable.TABLE, 2))
                    .findOne(1L)
                    .orElseThrow();
            assertFalse(pruned.purchases().isLoaded());
        }
    }

    @BackendTest
    void aDanglingKeyLoadsAsAbsentUnderEveryStrategy(TestDatabase test) throws Exception {
        try (Ormdantic db = open(test, new Recorder(), NPlusOne.WARN)) {
            seed(db);
            // A purchase whose shopper does not exist, written around the foreign key: what a table without the
            // constraint, or SQLite with foreign keys off, can hold.
            try (java.sql.Connection raw = test.jdbc();
                    java.sql.Statement statement = raw.createStatement()) {
                switch (test.backend()) {
                    case MARIADB, MYSQL -> statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                    case POSTGRESQL -> statement.execute("SET session_replication_role = replica");
                    default -> {}
                }
                statement.execute("INSERT INTO purchase (id, shopper, title) VALUES (30, 99, 'orphan')");
            }
            BlockingTableHandle<Purchase, Long> purchases = db.blockingTable(PurchaseTable.TABLE);
            for (var loader : List.of(PurchaseTable.SHOPPER.joined(), PurchaseTable.SHOPPER.selectIn())) {
                Purchase orphan = purchases.loading(loader).findOne(30L).orElseThrow();
                assertTrue(orphan.shopper().isLoaded(), loader.toString());
                assertEquals(99L, orphan.shopper().key());
                assertTrue(orphan.shopper().find().isEmpty(), loader.toString());
                RelationException dangling = assertThrows(
                        RelationException.class, () -> orphan.shopper().get());
                assertEquals(ErrorCode.REFERENCE_DANGLING, dangling.code());
                assertTrue(dangling.getMessage().contains("no row of shopper has key 99"), dangling.getMessage());
            }
            // Loaded with the others, the orphan does not disturb them.
            List<Purchase> all = purchases
                    .loading(PurchaseTable.SHOPPER)
                    .findMany(Filter.all(), OrderBy.asc(PurchaseTable.ID))
                    .data();
            assertEquals("Ann", all.get(0).shopper().get().name());
            assertTrue(all.get(all.size() - 1).shopper().find().isEmpty());
        }
    }

    @BackendTest
    void anUnloadedRelationshipNamesItselfAndItsLoaders(TestDatabase test) {
        try (Ormdantic db = open(test, new Recorder(), NPlusOne.WARN)) {
            seed(db);
            Purchase plain = db.blockingTable(PurchaseTable.TABLE).findOne(10L).orElseThrow();
            assertEquals(1L, plain.shopper().key());
            assertFalse(plain.shopper().isLoaded());
            RelationException error =
                    assertThrows(RelationException.class, () -> plain.shopper().get());
            assertEquals(ErrorCode.RELATION_NOT_LOADED, error.code());
            assertTrue(
                    error.getMessage().startsWith("[ORM2601] relationship purchase.shopper is not loaded (key 1)"),
                    error.getMessage());
            assertTrue(error.getMessage().contains("PurchaseTable.SHOPPER.selectIn()"), error.getMessage());
            RelationException lines =
                    assertThrows(RelationException.class, () -> plain.lines().get());
            assertTrue(lines.getMessage().contains("relationship purchase.lines is not loaded"), lines.getMessage());
            assertThrows(RelationException.class, () -> Ref.to(1L).get());
        }
    }

    @BackendTest
    void invalidLoadersFailWithTheSeedsMessagesBeforeAnySql(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            BlockingTableHandle<Shopper, Long> shoppers = db.blockingTable(ShopperTable.TABLE);
            events.take();
            RelationException conflicting = assertThrows(
                    RelationException.class,
                    () -> shoppers.loading(ShopperTable.PURCHASES.selectIn()).loading(ShopperTable.PURCHASES.lazy()));
            assertEquals(ErrorCode.LOADER_INVALID, conflicting.code());
            assertEquals(
                    "[ORM2603] loader path 'purchases' has conflicting strategies 'selectin' and 'lazy'",
                    conflicting.getMessage());
            RelationException disabled = assertThrows(
                    RelationException.class,
                    () -> shoppers.loading(ShopperTable.PURCHASES.none())
                            .loading(ShopperTable.PURCHASES
                                    .then(PurchaseTable.LINES)
                                    .selectIn()));
            assertEquals(
                    "[ORM2603] loader path 'purchases.lines' cannot be eager loaded because 'purchases' is disabled"
                            + " (noload)",
                    disabled.getMessage());
            RelationException filteredLazy = assertThrows(
                    RelationException.class, () -> ShopperTable.PURCHASES.lazy().where(PurchaseTable.TITLE.eq("x")));
            assertEquals(
                    "[ORM2603] loader path 'purchases' cannot define where with strategy 'lazy'",
                    filteredLazy.getMessage());
            RelationException batch = assertThrows(
                    RelationException.class,
                    () -> ShopperTable.PURCHASES.selectIn().batched(0));
            assertEquals("[ORM2603] loader batch size must be at least 1, not 0", batch.getMessage());
            RelationException joinedLimit = assertThrows(
                    RelationException.class,
                    () -> shoppers.loading(ShopperTable.PURCHASES.joined().limitPerParent(2)));
            assertEquals(
                    "[ORM2603] loader path 'purchases' cannot limit rows per parent with strategy 'joined', which reads"
                            + " each collection whole; use selectIn() with limitPerParent",
                    joinedLimit.getMessage());
            RelationException stream = assertThrows(
                    RelationException.class,
                    () -> shoppers.loading(ShopperTable.PURCHASES).stream(Filter.all(), OrderBy.none()));
            assertEquals(ErrorCode.RELATION_MISUSED, stream.code());
            assertEquals(List.of(), events.statements(), "nothing was sent");
        }
    }

    @BackendTest
    void loadingLaterReadsForTheWholeListAtOnce(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events, NPlusOne.WARN)) {
            seed(db);
            var purchases = db.blockingTable(PurchaseTable.TABLE);
            List<Purchase> plain = purchases
                    .findMany(Filter.all(), OrderBy.asc(PurchaseTable.ID))
                    .data();
            events.take();
            List<Purchase> withLines = purchases.load(plain, PurchaseTable.LINES);
            assertEquals(1, selects(events).size());
            assertEquals(
                    List.of(2, 1, 0, 0),
                    withLines.stream().map(p -> p.lines().get().size()).toList());
            assertEquals(plain.get(0).id(), withLines.get(0).id());
            Purchase one = db.table(PurchaseTable.TABLE)
                    .load(plain.get(3), PurchaseTable.SHOPPER)
                    .join();
            assertEquals("Bob", one.shopper().get().name());
        }
    }

    @BackendTest
    void loadingInATransactionUsesItsConnection(TestDatabase test) {
        try (Ormdantic db = open(test, new Recorder(), NPlusOne.WARN)) {
            seed(db);
            Shopper ann = db.blocking().transaction(tx -> {
                tx.blockingTable(PurchaseTable.TABLE).insert(purchase(13, 1, "delta"));
                // The uncommitted purchase is seen: the loader reads on the transaction's connection.
                return tx.blockingTable(ShopperTable.TABLE)
                        .loading(ShopperTable.PURCHASES.selectIn().orderBy(OrderBy.asc(PurchaseTable.TITLE)))
                        .findOne(1L)
                        .orElseThrow();
            });
            assertEquals(List.of("alpha", "beta", "delta", "zeta"), titles(ann));
        }
    }

    @BackendTest
    void lazyLoadsInALoopWarnOnceNamingTheRelationship(TestDatabase test) {
        try (LogCapture log = new LogCapture();
                Ormdantic db = open(test, new Recorder(), NPlusOne.WARN)) {
            seed(db);
            var purchases = db.blockingTable(PurchaseTable.TABLE);
            Purchase plain = purchases.findOne(10L).orElseThrow();
            for (int i = 0; i < 50; i++) {
                assertEquals(
                        "Ann",
                        purchases
                                .load(plain, PurchaseTable.SHOPPER)
                                .shopper()
                                .get()
                                .name());
            }
            List<String> warnings = log.at(Level.WARNING).stream()
                    .filter(w -> w.contains("ORM2604"))
                    .toList();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(
                    warnings.get(0)
                            .contains("relationship purchase.shopper was loaded for one record at a time 10"
                                    + " times in a row"),
                    warnings.get(0));
            assertTrue(warnings.get(0).contains("RelationLoadingTest.lazyLoadsInALoopWarnOnce"), warnings.get(0));
            assertTrue(warnings.get(0).contains("load(rows, PurchaseTable.SHOPPER)"), warnings.get(0));
        }
    }

    @BackendTest
    void asynchronousLazyLoadsWarnAtTheLineThatSubmittedThem(TestDatabase test) {
        try (LogCapture log = new LogCapture();
                Ormdantic db = open(test, new Recorder(), NPlusOne.WARN)) {
            seed(db);
            Purchase plain = db.blockingTable(PurchaseTable.TABLE).findOne(10L).orElseThrow();
            for (int i = 0; i < 30; i++) {
                Purchase loaded = db.table(PurchaseTable.TABLE)
                        .load(plain, PurchaseTable.SHOPPER)
                        .join();
                assertEquals("Ann", loaded.shopper().get().name());
            }
            List<String> warnings = log.at(Level.WARNING).stream()
                    .filter(w -> w.contains("ORM2604"))
                    .toList();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(
                    warnings.get(0)
                            .contains(" at " + RelationLoadingTest.class.getName()
                                    + ".asynchronousLazyLoadsWarnAtTheLineThatSubmittedThem(RelationLoadingTest.java:"),
                    warnings.get(0));
        }
    }

    @BackendTest
    void strictModeMakesTheNPlusOnePatternAnError(TestDatabase test) {
        try (Ormdantic db = open(test, new Recorder(), NPlusOne.FAIL)) {
            seed(db);
            var purchases = db.blockingTable(PurchaseTable.TABLE);
            Purchase plain = purchases.findOne(10L).orElseThrow();
            for (int i = 1; i < NPlusOne.THRESHOLD; i++) {
                purchases.load(plain, PurchaseTable.SHOPPER);
            }
            RelationException error =
                    assertThrows(RelationException.class, () -> purchases.load(plain, PurchaseTable.SHOPPER));
            assertEquals(ErrorCode.N_PLUS_ONE, error.code());
            // Loading the list is never the pattern.
            purchases.load(List.of(plain, plain), PurchaseTable.SHOPPER);
            CompletionException async = assertThrows(CompletionException.class, () -> {
                for (int i = 0; i < NPlusOne.THRESHOLD; i++) {
                    db.table(PurchaseTable.TABLE)
                            .load(plain, PurchaseTable.SHOPPER)
                            .join();
                }
            });
            assertEquals(
                    ErrorCode.N_PLUS_ONE,
                    assertInstanceOf(OrmdanticException.class, async.getCause()).code());
        }
    }
}
