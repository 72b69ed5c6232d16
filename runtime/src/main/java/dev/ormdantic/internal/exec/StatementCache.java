package dev.ormdantic.internal.exec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConnection;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/**
 * SQLite's prepared statements, kept per connection so that a statement the runtime runs again is compiled once per
 * connection instead of once per call. sqlite-jdbc compiles the SQL on every {@code prepareStatement} (measured: a
 * quarter of a short {@code count()}), where the server drivers keep parsed statements per connection themselves.
 *
 * <p>The pool closes the statements made through its connection proxy when the connection returns, so the kept ones
 * are made on the physical connection. A statement is taken out of the cache while a call uses it (two uses of one
 * text at once get two statements) and goes back when the call closes it: its result set closed, which ends SQLite's
 * read of it, and its parameters cleared, so that no value outlives the call. Each connection keeps at most
 * {@link #MAX_STATEMENTS}, the least recently used leaving first; a statement longer than {@link #MAX_SQL_LENGTH}
 * characters (a multi-row insert) is not kept.
 *
 * <p>Loaded only for SQLite: the driver is optional for applications that use a server.
 */
final class StatementCache {

    /** Statements kept per connection. */
    static final int MAX_STATEMENTS = 64;

    /** The longest statement text kept; longer ones are made and closed per call as before. */
    static final int MAX_SQL_LENGTH = 4_096;

    private final Map<SQLiteConnection, Kept> byConnection = new ConcurrentHashMap<>();

    /**
     * A statement for a text on a pooled connection: a kept one, or a new one that is kept when closed.
     *
     * @param pooled the pooled connection
     * @param sql the statement text
     * @return the statement; closing it returns it to the cache
     * @throws SQLException from the driver
     */
    PreparedStatement prepare(Connection pooled, String sql) throws SQLException {
        if (sql.length() > MAX_SQL_LENGTH) {
            return pooled.prepareStatement(sql);
        }
        SQLiteConnection physical = pooled.unwrap(SQLiteConnection.class);
        Kept kept = byConnection.get(physical);
        if (kept == null) {
            // a new physical connection: forget the ones the pool has closed since
            byConnection.keySet().removeIf(StatementCache::closed);
            kept = byConnection.computeIfAbsent(physical, connection -> new Kept());
        }
        Reusable statement = kept.take(sql);
        return statement != null ? statement.inUse() : new Reusable(physical, sql, kept);
    }

    private static boolean closed(SQLiteConnection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /**
     * How many statements are kept for a connection, for tests.
     *
     * @param pooled a pooled connection
     * @return the number kept and not in use
     * @throws SQLException when the connection cannot be unwrapped
     */
    int kept(Connection pooled) throws SQLException {
        Kept kept = byConnection.get(pooled.unwrap(SQLiteConnection.class));
        return kept == null ? 0 : kept.size();
    }

    /** The statements kept for one connection, least recently used first. */
    private static final class Kept {

        private final LinkedHashMap<String, Reusable> statements = new LinkedHashMap<>(16, 0.75f, true);

        synchronized @Nullable Reusable take(String sql) {
            return statements.remove(sql);
        }

        /** Keeps a statement, closing the least recently used one beyond the limit or one kept for the same text. */
        void keep(Reusable statement) throws SQLException {
            Reusable replaced;
            Reusable evicted = null;
            synchronized (this) {
                replaced = statements.put(statement.text, statement);
                if (statements.size() > MAX_STATEMENTS) {
                    Iterator<Reusable> eldest = statements.values().iterator();
                    evicted = eldest.next();
                    eldest.remove();
                }
            }
            if (replaced != null && replaced != statement) {
                replaced.discard();
            }
            if (evicted != null) {
                evicted.discard();
            }
        }

        synchronized int size() {
            return statements.size();
        }
    }

    /**
     * A driver statement whose {@code close()} hands it back to its connection's cache; it is closed for good when
     * the cache lets it go or its connection closes.
     */
    private static final class Reusable extends JDBC4PreparedStatement {

        private final String text;
        private final Kept owner;
        private boolean inUse = true;

        Reusable(SQLiteConnection connection, String sql, Kept owner) throws SQLException {
            super(connection, sql);
            this.text = sql;
            this.owner = owner;
        }

        Reusable inUse() {
            inUse = true;
            return this;
        }

        @Override
        public void close() throws SQLException {
            if (!inUse || isClosed()) {
                return;
            }
            inUse = false;
            try {
                rs.close(); // resets the statement: SQLite's read of it ends here, not at the next use
                clearParameters();
                clearBatch();
            } catch (SQLException | RuntimeException e) {
                discard(); // its connection is closed, or the statement is broken: not worth keeping
                return;
            }
            owner.keep(this);
        }

        void discard() throws SQLException {
            super.close();
        }
    }
}
