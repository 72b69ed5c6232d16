package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.support.Columns;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * SQL Server's and Oracle's statements cannot run against their servers here, so those H2 accepts in its
 * {@code MODE=MSSQLServer} and {@code MODE=Oracle} are executed there, with their results checked. H2 is a weak
 * stand-in (it accepts more than the real servers), so this complements the SQL goldens; it does not replace them.
 * What H2 cannot run is named here too: the idempotent-DDL guards (a catalog check, a PL/SQL block), Oracle's
 * {@code INSERT ALL} and SQL Server's {@code WITH (HOLDLOCK)} table hint.
 */
class H2ModesTest {

    private static final FlavorTable TABLE = FlavorTable.TABLE;

    private static Connection h2(String mode) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=" + mode);
    }

    /** The CREATE TABLE inside SQL Server's {@code IF OBJECT_ID(...) IS NULL} guard. */
    private static String unguardedMssql(String guarded) {
        return guarded.substring(guarded.indexOf("CREATE "));
    }

    /** The statement inside Oracle's {@code BEGIN EXECUTE IMMEDIATE '...'; EXCEPTION ... END;} block. */
    private static String unguardedOracle(String block) {
        int start = block.indexOf('\'') + 1;
        int end = block.lastIndexOf("'; EXCEPTION");
        return block.substring(start, end).replace("''", "'");
    }

    /**
     * SQL Server's {@code MERGE} without its {@code WITH (HOLDLOCK)} hint, which H2 does not parse; the hint only
     * changes locking (two upserts of one new key), which H2 cannot show anyway.
     */
    static String withoutHoldlock(String merge) {
        assertTrue(merge.contains(" WITH (HOLDLOCK) AS target "), merge);
        return merge.replace(" WITH (HOLDLOCK) AS target ", " AS target ");
    }

    private static int run(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static List<String> rows(Connection connection, RenderedSql query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            for (int i = 0; i < query.params().size(); i++) {
                statement.setObject(i + 1, query.params().get(i).value());
            }
            return rows(statement.executeQuery());
        }
    }

    private static List<String> rows(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return rows(statement.executeQuery());
        }
    }

    private static List<String> rows(ResultSet rs) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<@Nullable String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(String.join("|", row.stream().map(String::valueOf).toList()));
            }
        }
        return rows;
    }

    /** Everything but the DDL guard, through one flow: create, insert, read, page, upsert, update, delete, count. */
    private static void exercise(Connection connection, Dialect dialect, List<String> createTable) throws SQLException {
        TableStatements s = TABLE.statements(dialect.id());
        try (Statement statement = connection.createStatement()) {
            for (String ddl : createTable) {
                statement.execute(ddl);
            }
        }
        if (dialect.id() == DialectId.MSSQL) {
            assertEquals(3, run(connection, s.insert().render(3), "a", "Apple", 3, "b", "Banana", 5, "c", "Cherry", 4));
        } else {
            for (Object[] row : List.of(
                    new Object[] {"a", "Apple", 3}, new Object[] {"b", "Banana", 5}, new Object[] {"c", "Cherry", 4})) {
                run(connection, "INSERT INTO \"flavor\" (\"id\", \"name\", \"rating\") VALUES (?, ?, ?)", row);
            }
        }
        assertEquals(List.of("b|Banana|5"), rows(connection, s.selectByKey(), "b"));
        assertEquals(3, rows(connection, s.selectAll()).size());

        RenderedSql page = dialect.select(
                TABLE.spec(),
                new Expr.Compare(
                        new Expr.Column("rating"),
                        Expr.CompareOp.GE,
                        new Expr.Param(4, Columns.spec(FlavorTable.RATING).type())),
                List.of(new OrderItem("name", true)),
                1,
                1);
        // rated 4 or more, by name descending: Cherry, Banana; the second page of one row is Banana
        assertEquals(List.of("b|Banana|5"), rows(connection, page));
        assertEquals(List.of("a|Apple|3"), rows(connection, dialect.select(TABLE.spec(), null, List.of(), 1, 0)));

        if (dialect.id() == DialectId.MSSQL) {
            // upsert of one existing and one new row through MERGE ... USING (VALUES ...); H2 has no table hints
            run(connection, withoutHoldlock(s.upsert().render(2)), "a", "Apricot", 1, "d", "Date", 2);
        } else {
            // H2 cannot type the bare parameters of Oracle's SELECT ? AS .. FROM DUAL source (Oracle can), so the
            // MERGE runs with typed parameters here; the rendered text is pinned by the goldens.
            run(
                    connection,
                    s.upsert()
                            .render(2)
                            .replace("SELECT ? AS", "SELECT CAST(? AS VARCHAR2(255)) AS")
                            .replace(", ? AS \"name\"", ", CAST(? AS VARCHAR2(80)) AS \"name\"")
                            .replace(", ? AS \"rating\"", ", CAST(? AS NUMBER(10)) AS \"rating\""),
                    "a",
                    "Apricot",
                    1,
                    "d",
                    "Date",
                    2);
        }
        assertEquals(List.of("a|Apricot|1"), rows(connection, s.selectByKey(), "a"));
        assertEquals(List.of("d|Date|2"), rows(connection, s.selectByKey(), "d"));

        assertEquals(1, run(connection, s.updateByKey(), "Avocado", 7, "a"));
        assertEquals(0, run(connection, s.updateByKey(), "Nothing", 0, "zzz"));
        assertEquals(List.of("a|Avocado|7"), rows(connection, s.selectByKey(), "a"));
        // SQL Server's key predicate binds the key once and counts its trailing spaces: 'b ' is not the row 'b'
        assertEquals(List.of(), rows(connection, s.selectByKey(), "b "));
        assertEquals(0, run(connection, s.deleteByKey(), "d "));
        assertEquals(1, run(connection, s.deleteByKey(), "d"));
        assertEquals(List.of("3"), rows(connection, s.count()));
    }

    @Test
    void sqlServerStatementsRunInH2sSqlServerMode() throws SQLException {
        Dialect dialect = Dialects.of(DialectId.MSSQL);
        TableStatements s = TABLE.statements(DialectId.MSSQL);
        try (Connection connection = h2("MSSQLServer")) {
            H2Functions.register(connection);
            assertThrows(
                    SQLException.class,
                    () -> connection.createStatement().execute(s.createTable().get(0)),
                    "H2 has no IF OBJECT_ID guard; the goldens pin it");
            exercise(
                    connection,
                    dialect,
                    s.createTable().stream()
                            .limit(1)
                            .map(H2ModesTest::unguardedMssql)
                            // H2 has no DATALENGTH; its LENGTH counts UTF-16 units as DATALENGTH / 2 does
                            .map(ddl -> ddl.replace("DATALENGTH([name]) / 2", "LENGTH([name])"))
                            .toList());
        }
    }

    @Test
    void oracleStatementsRunInH2sOracleMode() throws SQLException {
        Dialect dialect = Dialects.of(DialectId.ORACLE);
        TableStatements s = TABLE.statements(DialectId.ORACLE);
        try (Connection connection = h2("Oracle")) {
            exercise(
                    connection,
                    dialect,
                    s.createTable().stream().map(H2ModesTest::unguardedOracle).toList());
            SQLException insertAll = assertThrows(
                    SQLException.class, () -> run(connection, s.insert().render(1), "e", "Elder", 1));
            assertTrue(
                    String.valueOf(insertAll.getMessage()).contains("ALL"), "H2 has no INSERT ALL; the goldens pin it");
            assertTrue(s.insert().render(2).startsWith("INSERT ALL INTO \"flavor\""));
        }
    }
}
