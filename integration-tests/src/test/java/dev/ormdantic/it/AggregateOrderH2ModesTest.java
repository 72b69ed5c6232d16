package dev.ormdantic.it;

import static dev.ormdantic.it.model.SnackTable.NAME;
import static dev.ormdantic.it.model.SnackTable.STARS;
import static dev.ormdantic.query.Aggregates.count;
import static dev.ormdantic.query.Aggregates.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.DynamicSql;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.it.model.Snack;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
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
 * SQL Server's and Oracle's rendering of {@code orderByDesc(sum(...)).nullsLast()} and {@code having(count().ge(2L))},
 * run in H2's {@code MODE=MSSQLServer} (the {@code CASE WHEN ... IS NULL} emulation) and {@code MODE=Oracle}
 * ({@code NULLS LAST}) on rows with a {@code NULL} sum.
 */
class AggregateOrderH2ModesTest {

    private static final SnackTable SNACKS = SnackTable.TABLE;

    @ParameterizedTest
    @CsvSource({"MSSQL, MSSQLServer", "ORACLE, Oracle"})
    void ordersByAnAggregateWithItsNullsLast(DialectId id, String mode) throws SQLException {
        Dialect dialect = Dialects.of(id);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=" + mode);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE \"snack\" (\"id\" BIGINT PRIMARY KEY, \"name\" VARCHAR(80) NOT NULL,"
                    + " \"stars\" INT, \"price\" INT NOT NULL, \"cost\" INT NOT NULL, \"note\" VARCHAR(80))");
            statement.execute("INSERT INTO \"snack\" VALUES (1, 'alpha', 2, 1, 1, NULL), (2, 'alpha', 3, 1, 1, NULL),"
                    + " (3, 'bravo', NULL, 1, 1, NULL), (4, 'bravo', NULL, 1, 1, NULL), (5, 'charlie', 4, 1, 1, NULL),"
                    + " (6, 'delta', NULL, 1, 1, NULL), (7, 'delta', 1, 1, 1, NULL)");
            Query<Snack> byName = Query.from(SNACKS)
                    .select(NAME.as("name"), sum(STARS).as("total"))
                    .groupBy(NAME);
            assertEquals(
                    List.of("alpha", "charlie", "delta", "bravo"),
                    names(
                            connection,
                            dialect,
                            byName.orderBy(OrderBy.desc(sum(STARS)).nullsLast())));
            assertEquals(
                    List.of("bravo", "delta", "charlie", "alpha"),
                    names(
                            connection,
                            dialect,
                            byName.orderBy(OrderBy.asc(sum(STARS)).nullsFirst())));
            assertEquals(
                    List.of("delta", "alpha", "bravo"),
                    names(
                            connection,
                            dialect,
                            byName.having(count().ge(2L))
                                    .orderBy(OrderBy.asc(sum(STARS)).nullsLast())));
        }
    }

    private static List<String> names(Connection connection, Dialect dialect, Query<Snack> query) throws SQLException {
        RenderedSql rendered = DynamicSql.select(dialect, QueryTrees.select(query));
        try (PreparedStatement statement = connection.prepareStatement(rendered.sql())) {
            for (int i = 0; i < rendered.params().size(); i++) {
                statement.setObject(
                        i + 1,
                        DynamicSql.bindable(dialect, rendered.params().get(i)).value());
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }
}
