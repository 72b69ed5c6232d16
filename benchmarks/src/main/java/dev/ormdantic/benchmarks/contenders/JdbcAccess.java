package dev.ormdantic.benchmarks.contenders;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the hand-written JDBC floor gets the connection and the statements of one call. {@link #perCall} borrows a
 * connection from the pool and prepares every statement afresh, closing both when the call ends, as a service that
 * serves each request on a pooled connection does. {@link #held} borrows one connection for the contender's life and
 * prepares each statement text once, reusing it for every later call, as a session or transaction that runs many
 * statements on its connection does; it is the floor for the fixed cost of short calls.
 *
 * <p>The cases are written once against {@link Scope}, so both floors run the same statements with the same values
 * and differ only in where the connection and statements come from. A transactional case fits the same shape: one
 * scope per transaction, auto-commit off, the read and the update prepared through the scope, commit, auto-commit
 * back on.
 */
sealed interface JdbcAccess extends AutoCloseable {

    /**
     * A connection and its statements for one call.
     *
     * @return the scope, closed by the caller when the call ends
     * @throws SQLException when no connection can be had
     */
    Scope scope() throws SQLException;

    /** Closes whatever is held for the contender's life (the per-call access holds nothing). */
    @Override
    void close();

    /**
     * Borrowing and preparing per call.
     *
     * @param pool the pool
     * @return the access
     */
    static JdbcAccess perCall(HikariDataSource pool) {
        return new PerCall(pool);
    }

    /**
     * One held connection and one statement per statement text.
     *
     * @param pool the pool to borrow the held connection from
     * @return the access
     */
    static JdbcAccess held(HikariDataSource pool) {
        return new Held(pool);
    }

    /**
     * The connection and statements of one call. The statements belong to the scope: callers close their result sets
     * but never a statement.
     */
    interface Scope extends AutoCloseable {

        /**
         * The connection.
         *
         * @return the connection
         */
        Connection connection();

        /**
         * A prepared statement for a text, its parameters unset or left from an earlier call (every case sets all of
         * them).
         *
         * @param sql the statement text
         * @return the statement
         * @throws SQLException from the driver
         */
        PreparedStatement prepare(String sql) throws SQLException;

        /**
         * Ends the call: closes what it opened, or, for the held access, nothing.
         *
         * @throws SQLException from the driver
         */
        @Override
        void close() throws SQLException;
    }

    /** Borrows and prepares per call. */
    final class PerCall implements JdbcAccess {

        private final HikariDataSource pool;

        private PerCall(HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        public Scope scope() throws SQLException {
            return new PooledScope(pool.getConnection());
        }

        @Override
        public void close() {}
    }

    /** A borrowed connection and the statements prepared on it during one call, all closed when the call ends. */
    final class PooledScope implements Scope {

        private final Connection connection;
        // Most calls prepare one statement: no list for them.
        private @Nullable PreparedStatement first;
        private @Nullable List<PreparedStatement> more;

        private PooledScope(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            if (first == null) {
                first = statement;
            } else {
                if (more == null) {
                    more = new ArrayList<>();
                }
                more.add(statement);
            }
            return statement;
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                if (more != null) {
                    for (PreparedStatement statement : more) {
                        statement.close();
                    }
                }
                if (first != null) {
                    first.close();
                }
            }
        }
    }

    /** One connection borrowed on first use and kept; one statement per text, prepared on first use and kept. */
    final class Held implements JdbcAccess {

        private final HikariDataSource pool;
        private final Map<String, PreparedStatement> statements = new HashMap<>();
        private final Scope scope = new HeldScope();
        private @Nullable Connection connection;

        private Held(HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        public Scope scope() throws SQLException {
            if (connection == null) {
                connection = pool.getConnection();
            }
            return scope;
        }

        /** Closes the statements and returns the connection to the pool. */
        @Override
        public void close() {
            try {
                for (PreparedStatement statement : statements.values()) {
                    statement.close();
                }
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("closing the held connection failed", e);
            } finally {
                statements.clear();
                connection = null;
            }
        }

        /** Every call's scope: the held connection and statements, which stay when the call ends. */
        private final class HeldScope implements Scope {

            @Override
            public Connection connection() {
                Connection held = connection;
                if (held == null) {
                    throw new IllegalStateException("the held connection was released");
                }
                return held;
            }

            @Override
            public PreparedStatement prepare(String sql) throws SQLException {
                PreparedStatement statement = statements.get(sql);
                if (statement == null) {
                    statement = connection().prepareStatement(sql);
                    statements.put(sql, statement);
                }
                return statement;
            }

            @Override
            public void close() {}
        }
    }
}
