package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.it.model.InvoiceTable;
import dev.ormdantic.it.model.OrderLineTable;
import dev.ormdantic.it.model.TicketTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The key and generated-column statements of SQL Server and Oracle that H2 accepts in {@code MODE=MSSQLServer} and
 * {@code MODE=Oracle}, executed there (the DDL without its idempotence guard, as in {@link H2ModesTest}). H2 has no
 * {@code OUTPUT INSERTED}, no {@code IDENTITY(1,1)} upsert under {@code IDENTITY_INSERT} and no identity
 * {@code ON NULL}, so those are pinned by the goldens only.
 */
class KeysH2ModesTest {

    private static Connection h2(String mode) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=" + mode);
    }

    private static String unguardedMssql(String guarded) {
        return guarded.substring(guarded.indexOf("CREATE "));
    }

    private static String unguardedOracle(String block) {
        int start = block.indexOf('\'') + 1;
        int end = block.lastIndexOf("'; EXCEPTION");
        return block.substring(start, end).replace("''", "'");
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Oracle's insert of a table with generated columns, one row per statement, keys read back by column name. */
    private static List<String> insertReturning(Connection connection, String sql, List<String> columns, String value)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql, columns.toArray(String[]::new))) {
            ps.setString(1, value);
            assertEquals(1, ps.executeUpdate());
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                assertTrue(rs.next(), "the generated values come back");
                for (int i = 1; i <= columns.size(); i++) {
                    keys.add(rs.getString(i));
                }
            }
            return keys;
        }
    }

    @Test
    void oracleIdentityAndDefaultsComeBackThroughTheDriver() throws SQLException {
        TableStatements s = TicketTable.TABLE.statements(DialectId.ORACLE);
        try (Connection connection = h2("Oracle")) {
            // H2 has no ON NULL in an identity clause; the rest of the column definition runs as rendered.
            execute(
                    connection,
                    s.createTable().stream()
                            .map(KeysH2ModesTest::unguardedOracle)
                            .map(sql -> sql.replace("BY DEFAULT ON NULL AS IDENTITY", "BY DEFAULT AS IDENTITY"))
                            .toList());
            String insert = s.insert().render(1);
            assertEquals("INSERT INTO \"ticket\" (\"title\") VALUES (?)", insert);

            List<String> first = insertReturning(connection, insert, List.of("id", "status", "created_at"), "a");
            List<String> second = insertReturning(connection, insert, List.of("id", "status", "created_at"), "b");

            assertEquals(List.of("1", "open"), first.subList(0, 2));
            assertEquals(List.of("2", "open"), second.subList(0, 2));
            assertTrue(first.get(2) != null && !first.get(2).isEmpty(), "created_at is filled");
        }
    }

    @Test
    void oracleSequenceIsCreatedUsedAndDropped() throws SQLException {
        TableStatements s = InvoiceTable.TABLE.statements(DialectId.ORACLE);
        try (Connection connection = h2("Oracle")) {
            execute(
                    connection,
                    s.createTable().stream()
                            .map(KeysH2ModesTest::unguardedOracle)
                            .toList());
            String insert = s.insert().render(1);

            assertEquals(List.of("1000"), insertReturning(connection, insert, List.of("number"), "acme"));
            assertEquals(List.of("1005"), insertReturning(connection, insert, List.of("number"), "globex"));

            // H2 has no PURGE, so the table goes with a plain DROP; the sequence's own drop runs as rendered.
            execute(connection, List.of("DROP TABLE \"invoice\""));
            execute(
                    connection,
                    s.dropAfterTable().stream()
                            .map(KeysH2ModesTest::unguardedOracle)
                            .toList());
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'invoice_number_seq'")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1), "the sequence was dropped after the table");
            }
        }
    }

    @Test
    void mssqlCompositeKeyCreatesAndMerges() throws SQLException {
        TableStatements s = OrderLineTable.TABLE.statements(DialectId.MSSQL);
        try (Connection connection = h2("MSSQLServer")) {
            H2Functions.register(connection);
            execute(
                    connection,
                    s.createTable().stream()
                            .map(KeysH2ModesTest::unguardedMssql)
                            .toList());
            try (PreparedStatement ps = connection.prepareStatement(s.insert().render(2))) {
                Object[] values = {"o1", 1, "tea", 2, "o1", 2, "cake", 1};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                assertEquals(2, ps.executeUpdate());
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    H2ModesTest.withoutHoldlock(s.upsert().render(2)))) {
                Object[] values = {"o1", 2, "scone", 4, "o2", 1, "tea", 1};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.executeUpdate();
            }
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT [order_id], [line], [product], [quantity] FROM [order_line] ORDER BY 1, 2")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getInt(4));
                }
            }
            assertEquals(List.of("o1|1|tea|2", "o1|2|scone|4", "o2|1|tea|1"), rows);
            // the key predicate binds each key column once, the text one through its one-row subquery
            try (PreparedStatement ps = connection.prepareStatement(s.deleteByKey())) {
                ps.setString(1, "o2");
                ps.setInt(2, 1);
                assertEquals(1, ps.executeUpdate());
            }
        }
    }
}
