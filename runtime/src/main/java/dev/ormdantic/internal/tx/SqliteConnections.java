package dev.ormdantic.internal.tx;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/** What transactions need of SQLite's driver beyond JDBC; only called on SQLite connections. */
final class SqliteConnections {

    private SqliteConnections() {}

    /**
     * Makes the connection's next transactions begin {@code DEFERRED}, taking no lock until they read or write.
     *
     * @return the mode it had, for {@link #restoreBegin}
     */
    static Object deferBegin(Connection connection) throws SQLException {
        SQLiteConnectionConfig config =
                connection.unwrap(SQLiteConnection.class).getConnectionConfig();
        SQLiteConfig.TransactionMode previous = config.getTransactionMode();
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        return previous;
    }

    /** Gives the connection back the begin mode {@link #deferBegin} found: IMMEDIATE on Ormdantic's own pool. */
    static void restoreBegin(Connection connection, Object mode) throws SQLException {
        connection
                .unwrap(SQLiteConnection.class)
                .getConnectionConfig()
                .setTransactionMode((SQLiteConfig.TransactionMode) mode);
    }
}
