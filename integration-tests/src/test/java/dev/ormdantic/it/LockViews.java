package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The servers' views of lock waits, read over plain JDBC, so that a test proves a statement is blocked on a lock by
 * asking the server, not by waiting a while: {@code pg_stat_activity} on PostgreSQL, {@code information_schema.innodb_trx} on
 * MariaDB (and MySQL), each limited to the test's own database.
 */
final class LockViews {

    private static final long WAIT_SECONDS = 30;

    private LockViews() {}

    /** Whether the test's MySQL-dialect server is really MariaDB (the default here). */
    static boolean mariaDbServer(TestDatabase test) throws SQLException {
        try (Connection connection = test.jdbc()) {
            return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
        }
    }

    /** How many statements of the test's database wait for a lock (on MariaDB and MySQL: or run for a second). */
    static int waiters(TestDatabase test) throws SQLException {
        String sql = test.backend() == Backend.POSTGRESQL
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND wait_event_type = 'Lock'"
                // A running statement of the database whose lock wait InnoDB reports, or that has run for a second
                // or more (in these tests only a statement blocked on a lock does), which also covers a wait InnoDB
                // does not list. Only a running one: innodb_trx is a cache refreshed at most every 0.1 s, which can
                // still show a wait of a session that has since ended it (and is idle, as the processlist says).
                : "SELECT COUNT(*) FROM information_schema.processlist p LEFT JOIN information_schema.innodb_trx t"
                        + " ON p.id = t.trx_mysql_thread_id WHERE p.db = DATABASE() AND p.id <> CONNECTION_ID()"
                        + " AND p.command = 'Query' AND (t.trx_state = 'LOCK WAIT' OR p.time >= 1)";
        try (Connection connection = test.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    /** Every thread's stack, virtual ones included, for a failure message. */
    static String threads() {
        try {
            java.nio.file.Path file =
                    java.nio.file.Files.createTempDirectory("threads").resolve("dump.txt");
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpThreads(
                            file.toString(), com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            return "\n" + java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            return "\n(no thread dump: " + e + ")";
        }
    }

    /** What the server says each session of the test's database is doing, for a failure message. */
    static String sessions(TestDatabase test) throws SQLException {
        String sql = test.backend() == Backend.POSTGRESQL
                ? "SELECT pid, state, wait_event_type, wait_event, query FROM pg_stat_activity"
                        + " WHERE datname = current_database()"
                : "SELECT p.id, CONCAT(p.command, ' ', p.time, ' s, db ', IFNULL(p.db, '-')), p.state, t.trx_state,"
                        + " p.info FROM information_schema.processlist p LEFT JOIN information_schema.innodb_trx t"
                        + " ON p.id = t.trx_mysql_thread_id WHERE p.db = DATABASE() OR p.command <> 'Sleep'";
        StringBuilder out = new StringBuilder();
        try (Connection connection = test.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                out.append("\n  ");
                for (int i = 1; i <= 5; i++) {
                    out.append(rs.getString(i)).append(i < 5 ? " | " : "");
                }
            }
        }
        return out.toString();
    }

    /**
     * Waits until a statement of the test's database waits for a lock; fails at once when the work meant to wait ends
     * instead (with what it ended with), and after half a minute otherwise. Either failure message carries what the
     * server's sessions and every thread (virtual ones included) were doing five seconds into the wait, when the
     * statement should long have been waiting: the evidence for a wait that happens somewhere else.
     */
    static void awaitWaiter(TestDatabase test, Future<?> waiting) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        long snapshotAt = start + TimeUnit.SECONDS.toNanos(5);
        String snapshot = "(none taken)";
        boolean taken = false;
        while (waiters(test) == 0) {
            if (!taken && System.nanoTime() - snapshotAt >= 0) {
                snapshot = "sessions:" + sessions(test) + "\nthreads:\n" + threads();
                taken = true;
            }
            if (waiting.isDone()) {
                throw new AssertionError("the work meant to wait for a lock ended without waiting: " + outcome(waiting)
                        + "\nat five seconds, " + snapshot);
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("no statement came to wait for a lock; the server's sessions:" + sessions(test)
                        + "\nat five seconds, " + snapshot);
            }
            Thread.sleep(20);
        }
    }

    private static String outcome(Future<?> done) throws InterruptedException {
        try {
            return "it returned " + done.get();
        } catch (ExecutionException e) {
            StringWriter trace = new StringWriter();
            Objects.requireNonNull(e.getCause()).printStackTrace(new PrintWriter(trace));
            return "it failed with " + trace;
        }
    }

    /** Waits until no statement of the test's database waits for a lock; fails after half a minute. */
    static void awaitNoWaiter(TestDatabase test) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (waiters(test) > 0) {
            assertTrue(System.nanoTime() < deadline, "a statement still waits for a lock");
            Thread.sleep(20);
        }
    }
}
