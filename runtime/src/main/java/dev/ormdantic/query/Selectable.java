package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;
import org.jspecify.annotations.Nullable;

/**
 * Something a {@link Query} can select: any {@link Operand} (a column, an aggregate, a computed value), optionally
 * named with {@link Operand#as}.
 *
 * @param <T> the record type of the table
 */
public interface Selectable<T> {

    /**
     * The selected value.
     *
     * @return the expression
     */
    Expr expr();

    /**
     * The name of the result column.
     *
     * @return the alias, or {@code null} for the database's default name
     */
    default @Nullable String alias() {
        return null;
    }
}
