package dev.ormdantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.fixture.Flavor;
import dev.ormdantic.fixture.FlavorTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database opened on a {@code DataSource} the application made ({@code Ormdantic.builder(dataSource, dialect)}), on
 * SQLite, and the {@code hikari(...)} hook of the URL form. The servers and Spring's transactions are in the
 * integration tests.
 */
class DataSourceTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);
    private static final Flavor MINT = new Flavor("mint", "Mint", 2);

    @TempDir
    Path dir;

    /** The application's pool: one connection, so that a test can look at the one Ormdantic used. */
    private HikariDataSource application(String file, Consumer<HikariConfig> settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + dir.resolve(file));
        config.setMaximumPoolSize(1);
        config.addDataSourceProperty("foreign_keys", "true");
        settings.accept(config);
        return new HikariDataSource(config);
    }

    @Test
    void crudOnTheApplicationsDataSourceWhichStaysOpenAfterClose() throws SQLException {
        try (HikariDataSource pool = application("app.db", config -> {})) {
            try (Ormdantic db = Ormdantic.builder(pool, DialectId.SQLITE)
                    .tables(FlavorTable.TABLE)
                    .open()) {
                db.init().join();
                var flavors = db.blockingTable(FlavorTable.TABLE);
                flavors.insertMany(List.of(VANILLA, MINT));
                assertEquals(
                        List.of(VANILLA),
                        flavors.findMany(FlavorTable.RATING.gt(3)).data());
                flavors.update(new Flavor("mint", "Mint", 4));
                assertEquals(2, flavors.count(FlavorTable.RATING.ge(4)));
                flavors.delete("vanilla");
                assertEquals("sqlite", db.dialect());
                assertTrue(db.toString().contains("jdbc:sqlite:"), db.toString());
                assertTrue(db.toString().contains(HikariDataSource.class.getName()), db.toString());
            }
            assertFalse(pool.isClosed(), "Ormdantic closed a DataSource it did not open");
            try (Connection connection = pool.getConnection()) {
                assertEquals("mint:4", query(connection, "SELECT id || ':' || rating FROM flavor"));
            }
        }
    }

    @Test
    void sqliteConnectionsGetOrmdanticsFunctionsAndCaseSensitiveLike() throws SQLException {
        try (HikariDataSource pool = application("functions.db", config -> {});
                Ormdantic db = Ormdantic.builder(pool, DialectId.SQLITE)
                        .tables(FlavorTable.TABLE)
                        .open()) {
            db.init().join();
            try (Connection connection = pool.getConnection()) {
                assertEquals("1", query(connection, "SELECT regexp('a+', 'caat')"));
                assertEquals("crème", query(connection, "SELECT lower('CRÈME')"));
                assertEquals("0", query(connection, "SELECT 'A' LIKE 'a'"));
            }
            assertEquals(0, db.blockingTable(FlavorTable.TABLE).count(FlavorTable.NAME.like("v%")));
        }
    }

    @Test
    void aDatabaseOfAnotherDialectIsRefusedNamingTheChoices() {
        try (HikariDataSource pool = application("other.db", config -> {})) {
            ConfigurationException e = assertThrows(
                    ConfigurationException.class,
                    () -> Ormdantic.builder(pool, DialectId.POSTGRESQL).open());
            assertEquals(ErrorCode.DIALECT_MISMATCH, e.code());
            assertTrue(e.getMessage().startsWith("[ORM2010]"), e.getMessage());
            assertTrue(e.getMessage().contains("as PostgreSQL: its database is SQLite"), e.getMessage());
            assertTrue(
                    e.getMessage().contains("declare the dialect of its database, DialectId.SQLITE"), e.getMessage());
            assertTrue(e.getMessage().contains("MariaDB (DialectId.MARIADB)"), e.getMessage());
            assertFalse(pool.isClosed());
        }
    }

    @Test
    void connectionsWithoutForeignKeysOrWithoutAutoCommitAreRefused() {
        try (HikariDataSource pool = application(
                "nofk.db", config -> config.getDataSourceProperties().remove("foreign_keys"))) {
            ConfigurationException e = assertThrows(
                    ConfigurationException.class,
                    () -> Ormdantic.builder(pool, DialectId.SQLITE).open());
            assertEquals(ErrorCode.DATASOURCE_UNSUITABLE, e.code());
            assertTrue(e.getMessage().contains("does not enforce foreign keys"), e.getMessage());
            assertTrue(e.getMessage().contains("SQLiteConfig.enforceForeignKeys(true)"), e.getMessage());
        }
        try (HikariDataSource pool = application("manual.db", config -> config.setAutoCommit(false))) {
            ConfigurationException e = assertThrows(
                    ConfigurationException.class,
                    () -> Ormdantic.builder(pool, DialectId.SQLITE).open());
            assertEquals(ErrorCode.DATASOURCE_UNSUITABLE, e.code());
            assertTrue(e.getMessage().contains("auto-commit off"), e.getMessage());
        }
    }

    @Test
    void optionsOfThePoolAndItsConnectionsAreRefusedAtOnce() {
        DataSource unused = new Named("unused", null);
        Map<String, Function<Ormdantic.Builder, Ormdantic.Builder>> options = Map.of(
                "poolSize", b -> b.poolSize(3),
                "connectionTimeout", b -> b.connectionTimeout(Duration.ofSeconds(3)),
                "credentials", b -> b.credentials("app", "s3cret"),
                "busyTimeout", b -> b.busyTimeout(Duration.ofSeconds(3)),
                "sqliteJournalMode", b -> b.sqliteJournalMode("WAL"),
                "hikari", b -> b.hikari(config -> {}));
        options.forEach((name, option) -> {
            ConfigurationException e = assertThrows(
                    ConfigurationException.class, () -> option.apply(Ormdantic.builder(unused, DialectId.SQLITE)));
            assertEquals(ErrorCode.OPTION_NOT_APPLICABLE, e.code(), name);
            assertTrue(
                    e.getMessage()
                            .contains("option " + name + " does not apply to a database opened on the application's"
                                    + " DataSource " + Named.class.getName()),
                    e.getMessage());
            assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        });
        // what is Ormdantic's own work applies: nothing is refused, nothing borrowed before open()
        Ormdantic.builder(unused, DialectId.SQLITE)
                .tables(FlavorTable.TABLE)
                .queryTimeout(Duration.ofSeconds(5))
                .sqliteThreads(2)
                .streamLeakThreshold(Duration.ZERO);
    }

    @Test
    void theDataSourcesToStringIsNeverShown() {
        try (HikariDataSource pool = application("secret.db", config -> {})) {
            DataSource named = new Named("jdbc:postgresql://db/app?user=app&password=hunter2", pool);
            ConfigurationException mismatch = assertThrows(
                    ConfigurationException.class,
                    () -> Ormdantic.builder(named, DialectId.MYSQL).open());
            assertFalse(mismatch.getMessage().contains("hunter2"), mismatch.getMessage());
            assertTrue(mismatch.getMessage().contains("DataSource " + Named.class.getName()), mismatch.getMessage());
            var builder = Ormdantic.builder(named, DialectId.SQLITE).tables(FlavorTable.TABLE);
            assertFalse(builder.toString().contains("hunter2"), builder.toString());
            Ormdantic db = builder.open();
            assertFalse(db.toString().contains("hunter2"), db.toString());
            db.close();
            var closed =
                    assertThrows(dev.ormdantic.error.ClosedException.class, () -> db.blockingTable(FlavorTable.TABLE));
            assertFalse(closed.getMessage().contains("hunter2"), closed.getMessage());
        }
    }

    @Test
    void theHikariHookRunsAfterOrmdanticsSettingsAndReachesTheDriver() throws SQLException {
        List<String> seen = new ArrayList<>();
        try (Ormdantic db = Ormdantic.builder("sqlite:" + dir.resolve("hook.db"))
                        .poolSize(2)
                        .busyTimeout(Duration.ofMillis(1500))
                        .hikari(config -> {
                            seen.add(config.getPoolName() + " size=" + config.getMaximumPoolSize() + " busy="
                                    + config.getDataSourceProperties().getProperty("busy_timeout"));
                            config.addDataSourceProperty("busy_timeout", "2500");
                        })
                        .hikari(config -> config.setConnectionInitSql("PRAGMA cache_size = -4321"))
                        .open();
                Connection connection = db.database().pool().getConnection()) {
            assertEquals(1, seen.size());
            assertTrue(seen.get(0).matches("ormdantic-sqlite-\\d+ size=2 busy=1500"), seen.get(0));
            assertEquals("2500", query(connection, "PRAGMA busy_timeout"));
            assertEquals("-4321", query(connection, "PRAGMA cache_size"));
            assertEquals("1", query(connection, "PRAGMA foreign_keys"), "Ormdantic's own properties stay");
        }
    }

    @Test
    void theHikariHookMayNotChangeWhatTheUrlAndTheBuilderSet() {
        Map<String, Consumer<HikariConfig>> changes = Map.of(
                "jdbcUrl", config -> config.setJdbcUrl("jdbc:sqlite:" + dir.resolve("elsewhere.db")),
                "dataSource", config -> config.setDataSource(new Named("other", null)),
                "username", config -> config.setUsername("app"),
                "the data source property password", config -> config.addDataSourceProperty("password", "hunter2"),
                "autoCommit", config -> config.setAutoCommit(false),
                "maximumPoolSize", config -> config.setMaximumPoolSize(7),
                "connectionTimeout", config -> config.setConnectionTimeout(1234));
        changes.forEach((setting, change) -> {
            ConfigurationException e = assertThrows(
                    ConfigurationException.class,
                    () -> Ormdantic.builder("sqlite:" + dir.resolve("owned.db"))
                            .hikari(change)
                            .open());
            assertEquals(ErrorCode.OPTION_NOT_APPLICABLE, e.code(), setting);
            assertTrue(e.getMessage().contains("hikari(...) changed " + setting + ","), e.getMessage());
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        });
        ConfigurationException size = assertThrows(
                ConfigurationException.class,
                () -> Ormdantic.builder("sqlite:" + dir.resolve("owned.db"))
                        .hikari(config -> config.setMaximumPoolSize(7))
                        .open());
        assertTrue(size.getMessage().contains("set it with poolSize(...) on the builder"), size.getMessage());
        ConfigurationException refused = assertThrows(
                ConfigurationException.class,
                () -> Ormdantic.builder("sqlite:" + dir.resolve("owned.db"))
                        .hikari(config -> config.setIdleTimeout(-1))
                        .open());
        assertEquals(ErrorCode.OPTION_OUT_OF_RANGE, refused.code());
        assertTrue(refused.getMessage().contains("the HikariCP settings of hikari(...) failed"), refused.getMessage());
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    /** A DataSource whose {@code toString()} is given, delegating to another (or to nothing). */
    private static final class Named implements DataSource {
        private final String name;
        private final @Nullable DataSource target;

        Named(String name, @Nullable DataSource target) {
            this.name = name;
            this.target = target;
        }

        private DataSource target() throws SQLException {
            if (target == null) {
                throw new SQLException("no database behind " + name);
            }
            return target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return target().getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return target().getConnection(user, password);
        }

        @Override
        public @Nullable PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(@Nullable PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return target().unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return target != null && target.isWrapperFor(type);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
