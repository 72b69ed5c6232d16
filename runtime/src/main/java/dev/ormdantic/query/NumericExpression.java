package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;

/**
 * A computed number, such as {@code PRICE.times(2)}: it compares like a numeric column and takes part in more
 * arithmetic. Immutable.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the values
 * @since 0.1.0
 */
public final class NumericExpression<T, V extends Number & Comparable<? super V>> extends ComputedNode<V>
        implements NumericOperand<T, V> {

    NumericExpression(Expr expr, ColumnType type) {
        super(expr, type);
    }
}
