package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import org.jspecify.annotations.Nullable;

/**
 * A computed value's tree and type, shared by {@link Expression}, {@link NumericExpression} and
 * {@link TextExpression}. Immutable.
 *
 * @param <V> the Java type of the values
 */
abstract class ComputedNode<V> extends OperandNode<V> {

    private final Expr expr;
    private final ColumnType type;

    ComputedNode(Expr expr, ColumnType type) {
        this.expr = expr;
        this.type = type;
    }

    @Override
    final Expr expr() {
        return expr;
    }

    @Override
    final ColumnType type() {
        return type;
    }

    @Override
    final Expr.Param param(@Nullable V value) {
        return new Expr.Param(value, type);
    }

    @Override
    public final String toString() {
        return expr.toString();
    }
}
