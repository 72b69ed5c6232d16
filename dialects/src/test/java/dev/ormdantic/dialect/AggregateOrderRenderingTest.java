package dev.ormdantic.dialect;

import static dev.ormdantic.dialect.SqlGoldens.assertGolden;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Expr.CompareOp;
import dev.ormdantic.dialect.sql.OrderItem.Nulls;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A grouped query ordered by aggregates with {@code NULLS FIRST/LAST}, as {@code Query.orderByDesc(sum(TOTAL))
 * .nullsLast()} builds it: the clause where the database has it, a leading {@code CASE WHEN ... IS NULL} term where
 * it does not, with the aggregate repeated in the term.
 */
class AggregateOrderRenderingTest {

    private static final Expr.Column NAME = new Expr.Column("name");
    private static final Expr.Column TOTAL = new Expr.Column("total");

    static List<Dialect> dialects() {
        return Dialects.all();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void ordersByAggregatesWithNullPlacement(Dialect dialect) {
        Expr sum = new Expr.AggregateCall(Expr.Aggregate.SUM, TOTAL, false);
        Expr count = new Expr.AggregateCall(Expr.Aggregate.COUNT, null, false);
        Select select = new Select(
                List.of(),
                false,
                List.of(new Projection(NAME, "name"), new Projection(sum, "total")),
                "invoice",
                null,
                null,
                List.of(NAME),
                new Expr.Compare(count, CompareOp.GE, new Expr.Param(2L, ColumnType.of(Kind.LONG))),
                List.of(
                        new SortItem(sum, true, Nulls.LAST),
                        new SortItem(count, false, Nulls.FIRST),
                        new SortItem(NAME, true, Nulls.DEFAULT)),
                0,
                0);
        Select ascending = new Select(
                List.of(),
                false,
                List.of(new Projection(NAME, "name"), new Projection(sum, "total")),
                "invoice",
                null,
                null,
                List.of(NAME),
                null,
                List.of(new SortItem(sum, false, Nulls.LAST)),
                0,
                0);
        String text = String.join(
                "\n",
                "-- having count, order by sum desc nulls last, count asc nulls first, name desc",
                describe(DynamicSql.select(dialect, select)),
                "-- order by sum asc nulls last",
                describe(DynamicSql.select(dialect, ascending)));
        assertGolden("ql_aggregate_order_nulls", dialect, text);
    }

    private static String describe(RenderedSql rendered) {
        List<String> params = new ArrayList<>();
        for (Expr.Param param : rendered.params()) {
            params.add(param.type().kind() + ":" + param.value());
        }
        return rendered.sql() + "\n-- params: " + params;
    }
}
