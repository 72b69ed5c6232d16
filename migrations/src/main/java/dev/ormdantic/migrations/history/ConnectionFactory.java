package dev.ormdantic.migrations.history;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens a JDBC connection for the migrator, which closes it: {@code dataSource::getConnection}, or
 * {@code () -> DriverManager.getConnection(url)}. The migrator holds one connection for a whole call (the session lock
 * lives on it) and a second one for a lease.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ConnectionFactory {

    /**
     * Opens a connection.
     *
     * @return a new connection
     * @throws SQLException when it cannot be opened
     */
    Connection open() throws SQLException;
}
