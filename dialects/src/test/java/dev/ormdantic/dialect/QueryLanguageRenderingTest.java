package dev.ormdantic.dialect;

import static dev.ormdantic.dialect.SqlGoldens.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.sql.Cte;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Expr.CompareOp;
import dev.ormdantic.dialect.sql.LikeText;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.OrderItem.Nulls;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.Shape;
import dev.ormdantic.dialect.sql.SortItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every construct of the query language, rendered for all six dialects and compared with the SQL goldens. */
class QueryLanguageRenderingTest {

    private static final Expr.Column ID = new Expr.Column("id");
    private static final Expr.Column NAME = new Expr.Column("name");
    private static final Expr.Column RATING = new Expr.Column("rating");
    private static final ColumnType TEXT = ColumnType.string(80);
    private static final ColumnType INT = ColumnType.of(Kind.INT);

    static List<Dialect> dialects() {
        return Dialects.all();
    }

    private static Expr.Param text(String value) {
        return new Expr.Param(value, TEXT);
    }

    private static Expr.Param integer(int value) {
        return new Expr.Param(value, INT);
    }

    private static Expr.Param search(String value, LikeText.Match match) {
        return new Expr.Param(new LikeText(value, match), TEXT);
    }

    /** The SQL, then the parameters as the dialect binds them (escaped patterns included). */
    private static String describe(Dialect dialect, RenderedSql rendered) {
        List<String> params = new ArrayList<>();
        for (Expr.Param param : rendered.params()) {
            Expr.Param bound = DynamicSql.bindable(dialect, param);
            params.add(bound.type().kind() + ":" + bound.value());
        }
        return rendered.sql() + "\n-- params: " + params;
    }

    /** Every typed filter operator the column constants build. */
    static Expr everyFilter() {
        return new Expr.And(List.of(
                new Expr.Between(RATING, integer(1), integer(5), false),
                new Expr.Between(RATING, integer(7), integer(9), true),
                new Expr.Compare(
                        new Expr.Arithmetic(RATING, Expr.ArithmeticOp.PLUS, integer(1)), CompareOp.GT, integer(3)),
                new Expr.Compare(
                        new Expr.Arithmetic(RATING, Expr.ArithmeticOp.TIMES, integer(-2)), CompareOp.LE, RATING),
                new Expr.Compare(NAME, CompareOp.NE, ID),
                new Expr.Like(NAME, search("50%_off!", LikeText.Match.CONTAINS), false, false, true),
                new Expr.Like(NAME, search("[Van", LikeText.Match.STARTS_WITH), false, true, true),
                new Expr.Like(NAME, search("illa", LikeText.Match.ENDS_WITH), true, true, true),
                new Expr.Compare(
                        new Expr.Call(Expr.Function.LOWER, List.of(NAME)),
                        CompareOp.EQ,
                        new Expr.Call(Expr.Function.LOWER, List.of(text("VANILLA")))),
                new Expr.Compare(new Expr.Call(Expr.Function.ABS, List.of(RATING)), CompareOp.LT, integer(10)),
                new Expr.In(ID, List.of(), false),
                new Expr.Or(List.of(new Expr.In(ID, List.of(), true), new Expr.Not(new Expr.IsNull(NAME, false))))));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void typedFilters(Dialect dialect) {
        RenderedSql select = dialect.select(Fixtures.FLAVOR, everyFilter(), List.of(), 0, 0);
        assertGolden("ql_filters", dialect, describe(dialect, select));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void orderingWithNullsAndPages(Dialect dialect) {
        List<OrderItem> order = List.of(
                new OrderItem("name", false, Nulls.FIRST),
                new OrderItem("rating", true, Nulls.LAST),
                new OrderItem("id", false, Nulls.DEFAULT));
        String text = String.join(
                "\n",
                "-- nulls first and last, a page",
                describe(dialect, dialect.select(Fixtures.FLAVOR, null, order, 10, 20)),
                "-- page bound as parameters",
                describe(
                        dialect,
                        DynamicSql.select(
                                dialect,
                                Fixtures.FLAVOR,
                                new Expr.Compare(RATING, CompareOp.GE, integer(4)),
                                List.of(new OrderItem("rating", true, Nulls.FIRST)),
                                new Expr.Param(5L, ColumnType.of(Kind.LONG)),
                                null)));
        assertGolden("ql_order_nulls", dialect, text);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void setBasedWrites(Dialect dialect) {
        Map<String, Expr> set = new LinkedHashMap<>();
        set.put("rating", new Expr.Arithmetic(RATING, Expr.ArithmeticOp.PLUS, integer(1)));
        set.put("name", text("Renamed"));
        String text = String.join(
                "\n",
                "-- updateWhere",
                describe(
                        dialect,
                        DynamicSql.update(
                                dialect, Fixtures.FLAVOR, set, new Expr.Compare(RATING, CompareOp.LT, integer(3)))),
                "-- deleteWhere",
                describe(
                        dialect,
                        DynamicSql.delete(
                                dialect,
                                Fixtures.FLAVOR,
                                new Expr.Like(NAME, search("tmp_", LikeText.Match.STARTS_WITH), false, false, true))));
        assertGolden("ql_update_delete", dialect, text);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void projections(Dialect dialect) {
        Expr count = new Expr.AggregateCall(Expr.Aggregate.COUNT, null, false);
        Select grouped = new Select(
                List.of(),
                false,
                List.of(
                        new Projection(NAME, null),
                        new Projection(count, "n"),
                        new Projection(new Expr.AggregateCall(Expr.Aggregate.SUM, RATING, false), "total"),
                        new Projection(new Expr.AggregateCall(Expr.Aggregate.AVG, RATING, false), "mean"),
                        new Projection(new Expr.AggregateCall(Expr.Aggregate.MIN, RATING, false), "low"),
                        new Projection(new Expr.AggregateCall(Expr.Aggregate.MAX, RATING, false), "high"),
                        new Projection(new Expr.AggregateCall(Expr.Aggregate.COUNT, ID, true), "ids")),
                "flavor",
                null,
                new Expr.Compare(RATING, CompareOp.GT, integer(0)),
                List.of(NAME),
                new Expr.Compare(count, CompareOp.GE, integer(2)),
                List.of(new SortItem(count, true, Nulls.DEFAULT)),
                3,
                0);
        Select computed = new Select(
                List.of(),
                true,
                List.of(
                        new Projection(
                                new Expr.Case(
                                        List.of(
                                                new Expr.When(
                                                        new Expr.Compare(RATING, CompareOp.GE, integer(4)),
                                                        new Expr.Literal("good")),
                                                new Expr.When(
                                                        new Expr.Compare(RATING, CompareOp.GE, integer(2)),
                                                        new Expr.Literal("it's ok \\ fine"))),
                                        new Expr.Literal("bad")),
                                "verdict"),
                        new Projection(new Expr.Cast(RATING, ColumnType.string(10)), "rating_text"),
                        new Projection(new Expr.Cast(NAME, ColumnType.decimal(8, 2)), "as_decimal"),
                        new Projection(new Expr.Literal(true), "yes"),
                        new Projection(new Expr.Literal(-5), "minus_five"),
                        new Projection(new Expr.Literal(new BigDecimal("2.50")), "price"),
                        new Projection(new Expr.Literal(null), "nothing")),
                "flavor",
                null,
                null,
                List.of(),
                null,
                List.of(),
                0,
                0);
        Select windowed = Select.of(
                "flavor",
                List.of(
                        new Projection(ID, null),
                        new Projection(
                                new Expr.Window(
                                        new Expr.RankingCall(Expr.Ranking.ROW_NUMBER),
                                        List.of(NAME),
                                        List.of(new SortItem(RATING, true, Nulls.LAST))),
                                "position"),
                        new Projection(
                                new Expr.Window(
                                        new Expr.AggregateCall(Expr.Aggregate.SUM, RATING, false),
                                        List.of(),
                                        List.of(new SortItem(ID, false, Nulls.DEFAULT))),
                                "running"),
                        new Projection(
                                new Expr.Window(
                                        new Expr.RankingCall(Expr.Ranking.DENSE_RANK), List.of(NAME), List.of()),
                                "ranked")));
        String text = String.join(
                "\n",
                "-- aggregates, group by, having, order, limit",
                describe(dialect, DynamicSql.select(dialect, grouped)),
                "-- distinct, case, cast, literals",
                describe(dialect, DynamicSql.select(dialect, computed)),
                "-- window functions",
                describe(dialect, DynamicSql.select(dialect, windowed)));
        assertGolden("ql_projections", dialect, text);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void subqueriesCtesAndRaw(Dialect dialect) {
        Expr.Column outerId = new Expr.Column("id", "f");
        Select correlated = new Select(
                List.of(),
                false,
                List.of(new Projection(new Expr.Literal(1), null)),
                "coffee_flavor",
                "c",
                new Expr.Compare(new Expr.Column("code", "c"), CompareOp.EQ, outerId),
                List.of(),
                null,
                List.of(),
                0,
                0);
        Select codes = Select.of("coffee_flavor", List.of(new Projection(new Expr.Column("code"), null)));
        Select maxRating = Select.of(
                "flavor", List.of(new Projection(new Expr.AggregateCall(Expr.Aggregate.MAX, RATING, false), null)));
        Select outer = new Select(
                List.of(),
                false,
                List.of(
                        new Projection(outerId, null),
                        new Projection(
                                new Expr.Arithmetic(new Expr.Subquery(maxRating), Expr.ArithmeticOp.MINUS, RATING),
                                "behind")),
                "flavor",
                "f",
                new Expr.And(List.of(
                        new Expr.Exists(correlated, false),
                        new Expr.Exists(correlated, true),
                        new Expr.InSelect(outerId, codes, false),
                        new Expr.InSelect(outerId, codes, true),
                        new Expr.Compare(RATING, CompareOp.EQ, new Expr.Subquery(maxRating)))),
                List.of(),
                null,
                List.of(),
                0,
                0);
        Cte top = new Cte(
                "top",
                List.of(),
                List.of(new Select(
                        List.of(),
                        false,
                        List.of(new Projection(ID, null), new Projection(RATING, null)),
                        "flavor",
                        null,
                        new Expr.Compare(RATING, CompareOp.GE, integer(4)),
                        List.of(),
                        null,
                        List.of(),
                        0,
                        0)),
                false);
        Expr.Column n = new Expr.Column("n");
        Cte counter = new Cte(
                "counter",
                List.of("n"),
                List.of(
                        Select.of(
                                "flavor",
                                List.of(new Projection(
                                        new Expr.AggregateCall(Expr.Aggregate.MIN, new Expr.Literal(1), false), null))),
                        new Select(
                                List.of(),
                                false,
                                List.of(new Projection(
                                        new Expr.Arithmetic(n, Expr.ArithmeticOp.PLUS, integer(1)), null)),
                                "counter",
                                null,
                                new Expr.Compare(n, CompareOp.LT, integer(5)),
                                List.of(),
                                null,
                                List.of(),
                                0,
                                0)),
                true);
        Select withTop = new Select(
                List.of(top),
                false,
                List.of(new Projection(new Expr.AggregateCall(Expr.Aggregate.COUNT, null, false), "n")),
                "top",
                null,
                null,
                List.of(),
                null,
                List.of(),
                0,
                0);
        Select recursive = new Select(
                List.of(counter),
                false,
                List.of(new Projection(n, null)),
                "counter",
                null,
                null,
                List.of(),
                null,
                List.of(new SortItem(n, false, Nulls.DEFAULT)),
                0,
                0);
        Expr raw = new Expr.Raw("rating-bucket", "(? + ? * 2)", List.of(RATING, integer(3)));
        Select rawSelect = Select.of("flavor", List.of(new Projection(raw, "bucket")));
        String text = String.join(
                "\n",
                "-- exists, not exists, in and not in a subquery, scalar subqueries",
                describe(dialect, DynamicSql.select(dialect, outer)),
                "-- a CTE",
                describe(dialect, DynamicSql.select(dialect, withTop)),
                "-- a recursive CTE",
                describe(dialect, DynamicSql.select(dialect, recursive)),
                "-- a named raw fragment with bound parameters",
                describe(dialect, DynamicSql.select(dialect, rawSelect)));
        assertGolden("ql_subqueries_ctes_raw", dialect, text);
    }

    @Test
    void likeTextEscapesWildcardsAndTheEscapeCharacter() {
        assertEquals("%50!%!_off!!%", new LikeText("50%_off!", LikeText.Match.CONTAINS).pattern(false));
        assertEquals("[Van%", new LikeText("[Van", LikeText.Match.STARTS_WITH).pattern(false));
        assertEquals("![Van%", new LikeText("[Van", LikeText.Match.STARTS_WITH).pattern(true));
        assertEquals("%illa", new LikeText("illa", LikeText.Match.ENDS_WITH).pattern(false));
    }

    @Test
    void equalShapesRenderOnceAndFillTheirOwnValues() {
        Shape<Expr> first = Shape.of(new Expr.And(List.of(
                new Expr.Compare(RATING, CompareOp.GE, integer(4)), new Expr.In(ID, List.of(text("a")), false))));
        Shape<Expr> second = Shape.of(new Expr.And(List.of(
                new Expr.Compare(RATING, CompareOp.GE, integer(2)), new Expr.In(ID, List.of(text("z")), false))));
        Shape<Expr> longer = Shape.of(new Expr.And(List.of(
                new Expr.Compare(RATING, CompareOp.GE, integer(2)),
                new Expr.In(ID, List.of(text("z"), text("y")), false))));
        Shape<Expr> withNull = Shape.of(new Expr.Compare(NAME, CompareOp.EQ, new Expr.Param(null, TEXT)));
        Shape<Expr> withValue = Shape.of(new Expr.Compare(NAME, CompareOp.EQ, text("x")));
        assertEquals(first.node(), second.node());
        assertEquals(first.node().hashCode(), second.node().hashCode());
        assertNotEquals(first.node(), longer.node());
        assertNotEquals(withNull.node(), withValue.node());
        Dialect sqlite = Dialects.all().get(0);
        RenderedSql template = sqlite.where(first.node());
        RenderedSql filled = second.fill(template);
        assertEquals("`rating` >= ? AND `id` IN (?)", filled.sql());
        assertEquals(
                List.of(2, "z"), filled.params().stream().map(Expr.Param::value).toList());
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void refusesWhatCannotBeRendered(Dialect dialect) {
        assertThrows(
                IllegalArgumentException.class,
                () -> DynamicSql.select(
                        dialect,
                        Select.of(
                                "flavor",
                                List.of(new Projection(new Expr.Cast(RATING, ColumnType.of(Kind.BOOLEAN)), null)))));
        assertThrows(
                IllegalArgumentException.class,
                () -> DynamicSql.update(dialect, Fixtures.FLAVOR, Map.of("nope", integer(1)), null));
        assertThrows(IllegalArgumentException.class, () -> new Expr.Raw("bad", "? + ?", List.of(RATING)));
        assertThrows(IllegalArgumentException.class, () -> new Expr.Literal(new Object()));
    }
}
