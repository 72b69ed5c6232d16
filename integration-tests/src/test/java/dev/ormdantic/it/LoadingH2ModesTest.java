package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Slice;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.event.StatementEvent;
import dev.ormdantic.it.model.Label;
import dev.ormdantic.it.model.LabelTable;
import dev.ormdantic.it.model.Purchase;
import dev.ormdantic.it.model.PurchaseLabelTable;
import dev.ormdantic.it.model.PurchaseLine;
import dev.ormdantic.it.model.PurchaseLineTable;
import dev.ormdantic.it.model.PurchaseTable;
import dev.ormdantic.it.model.Shopper;
import dev.ormdantic.it.model.ShopperTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Relationship loading with the SQL Server and Oracle dialects, run through Ormdantic on H2 in {@code
 * MODE=MSSQLServer} and {@code MODE=Oracle} (no server of either is here; RelationLoadingSqlTest pins the text): a
 * joined page (to-one, filtered and ordered to-many, many-to-many), the same graph select-in, a per-parent limit ranked
 * with {@code ROW_NUMBER()}, shared identity, and 2,500 parents in batches of 1,000 keys. The tables come from each
 * dialect's own DDL without its idempotence guard; the rows are written with plain SQL, because H2 has no Oracle
 * {@code INSERT ALL}.
 */
class LoadingH2ModesTest {

    private static List<String> selects(Recorder events) {
        return events.statements().stream()
                .map(StatementEvent::sql)
                .filter(sql -> sql.startsWith("SELECT") || sql.startsWith("WITH"))
                .toList();
    }

    private static String graph(List<Purchase> purchases) {
        StringBuilder text = new StringBuilder();
        for (Purchase p : purchases) {
            text.append(p.title())
                    .append('(')
                    .append(p.shopper().get().name())
                    .append(';')
                    .append(String.join(
                            ",", p.lines().stream().map(PurchaseLine::item).toList()))
                    .append(';')
                    .append(String.join(
                            ",", p.labels().stream().map(Label::name).toList()))
                    .append(") ");
        }
        return text.toString().trim();
    }

    @ParameterizedTest
    @MethodSource("dev.ormdantic.it.DisguisedH2#modes")
    void joinedSelectInAndRankedLoadsReturnOneGraph(DialectId id, String mode, String product, String version)
            throws SQLException {
        String url = DisguisedH2.newUrl(mode);
        try (Connection setup = DriverManager.getConnection(url);
                Statement statement = setup.createStatement()) {
            H2Functions.register(setup);
            DisguisedH2.createTables(
                    statement,
                    id,
                    ShopperTable.TABLE,
                    PurchaseTable.TABLE,
                    PurchaseLineTable.TABLE,
                    LabelTable.TABLE,
                    PurchaseLabelTable.TABLE);
            String q = id == DialectId.MSSQL ? "[" : "\"";
            String e = id == DialectId.MSSQL ? "]" : "\"";
            statement.execute("INSERT INTO " + q + "shopper" + e + " VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cid')");
            statement.execute("INSERT INTO " + q + "purchase" + e
                    + " VALUES (10, 1, 'zeta'), (11, 1, 'beta'), (12, 1, 'alpha'), (20, 2, 'gamma')");
            statement.execute("INSERT INTO " + q + "purchase_line" + e
                    + " VALUES (100, 10, 'x', 1), (101, 10, 'y', 2), (102, 10, 'w', 5), (110, 11, 'z', 3)");
            statement.execute("INSERT INTO " + q + "label" + e + " VALUES (1, 'urgent'), (2, 'gift')");
            statement.execute("INSERT INTO " + q + "purchase_label" + e + " VALUES (10, 1), (10, 2), (11, 1)");
            // 2,500 more purchases of Cid, one line each, for the batches
            try (PreparedStatement purchase =
                            setup.prepareStatement("INSERT INTO " + q + "purchase" + e + " VALUES (?, 3, ?)");
                    PreparedStatement line =
                            setup.prepareStatement("INSERT INTO " + q + "purchase_line" + e + " VALUES (?, ?, ?, 1)")) {
                for (long p = 1_000; p < 3_500; p++) {
                    purchase.setLong(1, p);
                    purchase.setString(2, "bulk" + p);
                    purchase.addBatch();
                    line.setLong(1, p * 10);
                    line.setLong(2, p);
                    line.setString(3, "b" + p);
                    line.addBatch();
                }
                purchase.executeBatch();
                line.executeBatch();
            }
        }
        Recorder events = new Recorder();
        try (Ormdantic db = Ormdantic.builder(new DisguisedH2(url, product, version), id)
                .tables(
                        ShopperTable.TABLE,
                        PurchaseTable.TABLE,
                        PurchaseLineTable.TABLE,
                        LabelTable.TABLE,
                        PurchaseLabelTable.TABLE)
                .listener(events)
                .open()) {
            BlockingTableHandle<Purchase, Long> purchases = db.blockingTable(PurchaseTable.TABLE);
            Filter<Purchase> small = PurchaseTable.ID.lt(1_000L);
            OrderBy<Purchase> byTitle = OrderBy.asc(PurchaseTable.TITLE);
            String expected = "alpha(Ann;;) beta(Ann;z;urgent) gamma(Bob;;) zeta(Ann;x,y,w;urgent,gift)";

            // joined: one statement, the root's page applied to purchases before their lines are attached
            BlockingTableHandle<Purchase, Long> joinedLoads = purchases
                    .loading(PurchaseTable.SHOPPER.joined())
                    .loading(PurchaseTable.LINES.joined().orderBy(OrderBy.asc(PurchaseLineTable.ID)))
                    .loading(PurchaseTable.LABELS.joined().orderBy(OrderBy.desc(LabelTable.NAME)));
            events.take();
            List<Purchase> joined = joinedLoads.findMany(small, byTitle).data();
            assertEquals(1, selects(events).size(), selects(events)::toString);
            assertEquals(expected, graph(joined));
            assertSame(joined.get(0).shopper().get(), joined.get(1).shopper().get(), "one Ann in one load");

            events.take();
            List<Purchase> paged = joinedLoads
                    .findMany(small, OrderBy.desc(PurchaseTable.TITLE), Slice.limit(1))
                    .data();
            assertEquals("zeta(Ann;x,y,w;urgent,gift)", graph(paged), "a page of purchases, every line kept");

            // select-in: the same graph, one statement per relationship (labels: association rows, then labels)
            events.take();
            List<Purchase> selectIn = purchases
                    .loading(PurchaseTable.SHOPPER.selectIn())
                    .loading(PurchaseTable.LINES.selectIn().orderBy(OrderBy.asc(PurchaseLineTable.ID)))
                    .loading(PurchaseTable.LABELS.selectIn().orderBy(OrderBy.desc(LabelTable.NAME)))
                    .findMany(small, byTitle)
                    .data();
            assertEquals(expected, graph(selectIn));
            assertEquals(1 + 1 + 1 + 2, selects(events).size(), selects(events)::toString);

            // the first two lines of each purchase by quantity, descending, ranked in one statement
            events.take();
            List<Purchase> ranked = purchases
                    .loading(PurchaseTable.LINES
                            .selectIn()
                            .orderBy(OrderBy.desc(PurchaseLineTable.QUANTITY))
                            .limitPerParent(2))
                    .findMany(small, byTitle)
                    .data();
            assertEquals(
                    List.of("", "z", "", "w,y"),
                    ranked.stream()
                            .map(p -> String.join(
                                    ",",
                                    p.lines().stream().map(PurchaseLine::item).toList()))
                            .toList());
            assertEquals(2, selects(events).size(), selects(events)::toString);
            assertTrue(
                    selects(events).get(1).contains("ROW_NUMBER() OVER (PARTITION BY"),
                    selects(events).get(1));

            // Cid's 2,500 purchases: lines for 1,000 keys a statement (Oracle's IN limit, SQL Server's 2,100 params)
            events.take();
            Shopper cid = db.blockingTable(ShopperTable.TABLE)
                    .loading(ShopperTable.PURCHASES.selectIn())
                    .loading(ShopperTable.PURCHASES.then(PurchaseTable.LINES).selectIn())
                    .findOne(3L)
                    .orElseThrow();
            assertEquals(2_500, cid.purchases().get().size());
            assertTrue(cid.purchases().stream()
                    .allMatch(p -> p.lines().get().size() == 1
                            && p.lines().get().get(0).item().equals("b" + p.id())));
            assertEquals(1 + 1 + 3, selects(events).size(), "shopper, purchases, lines in three batches");
        }
    }
}
