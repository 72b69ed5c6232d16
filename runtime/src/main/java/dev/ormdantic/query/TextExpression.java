package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import org.jspecify.annotations.Nullable;

/**
 * Computed text, such as {@code NAME.lower()}: it compares and matches like a text column. Immutable.
 *
 * @param <T> the record type of the table
 */
public final class TextExpression<T> implements TextOperand<T> {

    private final Expr expr;
    private final ColumnType type;

    TextExpression(Expr expr, ColumnType type) {
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
    public Expr.Param param(@Nullable String value) {
        return new Expr.Param(value, type);
    }

    @Override
    public String toString() {
        return expr.toString();
    }
}
