package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computed values for queries: literals, {@code CASE}, {@code CAST}, {@code EXISTS}, scalar subqueries, window
 * functions and the one raw-SQL entry point, {@link #raw}.
 *
 * @since 0.1.0
 */
public final class Expressions {

    private static final ColumnType LONG = ColumnType.of(ColumnType.Kind.LONG);

    private Expressions() {}

    /**
     * A constant written into the SQL text. For constants of the program only: a value that comes from users belongs
     * in a filter, where it is bound.
     *
     * @param value a {@link Boolean}, {@link Integer}, {@link Long}, {@link BigDecimal} or {@link String}
     * @param <T> the record type of the table
     * @param <V> the type of the value
     * @return the literal
     * @throws IllegalArgumentException for another type, or a string holding a NUL character
     */
    public static <T, V> Expression<T, V> literal(V value) {
        ColumnType type = switch (value) {
            case Boolean b -> ColumnType.of(ColumnType.Kind.BOOLEAN);
            case Integer i -> ColumnType.of(ColumnType.Kind.INT);
            case Long l -> LONG;
            case BigDecimal d -> ColumnType.decimal(0, 0);
            default -> ColumnType.unboundedString();
        };
        return new Expression<>(new Expr.Literal(value), type);
    }

    /**
     * The start of {@code CASE WHEN condition THEN value ...}.
     *
     * @param condition the first condition
     * @param value its value
     * @param <T> the record type of the table
     * @param <V> the type of the values
     * @return the case, to be continued with {@link Case#when} and ended with {@link Case#otherwise} or
     *     {@link Case#end}
     */
    public static <T, V> Case<T, V> when(Filter<T> condition, Operand<T, V> value) {
        return new Case<T, V>(List.of(), OperandNode.type(value)).when(condition, value);
    }

    /**
     * {@code CASE WHEN ... THEN ... [ELSE ...] END}, built by {@link Expressions#when}. Immutable.
     *
     * @param <T> the record type of the table
     * @param <V> the type of the values
     */
    public static final class Case<T, V> {
        private final List<Expr.When> whens;
        private final ColumnType type;

        private Case(List<Expr.When> whens, ColumnType type) {
            this.whens = List.copyOf(whens);
            this.type = type;
        }

        /**
         * Another branch.
         *
         * @param condition the condition
         * @param value its value
         * @return the longer case
         */
        public Case<T, V> when(Filter<T> condition, Operand<T, V> value) {
            List<Expr.When> longer = new ArrayList<>(whens);
            longer.add(new Expr.When(condition.expr(), OperandNode.expr(value)));
            return new Case<>(longer, type);
        }

        /**
         * The case with a value for rows no branch matches.
         *
         * @param value the value
         * @return the expression
         */
        public Expression<T, V> otherwise(Operand<T, V> value) {
            return new Expression<>(new Expr.Case(whens, OperandNode.expr(value)), type);
        }

        /**
         * The case, {@code NULL} for rows no branch matches.
         *
         * @return the expression
         */
        public Expression<T, V> end() {
            return new Expression<>(new Expr.Case(whens, null), type);
        }
    }

    /**
     * {@code CAST(x AS type)}, spelled for each dialect.
     *
     * @param value the value
     * @param type the target, such as {@code SqlType.varchar(10)}
     * @param <T> the record type of the table
     * @param <V> the Java type of the target
     * @return the converted value
     */
    public static <T, V> Expression<T, V> cast(Operand<T, ?> value, SqlType<V> type) {
        return new Expression<>(new Expr.Cast(OperandNode.expr(value), type.columnType()), type.columnType());
    }

    /**
     * Rows for which a subquery returns a row (usually correlated through {@link Column#of}).
     *
     * @param query the subquery
     * @param <T> the record type of the outer table
     * @return the filter
     */
    public static <T> Filter<T> exists(Subquery query) {
        return Filter.of(new Expr.Exists(Query.tree(query), false));
    }

    /**
     * Rows for which a subquery returns no row.
     *
     * @param query the subquery
     * @param <T> the record type of the outer table
     * @return the filter
     */
    public static <T> Filter<T> notExists(Subquery query) {
        return Filter.of(new Expr.Exists(Query.tree(query), true));
    }

    /**
     * A subquery of one column and at most one row, as a value.
     *
     * @param query the subquery
     * @param type the type of its value, such as {@code SqlType.of(PRICE)}
     * @param <T> the record type of the outer table
     * @param <V> the Java type of its value
     * @return the value
     */
    public static <T, V extends Number & Comparable<? super V>> NumericExpression<T, V> scalar(
            Subquery query, SqlType<V> type) {
        return new NumericExpression<>(new Expr.Subquery(Query.tree(query)), type.columnType());
    }

    /**
     * {@code ROW_NUMBER()}, to be used with {@link #over}.
     *
     * @param <T> the record type of the table
     * @return the function
     */
    public static <T> NumericExpression<T, Long> rowNumber() {
        return new NumericExpression<>(new Expr.RankingCall(Expr.Ranking.ROW_NUMBER), LONG);
    }

    /**
     * {@code RANK()}, to be used with {@link #over}.
     *
     * @param <T> the record type of the table
     * @return the function
     */
    public static <T> NumericExpression<T, Long> rank() {
        return new NumericExpression<>(new Expr.RankingCall(Expr.Ranking.RANK), LONG);
    }

    /**
     * {@code DENSE_RANK()}, to be used with {@link #over}.
     *
     * @param <T> the record type of the table
     * @return the function
     */
    public static <T> NumericExpression<T, Long> denseRank() {
        return new NumericExpression<>(new Expr.RankingCall(Expr.Ranking.DENSE_RANK), LONG);
    }

    /**
     * {@code function OVER (PARTITION BY ... ORDER BY ...)}: a ranking or aggregate function over a window.
     *
     * @param function the function, such as {@link #rowNumber()} or {@link Aggregates#sum}
     * @param partitionBy the partition values, possibly empty
     * @param orderBy the order within a partition, possibly {@link OrderBy#none()}
     * @param <T> the record type of the table
     * @param <V> the type of the function's value
     * @return the windowed value
     */
    public static <T, V extends Number & Comparable<? super V>> NumericExpression<T, V> over(
            NumericOperand<T, V> function, List<? extends Operand<T, ?>> partitionBy, OrderBy<T> orderBy) {
        List<Expr> partitions = new ArrayList<>();
        for (Operand<T, ?> term : partitionBy) {
            partitions.add(OperandNode.expr(term));
        }
        return new NumericExpression<>(
                new Expr.Window(OperandNode.expr(function), partitions, orderBy.items()), OperandNode.type(function));
    }

    /**
     * A raw SQL fragment, written verbatim: the one way to reach SQL the query language lacks, and the one place
     * where SQL text is trusted. Keep {@code sql} a constant of the program, never built from input; its {@code ?}
     * markers are bound to {@code args}, so values still travel as parameters. The name shows in logs and makes
     * every raw fragment easy to find.
     *
     * @param name what the fragment is, such as {@code "rating-bucket"}
     * @param type the type of its value
     * @param sql the fragment, with one {@code ?} per argument
     * @param args the values bound to its markers: columns, expressions or {@link #param}s
     * @param <T> the record type of the table
     * @param <V> the Java type of its value
     * @return the fragment as a value
     * @throws IllegalArgumentException when the markers and arguments differ in number
     */
    public static <T, V> Expression<T, V> raw(
            String name, SqlType<V> type, String sql, List<? extends Operand<T, ?>> args) {
        List<Expr> exprs = new ArrayList<>();
        for (Operand<T, ?> arg : args) {
            exprs.add(OperandNode.expr(arg));
        }
        return new Expression<>(new Expr.Raw(name, sql, exprs), type.columnType());
    }

    /**
     * A bound value, as an operand of {@link #raw} or a selected constant that must not be inlined.
     *
     * @param value the value
     * @param type its type
     * @param <T> the record type of the table
     * @param <V> the Java type of the value
     * @return the parameter as a value
     */
    public static <T, V> Expression<T, V> param(@Nullable V value, SqlType<V> type) {
        return new Expression<>(new Expr.Param(value, type.columnType()), type.columnType());
    }
}
