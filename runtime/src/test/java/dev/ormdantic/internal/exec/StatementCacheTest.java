package dev.ormdantic.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's statements kept per connection: reused across borrows, reset when handed back, bounded. */
class StatementCacheTest {

    private static final String COUNT = "SELECT COUNT(*) FROM item";

    @TempDir
    Path dir;

    private HikariDataSource pool;
    private final StatementCache cache = new StatementCache();

    @BeforeEach
    void open() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + dir.resolve("cache.sqlite3"));
        config.setMaximumPoolSize(2);
        config.addDataSourceProperty("journal_mode", "WAL");
        pool = new HikariDataSource(config);
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO item VALUES (1, 'one'), (2, 'two')");
        }
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aStatementIsCompiledOncePerConnectionAndServesTheNextBorrow() throws SQLException {
        PreparedStatement first;
        Connection physical;
        try (Connection c = pool.getConnection()) {
            physical = c.unwrap(Connection.class);
            first = cache.prepare(c, COUNT);
            assertEquals(2, count(first));
            first.close();
            assertEquals(1, cache.kept(c));
            assertFalse(first.isClosed(), "kept, not closed");
        }
        // the pool closed every statement made through its proxy when the connection came back; this one is not
        try (Connection c = pool.getConnection()) {
            assertSame(physical, c.unwrap(Connection.class), "the pool hands this thread its last connection back");
            PreparedStatement again = cache.prepare(c, COUNT);
            assertSame(first, again);
            assertEquals(0, cache.kept(c), "taken out while in use");
            assertEquals(2, count(again));
            again.close();
            assertEquals(1, cache.kept(c));
        }
    }

    @Test
    void twoUsesOfOneTextAtOnceGetTwoStatements() throws SQLException {
        try (Connection c = pool.getConnection()) {
            PreparedStatement one = cache.prepare(c, COUNT);
            PreparedStatement two = cache.prepare(c, COUNT);
            assertNotSame(one, two);
            assertEquals(2, count(one));
            assertEquals(2, count(two));
            one.close();
            two.close();
            assertEquals(1, cache.kept(c), "one kept per text; the other closed");
            assertTrue(one.isClosed() != two.isClosed());
        }
    }

    @Test
    void handingBackEndsTheReadSoTheNextUseSeesOtherConnectionsWrites() throws SQLException {
        try (Connection reader = pool.getConnection();
                Connection writer = pool.getConnection()) {
            PreparedStatement select = cache.prepare(reader, "SELECT name FROM item ORDER BY id");
            ResultSet rs = select.executeQuery();
            assertTrue(rs.next()); // a read left open, as a caller that stops early leaves it
            select.close();
            assertTrue(rs.isClosed(), "handing the statement back closed its result set");
            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO item VALUES (3, 'three')");
            }
            PreparedStatement count = cache.prepare(reader, COUNT);
            assertEquals(3, count(count));
            count.close();
        }
    }

    @Test
    void noBoundValueOutlivesTheCall() throws SQLException {
        String sql = "SELECT ? IS NULL";
        try (Connection c = pool.getConnection()) {
            PreparedStatement ps = cache.prepare(c, sql);
            ps.setString(1, "s3cret");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1));
            }
            ps.close();
            PreparedStatement again = cache.prepare(c, sql);
            assertSame(ps, again);
            try (ResultSet rs = again.executeQuery()) { // nothing bound: the parameter reads as NULL
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
            again.close();
        }
    }

    @Test
    void aConnectionKeepsAtMostTheLimitLeastRecentlyUsedLeavingFirst() throws SQLException {
        try (Connection c = pool.getConnection()) {
            PreparedStatement oldest = cache.prepare(c, "SELECT 0");
            oldest.close();
            for (int i = 1; i < StatementCache.MAX_STATEMENTS + 5; i++) {
                cache.prepare(c, "SELECT " + i).close();
            }
            assertEquals(StatementCache.MAX_STATEMENTS, cache.kept(c));
            assertTrue(oldest.isClosed(), "the least recently used was closed");
            PreparedStatement recent = cache.prepare(c, "SELECT " + (StatementCache.MAX_STATEMENTS + 4));
            assertFalse(recent.isClosed());
            recent.close();
        }
    }

    @Test
    void aLongStatementIsNotKept() throws SQLException {
        String sql = "SELECT 1" + " ".repeat(StatementCache.MAX_SQL_LENGTH);
        try (Connection c = pool.getConnection()) {
            PreparedStatement ps = cache.prepare(c, sql);
            ps.close();
            assertTrue(ps.isClosed());
            assertEquals(0, cache.kept(c));
        }
    }

    @Test
    void aStatementWhoseConnectionClosedIsNotHandedOut() throws SQLException {
        Connection c = pool.getConnection();
        PreparedStatement ps = cache.prepare(c, COUNT);
        ps.close();
        assertEquals(1, cache.kept(c));
        pool.getHikariPoolMXBean().softEvictConnections();
        c.close(); // evicted on return: the pool closes the physical connection
        try (Connection fresh = pool.getConnection()) {
            PreparedStatement next = cache.prepare(fresh, COUNT);
            assertNotSame(ps, next);
            assertEquals(2, count(next));
            next.close();
        }
    }

    private static long count(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }
}
