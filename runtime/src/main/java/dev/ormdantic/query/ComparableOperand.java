package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;

/**
 * A value with an order (numbers, decimals, dates, times, strings): equality plus {@code <}, {@code <=}, {@code >},
 * {@code >=} and {@code BETWEEN}. Each comparison has one name and takes a value or another operand:
 * {@code PRICE.gt(5)}, {@code PRICE.gt(COST.times(2))}.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the values
 * @since 0.1.0
 */
public sealed interface ComparableOperand<T, V extends Comparable<? super V>> extends Operand<T, V>
        permits ComparableColumn, NumericOperand, TextOperand {

    /**
     * Rows whose value is less than {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    default Filter<T> lt(V value) {
        return compare(Expr.CompareOp.LT, OperandNode.param(this, value));
    }

    /**
     * Rows whose value is less than another operand's.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> lt(Operand<T, V> other) {
        return compare(Expr.CompareOp.LT, OperandNode.expr(other));
    }

    /**
     * Rows whose value is less than or equal to {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    default Filter<T> le(V value) {
        return compare(Expr.CompareOp.LE, OperandNode.param(this, value));
    }

    /**
     * Rows whose value is less than or equal to another operand's.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> le(Operand<T, V> other) {
        return compare(Expr.CompareOp.LE, OperandNode.expr(other));
    }

    /**
     * Rows whose value is greater than {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    default Filter<T> gt(V value) {
        return compare(Expr.CompareOp.GT, OperandNode.param(this, value));
    }

    /**
     * Rows whose value is greater than another operand's.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> gt(Operand<T, V> other) {
        return compare(Expr.CompareOp.GT, OperandNode.expr(other));
    }

    /**
     * Rows whose value is greater than or equal to {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    default Filter<T> ge(V value) {
        return compare(Expr.CompareOp.GE, OperandNode.param(this, value));
    }

    /**
     * Rows whose value is greater than or equal to another operand's.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> ge(Operand<T, V> other) {
        return compare(Expr.CompareOp.GE, OperandNode.expr(other));
    }

    /**
     * Rows whose value lies between two bounds, both included.
     *
     * @param low the lower bound
     * @param high the upper bound
     * @return the filter
     */
    default Filter<T> between(V low, V high) {
        return Filter.of(new Expr.Between(
                OperandNode.expr(this), OperandNode.param(this, low), OperandNode.param(this, high), false));
    }

    /**
     * Rows whose value lies outside two bounds.
     *
     * @param low the lower bound
     * @param high the upper bound
     * @return the filter
     */
    default Filter<T> notBetween(V low, V high) {
        return Filter.of(new Expr.Between(
                OperandNode.expr(this), OperandNode.param(this, low), OperandNode.param(this, high), true));
    }

    /** {@code this op right}. */
    private Filter<T> compare(Expr.CompareOp op, Expr right) {
        return Filter.of(new Expr.Compare(OperandNode.expr(this), op, right));
    }
}
