package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * {@code Ormdantic.builder(dataSource, dialect)} on a pool the application made: every call works on its connections,
 * {@code close()} leaves it open, a database of another dialect is refused, the {@code DataSource}'s
 * {@code toString()} never shows, and the pool-exhausted error reads the application's HikariCP pool.
 */
class ApplicationDataSourceTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);
    private static final Flavor MINT = new Flavor("mint", "Mint", 2);
    private static final Flavor CHOCOLATE = new Flavor("chocolate", "Chocolate", 4);

    private static Ormdantic open(DataSource dataSource, Backend backend) {
        Ormdantic db = Ormdantic.builder(dataSource, ApplicationDataSources.dialect(backend))
                .tables(FlavorTable.TABLE)
                .open();
        db.init().join();
        return db;
    }

    @BackendTest
    void everyCallWorksAndCloseLeavesTheDataSourceOpen(TestDatabase database) throws SQLException {
        try (HikariDataSource pool = ApplicationDataSources.hikari(database, config -> config.setMaximumPoolSize(3))) {
            try (Ormdantic db = open(pool, database.backend())) {
                BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
                assertEquals(
                        VANILLA, db.table(FlavorTable.TABLE).insert(VANILLA).join());
                flavors.insertMany(List.of(MINT, CHOCOLATE));
                assertEquals(
                        List.of(CHOCOLATE, VANILLA),
                        flavors.findMany(FlavorTable.RATING.ge(4), OrderBy.asc(FlavorTable.NAME))
                                .data());
                assertEquals(new Flavor("mint", "Mint", 3), flavors.upsert(new Flavor("mint", "Mint", 3)));
                try (Stream<Flavor> rows = flavors.stream(Filter.all(), OrderBy.asc(FlavorTable.ID))) {
                    assertEquals(
                            List.of("chocolate", "mint", "vanilla"),
                            rows.map(Flavor::id).toList());
                }
                assertTrue(flavors.delete("chocolate"));
                assertThrows(DuplicateKeyException.class, () -> flavors.insert(VANILLA));
                assertEquals(2, flavors.count());
            }
            assertFalse(pool.isClosed(), "Ormdantic closed the application's DataSource");
            try (Connection connection = pool.getConnection()) {
                assertEquals("mint:3,vanilla:5", rows(connection));
            }
        }
    }

    @BackendTest
    void aDatabaseOfAnotherDialectIsRefusedWithItsCode(TestDatabase database) {
        Backend backend = database.backend();
        try (HikariDataSource pool = ApplicationDataSources.hikari(database, config -> {})) {
            DialectId wrong = backend == Backend.POSTGRESQL ? DialectId.MARIADB : DialectId.POSTGRESQL;
            ConfigurationException e = assertThrows(
                    ConfigurationException.class,
                    () -> Ormdantic.builder(pool, wrong)
                            .tables(FlavorTable.TABLE)
                            .open());
            assertEquals(ErrorCode.DIALECT_MISMATCH, e.code());
            // MySQL Connector/J calls the MariaDB server MySQL; its version says MariaDB
            String found = backend == Backend.MYSQL ? "MARIADB" : backend.name();
            assertTrue(
                    e.getMessage().contains("declare the dialect of its database, DialectId." + found), e.getMessage());
            assertFalse(pool.isClosed());
            if (backend == Backend.MARIADB || backend == Backend.MYSQL) {
                // the MySQL dialect runs on a MariaDB server, through either driver
                try (Ormdantic db = open(pool, Backend.MYSQL)) {
                    db.blockingTable(FlavorTable.TABLE).insert(VANILLA);
                    assertEquals("mysql", db.dialect());
                }
            }
        }
    }

    @BackendTest
    void theDialectIsReadFromTheDatabaseWhenNotDeclared(TestDatabase database) {
        try (HikariDataSource pool = ApplicationDataSources.hikari(database, config -> {});
                Ormdantic db = Ormdantic.builder(pool).tables(FlavorTable.TABLE).open()) {
            // MySQL Connector/J on the MariaDB server: its version says MariaDB, so the MariaDB dialect is chosen
            String expected = database.backend() == Backend.MYSQL
                    ? "mariadb"
                    : database.backend().label();
            assertEquals(expected, db.dialect());
            db.init().join();
            db.blockingTable(FlavorTable.TABLE).insert(VANILLA);
            assertEquals(1, db.blockingTable(FlavorTable.TABLE).count());
        }
    }

    @Test
    void anUnsupportedDatabaseIsRefusedWhenTheDialectIsRead() {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:detect;DB_CLOSE_DELAY=-1");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Ormdantic.builder(h2));
        assertEquals(ErrorCode.DIALECT_MISMATCH, e.code());
        assertTrue(
                e.getMessage()
                        .startsWith("[ORM2010] cannot open Ormdantic on the DataSource org.h2.jdbcx.JdbcDataSource:"
                                + " its database is H2 "),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("which Ormdantic does not support; use a DataSource of one of the"
                                + " supported databases: SQLite, PostgreSQL"),
                e.getMessage());
    }

    @Test
    void aDataSourceThatCannotConnectFailsWhenTheDialectIsRead() {
        org.postgresql.ds.PGSimpleDataSource unreachable = new org.postgresql.ds.PGSimpleDataSource();
        unreachable.setURL("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        ConnectionException e = assertThrows(ConnectionException.class, () -> Ormdantic.builder(unreachable));
        assertEquals(ErrorCode.CONNECTION_FAILED, e.code());
        assertTrue(e.getMessage().contains("org.postgresql.ds.PGSimpleDataSource"), e.getMessage());
    }

    @BackendTest
    void theDataSourcesToStringNeverShows(TestDatabase database) throws SQLException {
        try (HikariDataSource pool = ApplicationDataSources.hikari(database, config -> {
            if (database.backend() == Backend.POSTGRESQL) {
                // trust authentication: the server never asks for it, so it only travels in the URL
                config.setJdbcUrl(config.getJdbcUrl() + "&password=hunter2");
            }
        })) {
            DataSource shown = new DelegatingDataSource(pool) {
                @Override
                public String toString() {
                    return "AppDataSource[jdbc:postgresql://app:hunter2@db/app?password=hunter2]";
                }
            };
            List<String> messages = new java.util.ArrayList<>();
            messages.add(assertThrows(
                            ConfigurationException.class,
                            () -> Ormdantic.builder(shown, DialectId.ORACLE).open())
                    .getMessage());
            Ormdantic db = open(shown, database.backend());
            messages.add(db.toString());
            db.blockingTable(FlavorTable.TABLE).insert(VANILLA);
            messages.add(assertThrows(
                            DuplicateKeyException.class,
                            () -> db.blockingTable(FlavorTable.TABLE).insert(VANILLA))
                    .getMessage());
            db.close();
            messages.add(assertThrows(ClosedException.class, () -> db.blockingTable(FlavorTable.TABLE))
                    .getMessage());
            for (String message : messages) {
                assertFalse(message.contains("hunter2"), message);
            }
            assertTrue(messages.get(1).contains("DataSource " + shown.getClass().getName()), messages.get(1));
            assertFalse(pool.isClosed());
        }
    }

    @Tag("reliability")
    @BackendTest
    void anExhaustedApplicationPoolIsReportedAsSuch(TestDatabase database) {
        try (HikariDataSource pool = ApplicationDataSources.hikari(database, config -> {
                    config.setMaximumPoolSize(1);
                    config.setConnectionTimeout(250);
                });
                // through a proxy, as a Spring application passes it: the pool is found behind it
                Ormdantic db = open(new TransactionAwareDataSourceProxy(pool), database.backend())) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            flavors.insertMany(List.of(VANILLA, MINT));
            try (Stream<Flavor> held = flavors.stream(Filter.all(), OrderBy.asc(FlavorTable.ID))) {
                assertEquals(MINT, held.findFirst().orElseThrow());
                ConnectionException e = assertThrows(ConnectionException.class, flavors::count);
                assertEquals(ErrorCode.POOL_EXHAUSTED, e.code());
                assertTrue(e.getMessage().contains("all 1 are in use, 1 of them by streams"), e.getMessage());
                assertTrue(
                        e.getMessage()
                                .contains("raise the pool size or connection timeout of the application's"
                                        + " DataSource"),
                        e.getMessage());
            }
            assertEquals(2, flavors.count());
        }
    }

    @Test
    void aMariaDbDataSourceWithoutMaxAllowedPacketIsWarnedAbout() throws Exception {
        try (TestDatabase database = new TestDatabase(Backend.MARIADB)) {
            try (LogCapture log = new LogCapture();
                    HikariDataSource pool = ApplicationDataSources.hikari(database, config -> {});
                    Ormdantic db = open(pool, Backend.MARIADB)) {
                assertEquals(0, db.blockingTable(FlavorTable.TABLE).count());
                String text = log.text();
                assertTrue(text.contains("does not tell the driver the server's max_allowed_packet ("), text);
                assertTrue(text.matches("(?s).*add maxAllowedPacket=\\d+ to the DataSource's URL.*"), text);
            }
            try (LogCapture log = new LogCapture();
                    HikariDataSource pool = ApplicationDataSources.hikari(
                            database, config -> config.setJdbcUrl(config.getJdbcUrl() + "&maxAllowedPacket=16777216"));
                    Ormdantic db = open(pool, Backend.MARIADB)) {
                assertEquals(0, db.blockingTable(FlavorTable.TABLE).count());
                assertFalse(log.text().contains("max_allowed_packet"), log.text());
            }
        }
    }

    /** The rows of the flavor table, {@code id:rating} in key order. */
    static String rows(Connection connection) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id, rating FROM flavor ORDER BY id")) {
            while (rs.next()) {
                text.append(text.isEmpty() ? "" : ",")
                        .append(rs.getString(1))
                        .append(':')
                        .append(rs.getInt(2));
            }
        }
        return text.toString();
    }
}
