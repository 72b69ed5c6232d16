package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import org.jspecify.annotations.Nullable;

/**
 * A computed value of any type: a literal, a {@code CASE}, a {@code CAST}, a window function, a scalar subquery, a
 * raw fragment or a qualified column. It compares for equality and can be selected. Immutable.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the values
 */
public final class Expression<T, V> implements Operand<T, V> {

    private final Expr expr;
    private final ColumnType type;

    Expression(Expr expr, ColumnType type) {
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
