package dev.ormdantic.dialect;

import static dev.ormdantic.dialect.SqlGoldens.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.sql.Cte;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Expr.CompareOp;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.dialect.sql.LockClause.Mode;
import dev.ormdantic.dialect.sql.LockClause.OnLocked;
import dev.ormdantic.dialect.sql.OrderItem.Nulls;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Row locks ({@code FOR UPDATE}, {@code FOR SHARE}, {@code NOWAIT}, {@code SKIP LOCKED}) rendered for the six
 * dialects and compared with the SQL goldens, a refusal written into the golden in place of the SQL; and the query
 * shapes that lock no rows of their table, refused on every dialect.
 */
class RowLockRenderingTest {

    private static final Expr.Column ID = new Expr.Column("id");
    private static final Expr.Column RATING = new Expr.Column("rating");
    private static final ColumnType INT = ColumnType.of(Kind.INT);
    private static final ColumnType LONG = ColumnType.of(Kind.LONG);
    private static final Expr RATED = new Expr.Compare(RATING, CompareOp.GE, new Expr.Param(4, INT));
    private static final List<SortItem> BY_ID = List.of(new SortItem(ID, false, Nulls.DEFAULT));

    static List<Dialect> dialects() {
        return Dialects.all();
    }

    private static LockClause lock(Mode mode, OnLocked onLocked) {
        return new LockClause(mode, onLocked);
    }

    /** The SQL and its parameter kinds, or the refusal's class and message. */
    private static String describe(Supplier<Object> render) {
        try {
            Object rendered = render.get();
            if (rendered instanceof RenderedSql sql) {
                List<String> params = new ArrayList<>();
                for (Expr.Param param : sql.params()) {
                    params.add(param.type().kind() + ":" + param.value());
                }
                return sql.sql() + "\n-- params: " + params;
            }
            return String.valueOf(rendered);
        } catch (UnsupportedFeatureException e) {
            return "-- refused (" + e.feature() + "): " + e.getMessage();
        }
    }

    private static Select projection(long limit, long offset) {
        return new Select(
                List.of(),
                false,
                List.of(new Projection(ID, null), new Projection(RATING, null)),
                "flavor",
                "f",
                RATED,
                List.of(),
                null,
                BY_ID,
                limit,
                offset);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void locksOfEveryKind(Dialect dialect) {
        Expr.Param five = new Expr.Param(5L, LONG);
        List<String> text = new ArrayList<>();
        text.add("-- findMany, FOR UPDATE");
        text.add(describe(() -> DynamicSql.selectSorted(
                dialect, Fixtures.FLAVOR, RATED, BY_ID, null, null, lock(Mode.UPDATE, OnLocked.WAIT))));
        text.add("-- findMany, FOR UPDATE NOWAIT");
        text.add(describe(() -> DynamicSql.selectSorted(
                dialect, Fixtures.FLAVOR, RATED, List.of(), null, null, lock(Mode.UPDATE, OnLocked.NOWAIT))));
        text.add("-- findMany, FOR SHARE");
        text.add(describe(() -> DynamicSql.selectSorted(
                dialect, Fixtures.FLAVOR, null, BY_ID, null, null, lock(Mode.SHARE, OnLocked.WAIT))));
        text.add("-- findMany, FOR SHARE SKIP LOCKED");
        text.add(describe(() -> DynamicSql.selectSorted(
                dialect, Fixtures.FLAVOR, RATED, BY_ID, null, null, lock(Mode.SHARE, OnLocked.SKIP_LOCKED))));
        text.add("-- findMany, five rows, FOR UPDATE SKIP LOCKED: a job queue");
        text.add(describe(() -> DynamicSql.selectSorted(
                dialect, Fixtures.FLAVOR, RATED, BY_ID, five, null, lock(Mode.UPDATE, OnLocked.SKIP_LOCKED))));
        text.add("-- findOne, FOR UPDATE");
        text.add(describe(() -> DynamicSql.selectByKey(dialect, Fixtures.FLAVOR, lock(Mode.UPDATE, OnLocked.WAIT))));
        text.add("-- projection with an alias, FOR UPDATE NOWAIT");
        text.add(describe(() ->
                DynamicSql.select(dialect, projection(0, 0), Fixtures.FLAVOR, lock(Mode.UPDATE, OnLocked.NOWAIT))));
        text.add("-- projection, a page, FOR SHARE");
        text.add(describe(() ->
                DynamicSql.select(dialect, projection(10, 20), Fixtures.FLAVOR, lock(Mode.SHARE, OnLocked.WAIT))));
        assertGolden("row_locks", dialect, String.join("\n", text));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aQueryThatReturnsNoRowsOfItsTableCannotLock(Dialect dialect) {
        LockClause forUpdate = lock(Mode.UPDATE, OnLocked.WAIT);
        Select plain = projection(0, 0);
        Expr.AggregateCall count = new Expr.AggregateCall(Expr.Aggregate.COUNT, null, false);
        Select withCte = new Select(
                List.of(new Cte("good", List.of(), List.of(plain), false)),
                false,
                List.of(new Projection(ID, null)),
                "good",
                null,
                null,
                List.of(),
                null,
                List.of(),
                0,
                0);
        List<Select> refused = List.of(
                withDistinct(plain),
                new Select(
                        List.of(),
                        false,
                        List.of(new Projection(RATING, null)),
                        "flavor",
                        null,
                        null,
                        List.of(RATING),
                        null,
                        List.of(),
                        0,
                        0),
                Select.of("flavor", List.of(new Projection(count, null))),
                Select.of(
                        "flavor",
                        List.of(new Projection(
                                new Expr.Arithmetic(
                                        new Expr.Window(count, List.of(RATING), List.of()), Expr.ArithmeticOp.PLUS, ID),
                                null))),
                withCte);
        for (Select select : refused) {
            RuntimeException e = assertThrows(
                    RuntimeException.class, () -> DynamicSql.select(dialect, select, Fixtures.FLAVOR, forUpdate));
            if (dialect.id() == DialectId.SQLITE) {
                assertTrue(e instanceof UnsupportedFeatureException, e.toString());
            } else {
                assertTrue(e instanceof IllegalArgumentException, e.toString());
                assertTrue(
                        String.valueOf(e.getMessage()).startsWith("a query that locks rows (FOR UPDATE) must "),
                        e.toString());
            }
        }
        if (dialect.id() != DialectId.SQLITE) {
            IllegalArgumentException aggregate = assertThrows(
                    IllegalArgumentException.class,
                    () -> DynamicSql.select(dialect, refused.get(2), Fixtures.FLAVOR, forUpdate));
            assertEquals(
                    "a query that locks rows (FOR UPDATE) must return rows of its table, which an aggregate (COUNT)"
                            + " does not; leave the lock out, or lock the rows with a query of their own",
                    aggregate.getMessage());
        }
        // An aggregate in a subquery of the filter is no reason to refuse: the rows locked are still the table's.
        Select subqueryAggregate = new Select(
                List.of(),
                false,
                List.of(new Projection(ID, null)),
                "flavor",
                null,
                new Expr.Compare(
                        RATING,
                        CompareOp.EQ,
                        new Expr.Subquery(Select.of(
                                "flavor",
                                List.of(new Projection(
                                        new Expr.AggregateCall(Expr.Aggregate.MAX, RATING, false), null))))),
                List.of(),
                null,
                List.of(),
                0,
                0);
        if (dialect.id() != DialectId.SQLITE) {
            String sql = DynamicSql.select(dialect, subqueryAggregate, Fixtures.FLAVOR, forUpdate)
                    .sql();
            assertTrue(sql.contains("(SELECT MAX("), sql);
        }
    }

    private static Select withDistinct(Select select) {
        return new Select(
                select.with(),
                true,
                select.projections(),
                select.from(),
                select.alias(),
                select.where(),
                select.groupBy(),
                select.having(),
                select.orderBy(),
                select.limit(),
                select.offset());
    }
}
