package dev.ormdantic.internal.jdbc;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Cte;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.dialect.sql.ValueList;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.internal.error.Call;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks the values of a filter, and of the assignments of a set-based update, against what the database can hold
 * before anything is bound, so that the error names the column: a filter value the database cannot represent
 * ({@code NaN} on MariaDB, a date outside its range, text with a lone surrogate) is {@code ORM2503}, an assigned value
 * it would store changed is {@code ORM2105}. {@link JdbcParams} checks every value again as it binds it, for the
 * values of nodes this walk does not attribute to a column.
 */
public final class FilterValues {

    private FilterValues() {}

    /**
     * The error for a filter value the database cannot hold.
     *
     * @param call the operation
     * @param column the compared column, or {@code null} when unknown
     * @param refusal why
     * @return the exception to throw
     */
    static FilterException refused(Call call, @Nullable String column, StorageLimits.Refusal refusal) {
        String where = column == null ? "a filter value" : "the filter value for column '" + column + "'";
        return new FilterException(
                ErrorCode.FILTER_INVALID_VALUE,
                call.context(),
                column == null ? "" : column,
                call.failed() + ": " + where + " cannot be compared: " + refusal.problem(),
                refusal.fix(),
                List.of(),
                null);
    }

    /**
     * Refuses a filter whose values the database cannot hold.
     *
     * @param where the filter, or {@code null}
     * @param limits what the database holds
     * @param call the operation
     * @throws FilterException {@code ORM2503} naming the column
     */
    public static void checkFilter(@Nullable Expr where, StorageLimits limits, Call call) {
        if (where != null) {
            new Walk(limits, call, false).expr(where, null);
        }
    }

    /**
     * Refuses a select whose filter values the database cannot hold.
     *
     * @param select the query
     * @param limits what the database holds
     * @param call the operation
     * @throws FilterException {@code ORM2503} naming the column
     */
    public static void checkQuery(Select select, StorageLimits limits, Call call) {
        new Walk(limits, call, false).select(select);
    }

    /**
     * Refuses an assigned value the database would store changed.
     *
     * @param column the assigned column
     * @param value the new value
     * @param limits what the database holds
     * @param call the operation
     * @throws InvalidArgumentException {@code ORM2105} naming the column
     */
    public static void checkAssigned(String column, Expr value, StorageLimits limits, Call call) {
        new Walk(limits, call, true).expr(value, column);
    }

    /** One walk over a tree; {@code column} is the column a value is compared with or assigned to. */
    private record Walk(StorageLimits limits, Call call, boolean stored) {

        void expr(Expr expr, @Nullable String column) {
            switch (expr) {
                case Expr.Param param -> param(param, column);
                case Expr.Compare c -> {
                    String named = nameOf(c.left(), nameOf(c.right(), column));
                    expr(c.left(), named);
                    expr(c.right(), named);
                }
                case Expr.In in -> {
                    String named = nameOf(in.operand(), column);
                    expr(in.operand(), named);
                    all(in.values(), named);
                }
                case Expr.Between b -> {
                    String named = nameOf(b.operand(), column);
                    expr(b.operand(), named);
                    expr(b.low(), named);
                    expr(b.high(), named);
                }
                case Expr.Like l -> {
                    String named = nameOf(l.operand(), column);
                    expr(l.operand(), named);
                    expr(l.pattern(), named);
                }
                case Expr.Arithmetic a -> {
                    String named = nameOf(a.left(), nameOf(a.right(), column));
                    expr(a.left(), named);
                    expr(a.right(), named);
                }
                case Expr.IsNull n -> expr(n.operand(), column);
                case Expr.And and -> all(and.terms(), null);
                case Expr.Or or -> all(or.terms(), null);
                case Expr.Not not -> expr(not.operand(), null);
                case Expr.Call call -> all(call.args(), column);
                case Expr.AggregateCall agg -> {
                    if (agg.operand() != null) {
                        expr(agg.operand(), column);
                    }
                }
                case Expr.Case c -> {
                    for (Expr.When when : c.whens()) {
                        expr(when.condition(), null);
                        expr(when.value(), column);
                    }
                    if (c.otherwise() != null) {
                        expr(c.otherwise(), column);
                    }
                }
                case Expr.Cast cast -> expr(cast.operand(), column);
                case Expr.Exists exists -> select(exists.query());
                case Expr.InSelect in -> {
                    expr(in.operand(), column);
                    select(in.query());
                }
                case Expr.Subquery sub -> select(sub.query());
                case Expr.Window w -> {
                    expr(w.function(), column);
                    all(w.partitionBy(), null);
                    for (SortItem item : w.orderBy()) {
                        expr(item.expr(), null);
                    }
                }
                case Expr.Raw raw -> all(raw.args(), null);
                case Expr.Column c -> {}
                case Expr.Correlated c -> {}
                case Expr.Literal l -> {}
                case Expr.RankingCall r -> {}
            }
        }

        void select(Select select) {
            for (Cte cte : select.with()) {
                for (Select part : cte.parts()) {
                    select(part);
                }
            }
            for (Projection projection : select.projections()) {
                expr(projection.expr(), null);
            }
            if (select.where() != null) {
                expr(select.where(), null);
            }
            if (select.having() != null) {
                expr(select.having(), null);
            }
        }

        private void all(List<Expr> exprs, @Nullable String column) {
            for (Expr expr : exprs) {
                expr(expr, column);
            }
        }

        private static @Nullable String nameOf(Expr expr, @Nullable String otherwise) {
            return expr instanceof Expr.Column c ? c.name() : otherwise;
        }

        private void param(Expr.Param param, @Nullable String column) {
            Object value = param.value();
            if (value == null) {
                return;
            }
            if (value instanceof ValueList list) {
                for (Object item : list.values()) {
                    param(param.withValue(item), column);
                }
                return;
            }
            StorageLimits.Refusal refusal = param.type().kind() == ColumnType.Kind.FLOAT && value instanceof Number n
                    ? StorageLimits.floatRange(n)
                    : null;
            if (refusal == null) {
                refusal = limits.refusal(value, stored);
            }
            if (refusal == null) {
                return;
            }
            if (!stored) {
                throw refused(call, column, refusal);
            }
            throw new InvalidArgumentException(
                    ErrorCode.VALUE_NOT_STORABLE,
                    call.context(),
                    call.failed() + ": the value assigned to column '" + column + "' cannot be stored as given: "
                            + refusal.problem(),
                    refusal.fix(),
                    null);
        }
    }
}
