package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** How many statements of the test's database wait for a lock. */
    static int waiters(TestDatabase test) throws SQLException {
        String sql = test.backend() == Backend.POSTGRESQL
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND wait_event_type = 'Lock'"
                : "SELECT COUNT(*) FROM information_schema.innodb_trx t JOIN information_schema.processlist p"
                        + " ON p.id = t.trx_mysql_thread_id WHERE t.trx_state = 'LOCK WAIT' AND p.db = DATABASE()";
        try (Connection connection = test.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    /** Waits until a statement of the test's database waits for a lock; fails after half a minute. */
    static void awaitWaiter(TestDatabase test) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (waiters(test) == 0) {
            assertTrue(System.nanoTime() < deadline, "no statement came to wait for a lock");
            Thread.sleep(20);
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
