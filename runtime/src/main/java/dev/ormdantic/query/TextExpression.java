package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;

/**
 * Computed text, such as {@code NAME.lower()}: it compares and matches like a text column. Immutable.
 *
 * @param <T> the record type of the table
 * @since 0.1.0
 */
public final class TextExpression<T> extends ComputedNode<String> implements TextOperand<T> {

    TextExpression(Expr expr, ColumnType type) {
        super(expr, type);
    }
}
