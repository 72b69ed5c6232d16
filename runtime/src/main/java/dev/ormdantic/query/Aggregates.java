package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;

/**
 * The aggregate functions of {@link Query#select} and {@link Query#having}: {@code COUNT}, {@code SUM},
 * {@code AVG}, {@code MIN} and {@code MAX}. Each is a value that compares and can be selected; with
 * {@link Expressions#over} it becomes a window function.
 *
 * @since 0.1.0
 */
public final class Aggregates {

    private static final ColumnType LONG = ColumnType.of(ColumnType.Kind.LONG);
    private static final ColumnType DOUBLE = ColumnType.of(ColumnType.Kind.DOUBLE);

    private Aggregates() {}

    /**
     * {@code COUNT(*)}: the number of rows.
     *
     * @param <T> the record type of the table
     * @return the count
     */
    public static <T> NumericExpression<T, Long> count() {
        return new NumericExpression<>(new Expr.AggregateCall(Expr.Aggregate.COUNT, null, false), LONG);
    }

    /**
     * {@code COUNT(x)}: the number of rows where a value is not {@code NULL}.
     *
     * @param value the value
     * @param <T> the record type of the table
     * @return the count
     */
    public static <T> NumericExpression<T, Long> count(Operand<T, ?> value) {
        return new NumericExpression<>(
                new Expr.AggregateCall(Expr.Aggregate.COUNT, OperandNode.expr(value), false), LONG);
    }

    /**
     * {@code COUNT(DISTINCT x)}: the number of distinct values.
     *
     * @param value the value
     * @param <T> the record type of the table
     * @return the count
     */
    public static <T> NumericExpression<T, Long> countDistinct(Operand<T, ?> value) {
        return new NumericExpression<>(
                new Expr.AggregateCall(Expr.Aggregate.COUNT, OperandNode.expr(value), true), LONG);
    }

    /**
     * {@code SUM(x)}.
     *
     * @param value the summed number
     * @param <T> the record type of the table
     * @param <V> the type of the number
     * @return the sum, {@code NULL} over no row
     */
    public static <T, V extends Number & Comparable<? super V>> NumericExpression<T, V> sum(
            NumericOperand<T, V> value) {
        return new NumericExpression<>(
                new Expr.AggregateCall(Expr.Aggregate.SUM, OperandNode.expr(value), false), OperandNode.type(value));
    }

    /**
     * {@code AVG(x)}, as a double.
     *
     * @param value the averaged number
     * @param <T> the record type of the table
     * @return the average, {@code NULL} over no row
     */
    public static <T> NumericExpression<T, Double> avg(NumericOperand<T, ?> value) {
        return new NumericExpression<>(
                new Expr.AggregateCall(Expr.Aggregate.AVG, OperandNode.expr(value), false), DOUBLE);
    }

    /**
     * {@code MIN(x)}.
     *
     * @param value the value
     * @param <T> the record type of the table
     * @param <V> the type of the value
     * @return the smallest value, {@code NULL} over no row
     */
    public static <T, V extends Comparable<? super V>> Expression<T, V> min(ComparableOperand<T, V> value) {
        return new Expression<>(
                new Expr.AggregateCall(Expr.Aggregate.MIN, OperandNode.expr(value), false), OperandNode.type(value));
    }

    /**
     * {@code MAX(x)}.
     *
     * @param value the value
     * @param <T> the record type of the table
     * @param <V> the type of the value
     * @return the largest value, {@code NULL} over no row
     */
    public static <T, V extends Comparable<? super V>> Expression<T, V> max(ComparableOperand<T, V> value) {
        return new Expression<>(
                new Expr.AggregateCall(Expr.Aggregate.MAX, OperandNode.expr(value), false), OperandNode.type(value));
    }
}
