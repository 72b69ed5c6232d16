package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;

/**
 * A number: the comparisons plus arithmetic, which yields another number of the same type. Division of integers
 * truncates on SQLite, PostgreSQL and SQL Server and does not on MySQL, MariaDB and Oracle; divide decimals for one
 * answer everywhere.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the values
 * @since 0.1.0
 */
public sealed interface NumericOperand<T, V extends Number & Comparable<? super V>> extends ComparableOperand<T, V>
        permits NumericColumn, NumericExpression {

    /**
     * This value plus a number.
     *
     * @param value the addend
     * @return the sum
     */
    default NumericExpression<T, V> plus(V value) {
        return arithmetic(Expr.ArithmeticOp.PLUS, OperandNode.param(this, value));
    }

    /**
     * This value plus another number.
     *
     * @param other the addend
     * @return the sum
     */
    default NumericExpression<T, V> plus(NumericOperand<T, V> other) {
        return arithmetic(Expr.ArithmeticOp.PLUS, OperandNode.expr(other));
    }

    /**
     * This value minus a number.
     *
     * @param value the subtrahend
     * @return the difference
     */
    default NumericExpression<T, V> minus(V value) {
        return arithmetic(Expr.ArithmeticOp.MINUS, OperandNode.param(this, value));
    }

    /**
     * This value minus another number.
     *
     * @param other the subtrahend
     * @return the difference
     */
    default NumericExpression<T, V> minus(NumericOperand<T, V> other) {
        return arithmetic(Expr.ArithmeticOp.MINUS, OperandNode.expr(other));
    }

    /**
     * This value times a number.
     *
     * @param value the factor
     * @return the product
     */
    default NumericExpression<T, V> times(V value) {
        return arithmetic(Expr.ArithmeticOp.TIMES, OperandNode.param(this, value));
    }

    /**
     * This value times another number.
     *
     * @param other the factor
     * @return the product
     */
    default NumericExpression<T, V> times(NumericOperand<T, V> other) {
        return arithmetic(Expr.ArithmeticOp.TIMES, OperandNode.expr(other));
    }

    /**
     * This value divided by a number.
     *
     * @param value the divisor
     * @return the quotient
     */
    default NumericExpression<T, V> dividedBy(V value) {
        return arithmetic(Expr.ArithmeticOp.DIVIDE, OperandNode.param(this, value));
    }

    /**
     * This value divided by another number.
     *
     * @param other the divisor
     * @return the quotient
     */
    default NumericExpression<T, V> dividedBy(NumericOperand<T, V> other) {
        return arithmetic(Expr.ArithmeticOp.DIVIDE, OperandNode.expr(other));
    }

    /**
     * The absolute value.
     *
     * @return {@code ABS(this)}
     */
    default NumericExpression<T, V> abs() {
        return new NumericExpression<>(
                new Expr.Call(Expr.Function.ABS, java.util.List.of(OperandNode.expr(this))), OperandNode.type(this));
    }

    private NumericExpression<T, V> arithmetic(Expr.ArithmeticOp op, Expr right) {
        return new NumericExpression<>(new Expr.Arithmetic(OperandNode.expr(this), op, right), OperandNode.type(this));
    }
}
