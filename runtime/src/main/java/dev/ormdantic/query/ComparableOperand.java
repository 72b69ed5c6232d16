package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;

/**
 * A value with an order (numbers, decimals, dates, times, strings): equality plus {@code <}, {@code <=}, {@code >},
 * {@code >=} and {@code BETWEEN}, against values or other operands.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the values
 */
public interface ComparableOperand<T, V extends Comparable<? super V>> extends Operand<T, V> {

    /**
     * Rows whose value is less than {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    default Filter<T> lt(V value) {
        return Filter.of(new Expr.Compare(expr(), Expr.CompareOp.LT, param(value)));
    }

    /**
     * Rows whose value is less than or equal to {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    default Filter<T> le(V value) {
        return Filter.of(new Expr.Compare(expr(), Expr.CompareOp.LE, param(value)));
    }

    /**
     * Rows whose value is greater than {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    default Filter<T> gt(V value) {
        return Filter.of(new Expr.Compare(expr(), Expr.CompareOp.GT, param(value)));
    }

    /**
     * Rows whose value is greater than or equal to {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    default Filter<T> ge(V value) {
        return Filter.of(new Expr.Compare(expr(), Expr.CompareOp.GE, param(value)));
    }

    /**
     * The same as {@link #le}, under the name the dictionary filters also accept ({@code lte}).
     *
     * @param value the bound
     * @return the filter
     */
    default Filter<T> lte(V value) {
        return le(value);
    }

    /**
     * The same as {@link #ge}, under the name the dictionary filters also accept ({@code gte}).
     *
     * @param value the bound
     * @return the filter
     */
    default Filter<T> gte(V value) {
        return ge(value);
    }

    /**
     * Rows whose value lies between two bounds, both included.
     *
     * @param low the lower bound
     * @param high the upper bound
     * @return the filter
     */
    default Filter<T> between(V low, V high) {
        return Filter.of(new Expr.Between(expr(), param(low), param(high), false));
    }

    /**
     * Rows whose value lies outside two bounds.
     *
     * @param low the lower bound
     * @param high the upper bound
     * @return the filter
     */
    default Filter<T> notBetween(V low, V high) {
        return Filter.of(new Expr.Between(expr(), param(low), param(high), true));
    }

    /**
     * Rows whose value is less than another operand's.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> lessThan(Operand<T, V> other) {
        return Filter.of(new Expr.Compare(expr(), Expr.CompareOp.LT, other.expr()));
    }

    /**
     * Rows whose value is less than or equal to another operand's.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> lessOrEqual(Operand<T, V> other) {
        return Filter.of(new Expr.Compare(expr(), Expr.CompareOp.LE, other.expr()));
    }

    /**
     * Rows whose value is greater than another operand's.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> greaterThan(Operand<T, V> other) {
        return Filter.of(new Expr.Compare(expr(), Expr.CompareOp.GT, other.expr()));
    }

    /**
     * Rows whose value is greater than or equal to another operand's.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> greaterOrEqual(Operand<T, V> other) {
        return Filter.of(new Expr.Compare(expr(), Expr.CompareOp.GE, other.expr()));
    }
}
