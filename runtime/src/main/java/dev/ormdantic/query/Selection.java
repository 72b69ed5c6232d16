package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;
import org.jspecify.annotations.Nullable;

/**
 * A named value of a {@link Query}'s result, from {@link Operand#as}.
 *
 * @param <T> the record type of the table
 * @param expr the value
 * @param alias the name of the result column
 */
public record Selection<T>(Expr expr, @Nullable String alias) implements Selectable<T> {}
