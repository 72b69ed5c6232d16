package dev.ormdantic.it;

import static dev.ormdantic.it.model.FlavorTable.ID;
import static dev.ormdantic.it.model.FlavorTable.RATING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.DynamicSql;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.RowLock;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SQL Server's and Oracle's row locks, rendered as {@code findMany}, {@code findOne} and a projection query render
 * them, run on two connections of one H2 database in {@code MODE=MSSQLServer} and {@code MODE=Oracle}. H2 in Oracle
 * mode takes the locks as Oracle does: {@code SKIP LOCKED} leaves out the rows the other connection holds, and
 * {@code NOWAIT} fails on them at once. In SQL Server mode H2 parses the table hints and ignores them, so there only
 * the syntax and the rows are checked; the spelling is pinned by the goldens.
 */
class RowLockH2ModesTest {

    private static final FlavorTable FLAVORS = FlavorTable.TABLE;
    private static final Expr.Column ID_COLUMN = new Expr.Column("id");
    private static final Expr.Column RATING_COLUMN = new Expr.Column("rating");
    private static final ColumnType RATING_TYPE = Columns.spec(RATING).type();

    private static LockClause clause(RowLock lock) {
        return QueryTrees.access().lock(lock);
    }

    @ParameterizedTest
    @CsvSource({"MSSQL, MSSQLServer", "ORACLE, Oracle"})
    void locksRowsAsTheDatabaseWould(DialectId id, String mode) throws SQLException {
        Dialect dialect = Dialects.of(id);
        boolean honoured = id == DialectId.ORACLE;
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=" + mode + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=2000";
        try (Connection first = DriverManager.getConnection(url);
                Connection second = DriverManager.getConnection(url)) {
            if (id == DialectId.MSSQL) {
                H2Functions.register(first); // the key comparison of findOne uses DATALENGTH
            }
            try (Statement statement = first.createStatement()) {
                statement.execute("CREATE TABLE \"flavor\" (\"id\" VARCHAR(255) PRIMARY KEY,"
                        + " \"name\" VARCHAR(80) NOT NULL, \"rating\" INT NOT NULL)");
                statement.execute("INSERT INTO \"flavor\" VALUES ('a', 'Apple', 0), ('b', 'Banana', 0),"
                        + " ('c', 'Cherry', 0), ('d', 'Date', 5)");
            }
            first.setAutoCommit(false);
            second.setAutoCommit(false);

            // findOne(key, forUpdate()) on the first connection holds row a.
            String byKey = DynamicSql.selectByKey(dialect, FLAVORS.spec(), clause(RowLock.forUpdate()));
            assertEquals(List.of("a"), ids(first, new RenderedSql(byKey, List.of()), "a"));

            // findMany(RATING.eq(0), asc(ID), Slice.all(), forUpdate().skipLocked()) on the second takes the others.
            RenderedSql queued = DynamicSql.selectSorted(
                    dialect,
                    FLAVORS.spec(),
                    new Expr.Compare(RATING_COLUMN, Expr.CompareOp.EQ, new Expr.Param(0, RATING_TYPE)),
                    List.of(new SortItem(ID_COLUMN, false, OrderItem.Nulls.DEFAULT)),
                    null,
                    null,
                    clause(RowLock.forUpdate().skipLocked()));
            assertEquals(honoured ? List.of("b", "c") : List.of("a", "b", "c"), ids(second, queued));

            // A projection query with NOWAIT on the held row fails at once where locks are honoured.
            Query<Flavor> nowait = Query.from(FLAVORS)
                    .where(ID.eq("a"))
                    .orderBy(OrderBy.asc(ID))
                    .select(ID.as("id"));
            RenderedSql projected = DynamicSql.select(
                    dialect,
                    QueryTrees.select(nowait),
                    FLAVORS.spec(),
                    clause(RowLock.forUpdate().noWait()));
            if (honoured) {
                SQLException e = assertThrows(SQLException.class, () -> ids(second, projected));
                assertTrue(String.valueOf(e.getMessage()).contains("Timeout trying to lock table"), e.getMessage());
                second.rollback();
            } else {
                assertEquals(List.of("a"), ids(second, projected));
            }
            first.commit();
            // Once the first has committed, the row is free for the second.
            assertEquals(List.of("a"), ids(second, projected));
            second.commit();
        }
    }

    private static List<String> ids(Connection connection, RenderedSql query, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            int index = 1;
            for (Expr.Param param : query.params()) {
                statement.setObject(index++, param.value());
            }
            for (Object value : values) {
                statement.setObject(index++, value);
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }
}
