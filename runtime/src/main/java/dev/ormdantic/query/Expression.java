package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;

/**
 * A computed value of any type: a literal, a {@code CASE}, a {@code CAST}, a window function, a scalar subquery, a
 * raw fragment or a qualified column. It compares for equality and can be selected. Immutable.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the values
 * @since 0.1.0
 */
public final class Expression<T, V> extends ComputedNode<V> implements Operand<T, V> {

    Expression(Expr expr, ColumnType type) {
        super(expr, type);
    }
}
