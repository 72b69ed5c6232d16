package dev.ormdantic.it;

import static dev.ormdantic.it.model.FlavorTable.ID;
import static dev.ormdantic.it.model.FlavorTable.RATING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingSqlStatement;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.TableHandle;
import dev.ormdantic.Transaction;
import dev.ormdantic.TransactionOptions;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.TransactionResult;
import dev.ormdantic.event.TransactionStep;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;

/**
 * Transactions under faults: a link whose every connection is killed once a second while transactions commit loses
 * no transaction reported committed, applies none reported not applied, and half-applies none; and a statement that
 * waits for a row lock held by another connection is ended by the transaction's timeout, or by cancelling its
 * future, on the server too: the statement stops waiting and the transaction's locks are released while the other
 * connection still holds its lock.
 */
@Tag("reliability")
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

    /**
     * The test's database with a pool of one connection, so that the call after a stopped transaction gets that
     * transaction's connection back (it rolled back cleanly), and a listener recording the transactions' rollbacks.
     */
    private static Ormdantic onePooled(TestDatabase test, List<TransactionResult> rollbacks) {
        test.db(); // creates the tables
        return Ormdantic.builder(test.url())
                .tables(FLAVORS)
                .poolSize(1)
                .listener(new OrmdanticListener() {
                    @Override
                    public void afterTransaction(TransactionResult result) {
                        if (result.event().step() == TransactionStep.ROLLBACK) {
                            rollbacks.add(result);
                        }
                    }
                })
                .open();
    }

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

    /** The server's id of the connection a handle's statements run on. */
    private static long sessionId(BlockingSqlStatement statement) {
        return statement.queryOne(row -> row.getLong(1)).orElseThrow();
    }

    private static String sessionIdSql(TestDatabase test) {
        return test.backend() == Backend.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
    }

    /**
     * The transaction's work: lock {@code other}, insert {@code inside}, note its connection's server session, then
     * wait for {@code held}.
     */
    private static boolean blockedWork(Transaction tx, TestDatabase test, AtomicLong session) {
        BlockingTableHandle<Flavor, String> flavors = tx.blockingTable(FLAVORS);
        flavors.update(new Flavor("other", "Other", 2));
        flavors.insert(new Flavor("inside", "Inside", 3));
        session.set(sessionId(tx.blockingSql(sessionIdSql(test))));
        return flavors.update(new Flavor("held", "Held", 7));
    }

    /**
     * Checks, at once after the stopped transaction's future failed and while the holder still holds {@code held},
     * that the transaction is over on the server too: no statement of the database waits for a lock, its lock on
     * {@code other} is free for a third connection without waiting ({@code NOWAIT}), and it reported a rollback that
     * succeeded. Then the holder commits, only its own change is in the table, and the next call runs on the stopped
     * transaction's connection (the same server session): it went back to the pool, rolled back and clean.
     */
    private static void assertRolledBackWhileHeld(
            Ormdantic db, TestDatabase test, Connection holder, long session, List<TransactionResult> rollbacks)
            throws Exception {
        assertEquals(1, rollbacks.size(), "one rollback: " + rollbacks);
        assertTrue(rollbacks.getFirst().succeeded(), "the rollback ran on the connection: " + rollbacks);
        assertEquals(0, LockViews.waiters(test), "no statement waits for a lock:" + LockViews.sessions(test));
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
        assertEquals(session, sessionId(db.blocking().sql(sessionIdSql(test))), "the same connection");
        flavors.insert(new Flavor("after", "After", 4));
        assertEquals(4, flavors.findOne("after").orElseThrow().rating());
    }

    @BackendTest
    void theTimeoutEndsAStatementWaitingForARowLockAndRollsBackOnTheServer(TestDatabase test) throws Exception {
        List<TransactionResult> rollbacks = new CopyOnWriteArrayList<>();
        AtomicLong session = new AtomicLong();
        try (Ormdantic db = onePooled(test, rollbacks);
                Connection holder = holder(db, test)) {
            TransactionOptions options = TransactionOptions.defaults().timeout(Duration.ofMillis(500));
            QueryException e = assertThrows(
                    QueryException.class,
                    () -> db.blocking().transaction(options, tx -> blockedWork(tx, test, session)));
            assertEquals(ErrorCode.TRANSACTION_TIMED_OUT, e.code(), e.getMessage());
            assertTrue(
                    e.getMessage()
                            .contains("the transaction ran longer than its timeout of PT0.5S, so it was rolled back and"
                                    + " nothing of it was applied"),
                    e.getMessage());
            assertRolledBackWhileHeld(db, test, holder, session.get(), rollbacks);
        }
    }

    @BackendTest
    void theTimeoutOfTheFutureFormFailsItOnlyOnceRolledBack(TestDatabase test) throws Exception {
        List<TransactionResult> rollbacks = new CopyOnWriteArrayList<>();
        AtomicLong session = new AtomicLong();
        try (Ormdantic db = onePooled(test, rollbacks);
                Connection holder = holder(db, test)) {
            TransactionOptions options = TransactionOptions.defaults().timeout(Duration.ofMillis(500));
            CompletableFuture<Boolean> future = db.transaction(options, tx -> blockedWork(tx, test, session));
            QueryException e = assertInstanceOf(
                    QueryException.class,
                    assertThrows(CompletionException.class, future::join).getCause());
            assertEquals(ErrorCode.TRANSACTION_TIMED_OUT, e.code(), e.getMessage());
            assertRolledBackWhileHeld(db, test, holder, session.get(), rollbacks);
        }
    }

    @BackendTest
    void theTimeoutEndsAStatementOfAnAsyncChainWaitingForARowLock(TestDatabase test) throws Exception {
        List<TransactionResult> rollbacks = new CopyOnWriteArrayList<>();
        AtomicLong session = new AtomicLong();
        try (Ormdantic db = onePooled(test, rollbacks);
                Connection holder = holder(db, test)) {
            TransactionOptions options = TransactionOptions.defaults().timeout(Duration.ofMillis(500));
            CompletableFuture<Boolean> chain = db.transactionAsync(options, tx -> {
                TableHandle<Flavor, String> flavors = tx.table(FLAVORS);
                return flavors.update(new Flavor("other", "Other", 2))
                        .thenCompose(updated -> flavors.insert(new Flavor("inside", "Inside", 3)))
                        .thenCompose(inserted -> tx.sql(sessionIdSql(test)).queryOne(row -> row.getLong(1)))
                        .thenCompose(id -> {
                            session.set(id.orElseThrow());
                            return flavors.update(new Flavor("held", "Held", 7));
                        });
            });
            QueryException e = assertInstanceOf(
                    QueryException.class,
                    assertThrows(CompletionException.class, chain::join).getCause());
            assertEquals(ErrorCode.TRANSACTION_TIMED_OUT, e.code(), e.getMessage());
            assertRolledBackWhileHeld(db, test, holder, session.get(), rollbacks);
        }
    }

    @BackendTest
    void cancellingTheFutureEndsAStatementWaitingForARowLockAndRollsBackOnTheServer(TestDatabase test)
            throws Exception {
        List<TransactionResult> rollbacks = new CopyOnWriteArrayList<>();
        AtomicLong session = new AtomicLong();
        try (Ormdantic db = onePooled(test, rollbacks);
                Connection holder = holder(db, test)) {
            CompletableFuture<Boolean> future = db.transaction(tx -> blockedWork(tx, test, session));
            LockViews.awaitWaiter(test, future); // the last update waits for the holder's lock on the server
            assertTrue(future.cancel(true));
            assertThrows(CancellationException.class, future::join);
            assertRolledBackWhileHeld(db, test, holder, session.get(), rollbacks);
        }
    }

    /**
     * A server that stops answering while a transaction's statement runs: neither the cancel nor the rollback comes
     * back, so after {@code JdbcTransaction.STOP_GRACE} (two seconds) the connection is aborted, and the transaction's
     * future fails within its timeout and that grace, long before the driver's socket timeout (half a minute here)
     * would end it; the rollback is reported failed, nothing of the transaction is applied, and the pool drops the
     * aborted connection and, once the link is healed, serves calls again.
     */
    @BackendTest
    void aTransactionWhoseServerStopsAnsweringFailsWithinItsTimeoutAndTheGrace(TestDatabase database) throws Exception {
        List<TransactionResult> rollbacks = new CopyOnWriteArrayList<>();
        try (FaultyLink silent = FaultyLink.open(database);
                Ormdantic db = FaultyLink.builder(database, silent.proxy)
                        .queryTimeout(Duration.ofSeconds(30))
                        .poolSize(1)
                        .listener(new OrmdanticListener() {
                            @Override
                            public void afterTransaction(TransactionResult result) {
                                if (result.event().step() == TransactionStep.ROLLBACK) {
                                    rollbacks.add(result);
                                }
                            }
                        })
                        .open()) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FLAVORS);
            flavors.insert(new Flavor("silent-tx", "Silent", 1));
            TransactionOptions options = TransactionOptions.defaults().timeout(Duration.ofMillis(500));
            silent.proxy.blackholeAfter("silent-tx-9");
            RuntimeException e = FaultyLink.failsWithin(
                    Duration.ofMillis(500).plusSeconds(2),
                    () -> db.transaction(
                                    options,
                                    tx -> tx.blockingTable(FLAVORS).update(new Flavor("silent-tx", "silent-tx-9", 2)))
                            .join());
            QueryException timedOut = assertInstanceOf(QueryException.class, e.getCause(), e.getMessage());
            assertEquals(ErrorCode.TRANSACTION_TIMED_OUT, timedOut.code(), e.getMessage());
            assertEquals(1, rollbacks.size(), "one rollback: " + rollbacks);
            assertTrue(
                    String.valueOf(rollbacks.getFirst().error()).contains("the connection was aborted"),
                    "the rollback did not come back: " + rollbacks);
            silent.proxy.heal();
            try (Connection direct = database.jdbc()) {
                assertEquals(Set.of("silent-tx"), strings(direct, "SELECT id FROM flavor WHERE name = 'Silent'"));
            }
            // The pool's one connection was dropped; a new one opens once the link is healed (a connection attempt
            // made while it was silent may first have to time out).
            Flavor found = null;
            for (int attempt = 0; found == null; attempt++) {
                try {
                    found = flavors.findOne("silent-tx").orElseThrow();
                } catch (OrmdanticException notYet) {
                    assertEquals(ErrorCode.CONNECTION_FAILED, notYet.code(), notYet.getMessage());
                    assertTrue(attempt < 5, "the pool did not heal: " + notYet.getMessage());
                }
            }
            assertEquals(new Flavor("silent-tx", "Silent", 1), found);
        }
    }
}
