package dev.ormdantic.it;

import static dev.ormdantic.it.model.FlavorTable.ID;
import static dev.ormdantic.it.model.FlavorTable.RATING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.TableHandle;
import dev.ormdantic.TransactionOptions;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * Transactions under faults: a link whose every connection is killed once a second while transactions commit loses
 * no transaction reported committed, applies none reported not applied, and half-applies none; and a statement that
 * waits for a row lock held by another connection is ended by the transaction's timeout, or by cancelling its
 * future, on the server too: the statement stops waiting and the transaction's locks are released while the other
 * connection still holds its lock.
 */
class TransactionFaultsTest {

    private static final FlavorTable FLAVORS = FlavorTable.TABLE;
    private static final int WORKERS = 6;
    private static final int CUTS = 15;

    /** What the API reported for each transaction. */
    private record Reports(Set<String> committed, Set<String> notApplied, Set<String> unknown, List<String> other) {
        Reports() {
            this(
                    ConcurrentHashMap.newKeySet(),
                    ConcurrentHashMap.newKeySet(),
                    ConcurrentHashMap.newKeySet(),
                    java.util.Collections.synchronizedList(new ArrayList<>()));
        }
    }

    @BackendTest
    void killingEveryConnectionOnceASecondLosesAndHalfAppliesNoTransaction(TestDatabase database) throws Exception {
        Reports reports = new Reports();
        try (FaultyLink link = FaultyLink.open(database)) {
            BlockingTableHandle<Flavor, String> flavors = link.db.blockingTable(FLAVORS);
            for (int w = 0; w < WORKERS; w++) {
                flavors.insert(new Flavor("count-" + w, "Counter " + w, 0));
            }
            AtomicBoolean stop = new AtomicBoolean();
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < WORKERS; w++) {
                    int worker = w;
                    workers.add(executor.submit(() -> work(link.db, worker, stop, reports)));
                }
                for (int cut = 0; cut < CUTS; cut++) {
                    Thread.sleep(1_000);
                    link.proxy.resetAll();
                }
                stop.set(true);
                for (Future<?> worker : workers) {
                    worker.get(60, TimeUnit.SECONDS);
                }
            }
        }
        String tally = reports.committed().size() + " committed, "
                + reports.notApplied().size() + " not applied, "
                + reports.unknown().size() + " unknown (ORM2405)";
        System.out.println(database.backend().label() + ", " + CUTS + " cuts: " + tally);
        assertEquals(List.of(), reports.other(), "every failure said whether it was applied: " + tally);
        assertTrue(!reports.committed().isEmpty(), "transactions committed between the cuts: " + tally);
        assertTrue(reports.notApplied().size() + reports.unknown().size() > 0, "the cuts broke transactions: " + tally);

        Set<String> present;
        Map<String, Integer> counters = new HashMap<>();
        try (Connection connection = database.jdbc()) {
            present = strings(connection, "SELECT id FROM flavor WHERE id LIKE 'tx-%'");
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT id, rating FROM flavor WHERE id LIKE 'count-%'")) {
                while (rs.next()) {
                    counters.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        Set<String> lost = new HashSet<>(reports.committed());
        lost.removeAll(present);
        assertEquals(Set.of(), lost, "reported committed, not in the database: " + tally);
        Set<String> applied = new HashSet<>(reports.notApplied());
        applied.retainAll(present);
        assertEquals(Set.of(), applied, "reported not applied, in the database: " + tally);
        for (int w = 0; w < WORKERS; w++) {
            String prefix = "tx-" + w + "-";
            long inserted = present.stream().filter(id -> id.startsWith(prefix)).count();
            assertEquals(
                    inserted,
                    (long) counters.getOrDefault("count-" + w, -1),
                    "worker " + w + ": each transaction inserts a row and counts it, both or neither");
        }
    }

    /** One worker: transactions of an insert and an update, one after another, until told to stop. */
    private static void work(Ormdantic db, int worker, AtomicBoolean stop, Reports reports) {
        for (int i = 0; !stop.get(); i++) {
            String id = "tx-" + worker + "-" + i;
            try {
                db.blocking().inTransaction(tx -> {
                    BlockingTableHandle<Flavor, String> flavors = tx.blockingTable(FLAVORS);
                    flavors.insert(new Flavor(id, "Tx " + worker, 1));
                    long counted = flavors.updateWhere(ID.eq("count-" + worker), List.of(RATING.set(RATING.plus(1))));
                    if (counted != 1) {
                        throw new IllegalStateException("the counter of worker " + worker + " is missing");
                    }
                });
                reports.committed().add(id);
            } catch (OrmdanticException e) {
                if (e.code() == ErrorCode.COMMIT_OUTCOME_UNKNOWN) {
                    reports.unknown().add(id);
                } else if (e.outcome() == Outcome.NOT_APPLIED) {
                    reports.notApplied().add(id);
                } else {
                    reports.other().add(id + ": " + e.getMessage());
                }
            } catch (RuntimeException e) {
                reports.other().add(id + ": " + e);
            }
        }
    }

    private static Set<String> strings(Connection connection, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    // ---- a statement blocked on a row lock

    /** Rows {@code held} and {@code other}; the holder's connection updates {@code held} and keeps its lock. */
    private static Connection holder(Ormdantic db, TestDatabase test) throws SQLException {
        Assumptions.assumeTrue(
                test.backend() != Backend.SQLITE,
                "SQLite has no row locks: a transaction takes the database's write lock when it begins");
        db.blockingTable(FLAVORS).insertMany(List.of(new Flavor("held", "Held", 1), new Flavor("other", "Other", 1)));
        Connection holder = test.jdbc();
        holder.setAutoCommit(false);
        try (Statement statement = holder.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE flavor SET rating = 99 WHERE id = 'held'"));
        }
        return holder;
    }

    /** The transaction's work: lock {@code other}, insert {@code inside}, then wait for {@code held}. */
    private static boolean blockedWork(BlockingTableHandle<Flavor, String> flavors) {
        flavors.update(new Flavor("other", "Other", 2));
        flavors.insert(new Flavor("inside", "Inside", 3));
        return flavors.update(new Flavor("held", "Held", 7));
    }

    /**
     * Checks, while the holder still holds {@code held}, that the stopped transaction is over on the server too: no
     * statement of the database waits for a lock, and its lock on {@code other} is free for a third connection. Then
     * the holder commits, and only its own change is in the table.
     */
    private static void assertRolledBackWhileHeld(Ormdantic db, TestDatabase test, Connection holder) throws Exception {
        LockViews.awaitNoWaiter(test);
        try (Connection third = test.jdbc();
                Statement statement = third.createStatement()) {
            third.setAutoCommit(false);
            try (ResultSet rs =
                    statement.executeQuery("SELECT rating FROM flavor WHERE id = 'other' FOR UPDATE NOWAIT")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1), "the update of 'other' was rolled back");
            }
            third.rollback();
        }
        holder.commit();
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FLAVORS);
        assertEquals(
                List.of(new Flavor("held", "Held", 99), new Flavor("other", "Other", 1)),
                flavors.findMany(ID.in(List.of("held", "other", "inside")), dev.ormdantic.query.OrderBy.asc(ID))
                        .data());
        // The pool replaced the stopped transaction's connection.
        flavors.insert(new Flavor("after", "After", 4));
        assertEquals(4, flavors.findOne("after").orElseThrow().rating());
    }

    @BackendTest
    void theTimeoutEndsAStatementWaitingForARowLockAndRollsBackOnTheServer(Ormdantic db, TestDatabase test)
            throws Exception {
        try (Connection holder = holder(db, test)) {
            TransactionOptions options = TransactionOptions.defaults().timeout(Duration.ofMillis(500));
            QueryException e = assertThrows(
                    QueryException.class,
                    () -> db.blocking().transaction(options, tx -> blockedWork(tx.blockingTable(FLAVORS))));
            assertEquals(ErrorCode.TRANSACTION_TIMED_OUT, e.code(), e.getMessage());
            assertTrue(
                    e.getMessage()
                            .contains("the transaction ran longer than its timeout of PT0.5S, so it was rolled back and"
                                    + " nothing of it was applied"),
                    e.getMessage());
            assertRolledBackWhileHeld(db, test, holder);
        }
    }

    @BackendTest
    void theTimeoutEndsAStatementOfAnAsyncChainWaitingForARowLock(Ormdantic db, TestDatabase test) throws Exception {
        try (Connection holder = holder(db, test)) {
            TransactionOptions options = TransactionOptions.defaults().timeout(Duration.ofMillis(500));
            CompletableFuture<Boolean> chain = db.transactionAsync(options, tx -> {
                TableHandle<Flavor, String> flavors = tx.table(FLAVORS);
                return flavors.update(new Flavor("other", "Other", 2))
                        .thenCompose(updated -> flavors.insert(new Flavor("inside", "Inside", 3)))
                        .thenCompose(inserted -> flavors.update(new Flavor("held", "Held", 7)));
            });
            QueryException e = assertInstanceOf(
                    QueryException.class,
                    assertThrows(CompletionException.class, chain::join).getCause());
            assertEquals(ErrorCode.TRANSACTION_TIMED_OUT, e.code(), e.getMessage());
            assertRolledBackWhileHeld(db, test, holder);
        }
    }

    @BackendTest
    void cancellingTheFutureEndsAStatementWaitingForARowLockAndRollsBackOnTheServer(Ormdantic db, TestDatabase test)
            throws Exception {
        try (Connection holder = holder(db, test)) {
            CompletableFuture<Boolean> future = db.transaction(tx -> blockedWork(tx.blockingTable(FLAVORS)));
            LockViews.awaitWaiter(test, future); // the last update waits for the holder's lock on the server
            assertTrue(future.cancel(true));
            assertThrows(CancellationException.class, future::join);
            assertRolledBackWhileHeld(db, test, holder);
        }
    }
}
