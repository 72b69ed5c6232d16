package dev.ormdantic.internal.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.DialectId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connection in the application's transaction, as Ormdantic sees it ({@link JoinedConnection}), and how the
 * database behind an application's {@code DataSource} is recognised ({@link ApplicationDataSource#identify}).
 */
class JoinedConnectionTest {

    @TempDir
    Path dir;

    @Test
    void ormdanticsUnitsBecomeSavepointsAndTheApplicationsTransactionIsNeverEnded() throws SQLException {
        try (Connection application = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("joined.db"))) {
            execute(application, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
            application.setAutoCommit(false); // the application's transaction
            execute(application, "INSERT INTO t VALUES (1)");
            Connection joined = JoinedConnection.of(application, true);
            assertTrue(joined.getAutoCommit(), "outside its units, Ormdantic sees an auto-commit connection");
            assertThrows(SQLException.class, joined::commit);

            joined.setAutoCommit(false); // a unit that fails: its work only is undone
            assertFalse(joined.getAutoCommit());
            execute(joined, "INSERT INTO t VALUES (2)");
            joined.rollback();
            joined.setAutoCommit(true);

            joined.setAutoCommit(false); // a unit that succeeds: kept, not committed
            execute(joined, "INSERT INTO t VALUES (3)");
            joined.commit();
            joined.setAutoCommit(true);

            assertFalse(application.getAutoCommit(), "the application's transaction is still open");
            assertEquals("1,3", ids(application));
            application.rollback(); // the application decides: nothing of either is kept
            assertEquals("", ids(application));
        }
    }

    @Test
    void anUnfinishedUnitIsDiscardedWhenTheConnectionIsClosed() throws SQLException {
        try (Connection application = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("closed.db"))) {
            execute(application, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
            application.setAutoCommit(false);
            execute(application, "INSERT INTO t VALUES (1)");
            // a connection of Spring's proxy: closing it leaves the transaction's connection open
            Connection joined = JoinedConnection.of(new Unclosable(application).connection(), true);
            joined.setAutoCommit(false);
            execute(joined, "INSERT INTO t VALUES (2)");
            joined.close();
            assertEquals("1", ids(application));
        }
    }

    @Test
    void theDatabaseIsRecognisedByItsMetadata() {
        assertEquals(DialectId.SQLITE, ApplicationDataSource.identify("SQLite", "3.50.1"));
        assertEquals(DialectId.POSTGRESQL, ApplicationDataSource.identify("PostgreSQL", "16.4"));
        assertEquals(DialectId.MYSQL, ApplicationDataSource.identify("MySQL", "8.4.2"));
        assertEquals(DialectId.MARIADB, ApplicationDataSource.identify("MariaDB", "11.4.3-MariaDB"));
        assertEquals(DialectId.MARIADB, ApplicationDataSource.identify("MySQL", "5.5.5-10.11.6-MariaDB-0+deb12u1"));
        assertEquals(DialectId.MSSQL, ApplicationDataSource.identify("Microsoft SQL Server", "16.00.4135"));
        assertEquals(DialectId.ORACLE, ApplicationDataSource.identify("Oracle", "Oracle Database 23ai Free"));
        assertNull(ApplicationDataSource.identify("H2", "2.3.232"));
        assertTrue(ApplicationDataSource.fits(DialectId.MYSQL, DialectId.MARIADB));
        assertFalse(ApplicationDataSource.fits(DialectId.MARIADB, DialectId.MYSQL));
        assertFalse(ApplicationDataSource.fits(DialectId.POSTGRESQL, DialectId.SQLITE));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String ids(Connection connection) throws SQLException {
        StringBuilder ids = new StringBuilder();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id FROM t ORDER BY id")) {
            while (rs.next()) {
                ids.append(ids.isEmpty() ? "" : ",").append(rs.getInt(1));
            }
        }
        return ids.toString();
    }

    /** A connection whose {@code close()} does nothing, as a transaction-aware proxy's. */
    private record Unclosable(Connection target) {
        Connection connection() {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
