package dev.ormdantic.internal.tx;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/** What transactions need of SQLite's driver beyond JDBC; only called on SQLite connections. */
final class SqliteConnections {

    private SqliteConnections() {}

    /** Stops the statement running on the connection ({@code sqlite3_interrupt}, safe from any thread). */
    static void interrupt(Connection connection) throws SQLException {
        connection.unwrap(SQLiteConnection.class).getDatabase().interrupt();
    }

    /**
     * Makes the connection's next transactions begin {@code DEFERRED} (taking no lock until they read or write) or,
     * as Ormdantic's SQLite connections do otherwise, {@code IMMEDIATE} (taking the write lock at once).
     */
    static void beginDeferred(Connection connection, boolean deferred) throws SQLException {
        connection
                .unwrap(SQLiteConnection.class)
                .getConnectionConfig()
                .setTransactionMode(
                        deferred ? SQLiteConfig.TransactionMode.DEFERRED : SQLiteConfig.TransactionMode.IMMEDIATE);
    }
}
