package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;

/**
 * Every connection of the pool terminated by the server at once ({@code pg_terminate_backend} on PostgreSQL,
 * {@code KILL CONNECTION} on MariaDB and MySQL), as a server restart or an administrator would: work that was in a
 * transaction on them is rolled back and reported as {@code ORM2402} (nothing applied, safe to retry); an idle pool
 * costs at most one retryable read; and no terminated session is ever handed out again, so the pool recovers on new
 * ones. Only the pool's own sessions are terminated, found by holding every connection of a pool of {@link #POOL}.
 */
@Tag("reliability")
class ServerKillTest {

    private static final int POOL = 3;
    private static final long WAIT_SECONDS = 10;
    private static final Duration RECOVERY = Duration.ofSeconds(10);

    @BackendTest
    void transactionsWhoseConnectionsAreKilledRollBackAndThePoolRecoversOnNewSessions(TestDatabase test)
            throws Exception {
        try (Ormdantic db = pooled(test);
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch holding = new CountDownLatch(POOL);
            CountDownLatch killed = new CountDownLatch(1);
            Set<Long> sessions = ConcurrentHashMap.newKeySet();
            List<Future<?>> transactions = new ArrayList<>();
            for (int t = 0; t < POOL; t++) {
                String id = "in-flight-" + t;
                transactions.add(threads.submit(() -> db.blocking().inTransaction(tx -> {
                    tx.blockingTable(FlavorTable.TABLE).insert(new Flavor(id, "In flight", 1));
                    sessions.add(tx.blockingSql(sessionIdSql(test))
                            .queryOne(row -> row.getLong(1))
                            .orElseThrow());
                    holding.countDown();
                    await(killed);
                    // the connection is gone: this statement cannot run, and the insert above must not survive
                    tx.blockingTable(FlavorTable.TABLE).insert(new Flavor(id + "-after", "After", 2));
                })));
            }
            assertTrue(holding.await(WAIT_SECONDS, TimeUnit.SECONDS), "every pool connection held");
            assertEquals(POOL, sessions.size(), "one session per pool connection: " + sessions);

            kill(test, sessions);
            killed.countDown();

            for (Future<?> transaction : transactions) {
                OrmdanticException e = failure(transaction);
                assertEquals(ErrorCode.CONNECTION_FAILED, e.code(), e.getMessage());
                assertEquals(Outcome.NOT_APPLIED, e.outcome(), e.getMessage());
                assertTrue(e.retryable(), e.getMessage());
            }
            assertEquals(0, flavorRows(test), "no in-flight insert survived its killed transaction");

            assertRecovers(db, test, sessions);
        }
    }

    @BackendTest
    void anIdlePoolWhoseConnectionsAreKilledCostsAtMostOneRetryableRead(TestDatabase test) throws Exception {
        try (Ormdantic db = pooled(test)) {
            Set<Long> killedSessions = holdEveryConnection(db, test);
            assertEquals(POOL, killedSessions.size(), "one session per pool connection: " + killedSessions);

            kill(test, killedSessions);

            assertRecovers(db, test, killedSessions);
        }
    }

    /**
     * The calls after the kill: at most one read fails, with {@code ORM2402}; a write then succeeds; within
     * {@link #RECOVERY}; and neither these calls nor {@link #POOL} concurrent transactions see a killed session. The
     * reads are typed ({@code count()}): raw SQL may write, so a raw statement on a killed connection is reported as
     * {@code ORM2405} instead, which is not what an idle pool's first read should cost.
     */
    private static void assertRecovers(Ormdantic db, TestDatabase test, Set<Long> killedSessions) throws Exception {
        long start = System.nanoTime();
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        long rows = flavorRows(test);
        List<OrmdanticException> failures = new ArrayList<>();
        for (int call = 0; call < 5; call++) {
            try {
                assertEquals(rows, flavors.count());
            } catch (OrmdanticException e) {
                failures.add(e);
            }
        }
        assertTrue(failures.size() <= 1, "at most one read fails after the kill: " + failures);
        for (OrmdanticException e : failures) {
            assertEquals(ErrorCode.CONNECTION_FAILED, e.code(), e.getMessage());
            assertEquals(Outcome.NOT_APPLIED, e.outcome(), e.getMessage());
            assertTrue(e.retryable(), e.getMessage());
        }
        Set<Long> seen = new HashSet<>();
        seen.add(db.blocking()
                .sql(sessionIdSql(test))
                .queryOne(row -> row.getLong(1))
                .orElseThrow());
        flavors.insert(new Flavor("after-kill", "After", 3));
        assertEquals(3, flavors.findOne("after-kill").orElseThrow().rating());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(RECOVERY) <= 0, "the pool recovered in " + took.toMillis() + " ms");

        seen.addAll(holdEveryConnection(db, test));
        Set<Long> reused = new HashSet<>(seen);
        reused.retainAll(killedSessions);
        assertTrue(reused.isEmpty(), "killed sessions handed out again: " + reused + " of " + seen);
        assertTrue(seen.size() >= POOL, "the pool opened new sessions: " + seen);
    }

    /** Runs {@link #POOL} transactions at once, so that each holds its own connection, and returns their sessions. */
    private static Set<Long> holdEveryConnection(Ormdantic db, TestDatabase test) throws Exception {
        CountDownLatch holding = new CountDownLatch(POOL);
        Set<Long> sessions = ConcurrentHashMap.newKeySet();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> transactions = new ArrayList<>();
            for (int t = 0; t < POOL; t++) {
                transactions.add(threads.submit(() -> db.blocking().inTransaction(tx -> {
                    sessions.add(tx.blockingSql(sessionIdSql(test))
                            .queryOne(row -> row.getLong(1))
                            .orElseThrow());
                    holding.countDown();
                    await(holding);
                })));
            }
            for (Future<?> transaction : transactions) {
                transaction.get(WAIT_SECONDS, TimeUnit.SECONDS);
            }
        }
        return sessions;
    }

    private static Ormdantic pooled(TestDatabase test) {
        Assumptions.assumeTrue(
                test.backend() == Backend.POSTGRESQL
                        || test.backend() == Backend.MARIADB
                        || test.backend() == Backend.MYSQL,
                "terminating a server session needs pg_terminate_backend or KILL CONNECTION: PostgreSQL, MariaDB and"
                        + " MySQL only (SQLite is embedded; SQL Server and Oracle are not wired here)");
        test.db(); // creates the tables
        return Ormdantic.builder(test.url())
                .tables(FlavorTable.TABLE)
                .poolSize(POOL)
                .connectionTimeout(Duration.ofSeconds(5))
                .queryTimeout(Duration.ofSeconds(5))
                .open();
    }

    /** Terminates the sessions from a connection of the test's own, and waits until the server has dropped them. */
    private static void kill(TestDatabase test, Set<Long> sessions) throws Exception {
        boolean postgres = test.backend() == Backend.POSTGRESQL;
        try (Connection admin = test.jdbc()) {
            for (long session : sessions) {
                if (postgres) {
                    try (PreparedStatement statement = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                        statement.setInt(1, Math.toIntExact(session));
                        try (ResultSet rs = statement.executeQuery()) {
                            assertTrue(rs.next() && rs.getBoolean(1), "terminated session " + session);
                        }
                    }
                } else {
                    try (Statement statement = admin.createStatement()) {
                        statement.execute("KILL CONNECTION " + session);
                    }
                }
            }
            String alive =
                    postgres ? "SELECT pid FROM pg_stat_activity" : "SELECT id FROM information_schema.processlist";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (true) {
                Set<Long> left = new HashSet<>();
                try (Statement statement = admin.createStatement();
                        ResultSet rs = statement.executeQuery(alive)) {
                    while (rs.next()) {
                        left.add(rs.getLong(1));
                    }
                }
                left.retainAll(sessions);
                if (left.isEmpty()) {
                    return;
                }
                assertFalse(System.nanoTime() > deadline, "the server still runs sessions " + left);
                Thread.sleep(20);
            }
        }
    }

    private static String sessionIdSql(TestDatabase test) {
        return test.backend() == Backend.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
    }

    private static OrmdanticException failure(Future<?> transaction) throws Exception {
        try {
            transaction.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OrmdanticException o) {
                return o;
            }
            throw e;
        }
        throw new AssertionError("the transaction on a killed connection committed");
    }

    private static int flavorRows(TestDatabase test) throws SQLException {
        try (Connection connection = test.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM flavor")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the other transactions");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
