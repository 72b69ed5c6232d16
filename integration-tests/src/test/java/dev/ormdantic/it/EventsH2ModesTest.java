package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.RecordsEvent;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-handle and transaction events with the SQL Server and Oracle dialects, run through Ormdantic on H2 in {@code
 * MODE=MSSQLServer} and {@code MODE=Oracle} (no server of either is here): the seed's orders of the write lifecycles
 * around their statements, hydration after a read, statement events only for a set-based write, a transaction's
 * steps around its statements (commit, and rollback on an exception), and a throwing before-listener that sends
 * nothing and leaves the table as it was. H2 has no Oracle {@code INSERT ALL}, so on Oracle the rows are seeded with
 * plain SQL; upserts are left to EventsTest's live backends and the goldens (H2 parses neither SQL Server's
 * {@code WITH (HOLDLOCK)} nor the typed source row of Oracle's {@code MERGE}).
 */
class EventsH2ModesTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);
    private static final Flavor MINT = new Flavor("mint", "Mint", 3);

    /** A listener that refuses updates while told to. */
    private static final class Refusal implements OrmdanticListener {
        final IllegalStateException boom = new IllegalStateException("refused by a listener");
        volatile boolean refuseUpdate;

        @Override
        public void beforeUpdate(RecordsEvent event) {
            if (refuseUpdate) {
                throw boom;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.ormdantic.it.DisguisedH2#modes")
    void eventsComeInTheSeedsOrders(DialectId id, String mode, String product, String version) throws SQLException {
        String url = DisguisedH2.newUrl(mode);
        boolean inserts = id != DialectId.ORACLE;
        try (Connection setup = DriverManager.getConnection(url);
                Statement statement = setup.createStatement()) {
            H2Functions.register(setup);
            DisguisedH2.createTables(statement, id, FlavorTable.TABLE);
            if (!inserts) {
                statement.execute("INSERT INTO \"flavor\" VALUES ('vanilla', 'Vanilla', 5), ('mint', 'Mint', 3)");
            }
        }
        Recorder events = new Recorder();
        Refusal refusal = new Refusal();
        try (Ormdantic db = Ormdantic.builder(new DisguisedH2(url, product, version), id)
                .tables(FlavorTable.TABLE)
                .listener(events)
                .listener(refusal)
                .open()) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            events.take();

            if (inserts) {
                flavors.insert(VANILLA);
                assertEquals(
                        List.of(
                                "beforeInsert flavor Flavor [" + VANILLA + "]",
                                "beforeStatement insert flavor",
                                "afterStatement insert flavor",
                                "afterInsert flavor Flavor [" + VANILLA + "]"),
                        events.take());
            }

            Flavor richer = new Flavor("vanilla", "Vanilla", 6);
            assertTrue(flavors.update(richer));
            assertEquals(
                    List.of(
                            "beforeUpdate flavor Flavor [" + richer + "]",
                            "beforeStatement update flavor",
                            "afterStatement update flavor",
                            "afterUpdate flavor Flavor [" + richer + "]"),
                    events.take());

            if (inserts) {
                flavors.insert(MINT);
                events.take();
            }

            assertEquals(
                    List.of(MINT, richer),
                    flavors.findMany(Filter.all(), OrderBy.asc(FlavorTable.ID)).data());
            assertEquals(
                    List.of(
                            "beforeStatement findMany flavor",
                            "afterStatement findMany flavor",
                            "afterHydration findMany flavor Flavor rows=2"),
                    events.take());

            assertEquals(0, flavors.deleteWhere(FlavorTable.RATING.gt(100)));
            assertEquals(
                    List.of("beforeStatement deleteWhere flavor", "afterStatement deleteWhere flavor"),
                    events.take(),
                    "a set-based write has statement events only");

            // a transaction's steps around its statements; an exception rolls it back
            db.blocking()
                    .inTransaction(tx -> tx.blockingTable(FlavorTable.TABLE).delete("mint"));
            assertEquals(
                    List.of(
                            "beforeTransaction BEGIN",
                            "afterTransaction BEGIN",
                            "beforeDelete flavor Flavor [mint]",
                            "beforeStatement delete flavor",
                            "afterStatement delete flavor",
                            "afterDelete flavor Flavor [mint]",
                            "beforeTransaction COMMIT",
                            "afterTransaction COMMIT"),
                    events.take());
            IllegalArgumentException thrown = new IllegalArgumentException("the callback fails");
            assertSame(
                    thrown,
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> db.blocking().inTransaction(tx -> {
                                tx.blockingTable(FlavorTable.TABLE).delete("vanilla");
                                throw thrown;
                            })));
            List<String> rolledBack = events.take();
            assertEquals(List.of("beforeTransaction BEGIN", "afterTransaction BEGIN"), rolledBack.subList(0, 2));
            assertEquals(
                    List.of("beforeTransaction ROLLBACK", "afterTransaction ROLLBACK"),
                    rolledBack.subList(rolledBack.size() - 2, rolledBack.size()));

            // a throwing before-listener: no statement, the row as it was
            refusal.refuseUpdate = true;
            assertSame(
                    refusal.boom,
                    assertThrows(IllegalStateException.class, () -> flavors.update(new Flavor("vanilla", "Plain", 1))));
            List<String> refused = events.take();
            assertTrue(refused.stream().noneMatch(line -> line.contains("Statement")), refused.toString());
            assertEquals(List.of(richer), flavors.findMany().data());
        }
    }
}
