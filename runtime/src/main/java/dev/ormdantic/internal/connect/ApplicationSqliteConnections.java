package dev.ormdantic.internal.connect;

import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.sqlite.SQLiteConnection;

/**
 * Prepares the SQLite connections of an application's {@code DataSource} the first time Ormdantic borrows each: what
 * Ormdantic's own pool sets when it opens a connection and no {@code DataSource} setting can. It registers
 * {@link SqliteFunctions} (without the decimal collation a decimal comparison fails) and turns on
 * {@code case_sensitive_like} (filters match as on the other dialects), and it checks that foreign keys are enforced:
 * {@code PRAGMA foreign_keys} cannot be turned on inside the transaction the connection may already be in, so the
 * {@code DataSource} must turn it on when it opens the connection ({@code SQLiteConfig.enforceForeignKeys(true)}).
 * Loaded only for SQLite, whose driver is then on the class path.
 */
final class ApplicationSqliteConnections {

    /** The driver's connections prepared so far, as the pool's proxies unwrap to them; a closed one is forgotten. */
    private final Set<SQLiteConnection> prepared =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /**
     * Prepares a connection unless it was prepared before.
     *
     * @param connection a borrowed connection, possibly a pool's proxy
     * @param context the context of the error when the connection does not enforce foreign keys
     * @throws SQLException from the driver
     * @throws ConfigurationException ({@link ErrorCode#DATASOURCE_UNSUITABLE}) when it does not enforce foreign keys
     */
    void prepare(Connection connection, ErrorContext context) throws SQLException {
        SQLiteConnection physical = connection.unwrap(SQLiteConnection.class);
        if (prepared.contains(physical)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA foreign_keys")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new ConfigurationException(
                            ErrorCode.DATASOURCE_UNSUITABLE,
                            context,
                            "a SQLite connection of the application's DataSource does not enforce foreign keys, which"
                                    + " Ormdantic's tables rely on",
                            "turn them on where the DataSource opens its connections: SQLiteConfig"
                                    + ".enforceForeignKeys(true), or foreign_keys=true in its URL",
                            null);
                }
            }
            statement.execute("PRAGMA case_sensitive_like = ON");
        }
        SqliteFunctions.register(physical);
        prepared.add(physical);
    }
}
