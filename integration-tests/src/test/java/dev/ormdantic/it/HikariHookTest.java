package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.it.model.FlavorTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@code Ormdantic.Builder.hikari(...)} on a server: a driver property it adds reaches the driver through Ormdantic's
 * own data source, after Ormdantic's defaults, replacing the {@code ApplicationName} Ormdantic sets.
 */
class HikariHookTest {

    @Test
    void aDriverPropertyOfTheHookReachesThePostgresConnections() throws Exception {
        try (TestDatabase database = new TestDatabase(Backend.POSTGRESQL)) {
            String name = "billing-" + ProcessHandle.current().pid();
            try (Ormdantic db = Ormdantic.builder(database.url())
                    .tables(FlavorTable.TABLE)
                    .hikari(config -> config.addDataSourceProperty("ApplicationName", name))
                    .open()) {
                db.init().join();
                assertEquals(0, db.blockingTable(FlavorTable.TABLE).count());
                // the pool keeps its connections open: each is a session named by the hook
                assertTrue(sessions(database, name) > 0, "no session of Ormdantic's pool has the hook's name");
            }
        }
    }

    private static long sessions(TestDatabase database, String applicationName) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.jdbcProperties());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = '"
                                + applicationName + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
