package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import org.jspecify.annotations.Nullable;

/**
 * A computed number, such as {@code PRICE.times(2)}: it compares like a numeric column and takes part in more
 * arithmetic. Immutable.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the values
 */
public final class NumericExpression<T, V extends Number & Comparable<? super V>> implements NumericOperand<T, V> {

    private final Expr expr;
    private final ColumnType type;

    NumericExpression(Expr expr, ColumnType type) {
        this.expr = expr;
        this.type = type;
    }

    @Override
    public Expr expr() {
        return expr;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public Expr.Param param(@Nullable V value) {
        return new Expr.Param(value, type);
    }

    @Override
    public String toString() {
        return expr.toString();
    }
}
