package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.it.model.Label;
import dev.ormdantic.it.model.LabelTable;
import dev.ormdantic.it.model.Snack;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.it.model.Topic;
import dev.ormdantic.it.model.TopicTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.function.Executable;

/**
 * Plan T8 on MySQL and MariaDB: the session settings under which the server would store a write changed are refused
 * when the database is opened, before anything is written. A character set other than {@code utf8mb4} (an emoji would
 * become {@code '?'}) is {@code ORM2016}; a {@code sql_mode} without strict mode (a too-long string cut, an
 * out-of-range number clamped, each with only a warning) is {@code ORM2017}. In the default strict session, values the
 * library cannot check up front because they only break a column made by hand are refused by the server with a coded
 * error, and the table is unchanged. The tables Ormdantic creates are {@code utf8mb4} whatever the database's
 * default character set.
 */
@Tag("reliability")
class SessionSettingsTest {

    /** Columns narrower than the records: made by hand, so only the server can refuse what does not fit. */
    private static void narrowTables(TestDatabase database) throws SQLException {
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE label (id BIGINT PRIMARY KEY, name VARCHAR(3) NOT NULL)"
                    + " DEFAULT CHARSET=utf8mb4");
            statement.execute("CREATE TABLE snack (id BIGINT PRIMARY KEY, name VARCHAR(80) NOT NULL, stars INT,"
                    + " price TINYINT NOT NULL, cost INT NOT NULL, note TEXT) DEFAULT CHARSET=utf8mb4");
        }
    }

    private static void requireMysqlFamily(TestDatabase database) {
        Assumptions.assumeTrue(
                database.backend() == Backend.MARIADB || database.backend() == Backend.MYSQL,
                "session character sets and sql_mode are MySQL and MariaDB settings");
    }

    private static String withQuery(String url, String option) {
        return url + (url.contains("?") ? "&" : "?") + option;
    }

    /**
     * A URL option that makes the session's character set another than utf8mb4, as each driver allows: MySQL
     * Connector/J's latin1; MariaDB Connector/J closes a connection changed to latin1 (ORM2402) but keeps one changed
     * to utf8mb3, which has no emoji.
     */
    private static String otherCharset(Backend backend) {
        return backend == Backend.MYSQL
                ? "characterEncoding=ISO-8859-1"
                : "sessionVariables=character_set_client=utf8mb3";
    }

    private static String charsetName(Backend backend) {
        return backend == Backend.MYSQL ? "'latin1', not utf8mb4" : "'utf8mb3', not utf8mb4";
    }

    private static ConfigurationException refusedOpen(Executable open, ErrorCode code, String... fragments) {
        ConfigurationException e = assertThrows(ConfigurationException.class, open);
        assertEquals(code, e.code(), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), e.getMessage());
        }
        assertFalse(e.retryable());
        return e;
    }

    @BackendTest
    void aSessionThatIsNotUtf8mb4IsRefusedAtOpen(TestDatabase database) throws SQLException {
        requireMysqlFamily(database);
        narrowTables(database);
        String url = withQuery(database.url(), otherCharset(database.backend()));
        refusedOpen(
                () -> Ormdantic.builder(url).tables(LabelTable.TABLE).open().close(),
                ErrorCode.CHARSET_NOT_UTF8MB4,
                "character_set_",
                charsetName(database.backend()),
                "characterEncoding");
        try (HikariDataSource pool = ApplicationDataSources.hikari(database, config -> {
            if (database.backend() == Backend.MYSQL) {
                config.addDataSourceProperty("characterEncoding", "ISO-8859-1");
            } else {
                config.addDataSourceProperty("sessionVariables", "character_set_results=utf8mb3");
            }
        })) {
            refusedOpen(
                    () -> Ormdantic.builder(pool, ApplicationDataSources.dialect(database.backend()))
                            .tables(LabelTable.TABLE)
                            .open()
                            .close(),
                    ErrorCode.CHARSET_NOT_UTF8MB4,
                    charsetName(database.backend()));
        }
        assertEquals(0, rows(database, "label"), "nothing was written");
    }

    @BackendTest
    void aSessionOutsideStrictModeIsRefusedAtOpen(TestDatabase database) throws SQLException {
        requireMysqlFamily(database);
        narrowTables(database);
        // MySQL Connector/J adds STRICT_TRANS_TABLES to any sql_mode by itself unless jdbcCompliantTruncation=false
        boolean connectorJ = database.backend() == Backend.MYSQL;
        String url = withQuery(
                database.url(),
                (connectorJ ? "jdbcCompliantTruncation=false&" : "")
                        + "sessionVariables=sql_mode=NO_ENGINE_SUBSTITUTION");
        refusedOpen(
                () -> Ormdantic.builder(url)
                        .tables(LabelTable.TABLE, SnackTable.TABLE)
                        .open()
                        .close(),
                ErrorCode.SQL_MODE_NOT_STRICT,
                "sql_mode is 'NO_ENGINE_SUBSTITUTION'",
                "STRICT_ALL_TABLES");
        try (HikariDataSource pool = ApplicationDataSources.hikari(database, config -> {
            config.addDataSourceProperty("sessionVariables", "sql_mode=ANSI");
            if (connectorJ) {
                config.addDataSourceProperty("jdbcCompliantTruncation", "false");
            }
        })) {
            refusedOpen(
                    () -> Ormdantic.builder(pool, ApplicationDataSources.dialect(database.backend()))
                            .tables(LabelTable.TABLE)
                            .open()
                            .close(),
                    ErrorCode.SQL_MODE_NOT_STRICT,
                    "ANSI");
        }
        if (connectorJ) {
            // by default Connector/J makes the same session strict, which is accepted
            String fixed = withQuery(database.url(), "sessionVariables=sql_mode=NO_ENGINE_SUBSTITUTION");
            try (Ormdantic db =
                    Ormdantic.builder(fixed).tables(LabelTable.TABLE).open()) {
                assertServerRefuses(() -> db.blockingTable(LabelTable.TABLE).insert(new Label(1, "four")));
            }
        }
        // strict mode added to the user's own modes is accepted, and holds: the too-long name is refused
        String strict = withQuery(database.url(), "sessionVariables=sql_mode='ANSI_QUOTES,STRICT_ALL_TABLES'");
        try (Ormdantic db = Ormdantic.builder(strict).tables(LabelTable.TABLE).open()) {
            assertServerRefuses(() -> db.blockingTable(LabelTable.TABLE).insert(new Label(1, "four")));
        }
        assertEquals(0, rows(database, "label"), "nothing was written");
    }

    @BackendTest
    void valuesBeyondAHandMadeColumnAreRefusedByTheStrictSession(TestDatabase database) throws SQLException {
        requireMysqlFamily(database);
        narrowTables(database);
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(LabelTable.TABLE, SnackTable.TABLE)
                .open()) {
            BlockingTableHandle<Label, Long> labels = db.blockingTable(LabelTable.TABLE);
            BlockingTableHandle<Snack, Long> snacks = db.blockingTable(SnackTable.TABLE);
            labels.insert(new Label(1, "abc"));
            snacks.insert(new Snack(1, "crisps", null, 100, 1, null));
            List<String> codes = new ArrayList<>();
            codes.add(assertServerRefuses(() -> labels.insert(new Label(2, "abcd"))));
            codes.add(assertServerRefuses(() -> labels.update(new Label(1, "🌍🌍🌍🌍"))));
            codes.add(assertServerRefuses(() -> snacks.insert(new Snack(2, "cake", null, 128, 1, null))));
            codes.add(assertServerRefuses(() -> snacks.update(new Snack(1, "crisps", null, -129, 1, null))));
            assertEquals(
                    List.of("abc"),
                    labels.findMany().data().stream().map(Label::name).toList());
            assertEquals(
                    List.of(100),
                    snacks.findMany().data().stream().map(Snack::price).toList());
            assertEquals(List.of("ORM2105", "ORM2105", "ORM2105", "ORM2105"), codes);
        }
    }

    @BackendTest
    void tablesItCreatesAreUtf8mb4EvenInALatin1Database(TestDatabase database) throws SQLException {
        requireMysqlFamily(database);
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE `" + connection.getCatalog() + "` CHARACTER SET latin1");
        }
        BlockingTableHandle<Topic, String> topics = database.db().blockingTable(TopicTable.TABLE);
        List<String> other = new ArrayList<>();
        int columns = 0;
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME"
                        + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND CHARACTER_SET_NAME IS NOT NULL")) {
            while (rs.next()) {
                columns++;
                if (!"utf8mb4".equals(rs.getString(3))) {
                    other.add(rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        assertTrue(columns > 20, columns + " text columns");
        assertEquals(List.of(), other);
        topics.insert(new Topic("🌍", "👩‍👩‍👧 𝄞"));
        assertEquals("👩‍👩‍👧 𝄞", topics.findOne("🌍").orElseThrow().text());
    }

    /** The server refused the write with a coded, non-retryable error: returns the code. */
    private static String assertServerRefuses(Executable write) {
        OrmdanticException e = assertThrows(OrmdanticException.class, write);
        assertFalse(e.retryable(), e.getMessage());
        return e.code().id();
    }

    private static long rows(TestDatabase database, String table) throws SQLException {
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
