package dev.ormdantic.dialect.sql;

import org.jspecify.annotations.Nullable;

/**
 * One selected value of a {@link Select}, optionally named.
 *
 * @param expr the value
 * @param alias the name of the result column, or {@code null} for the dialect's default
 * @since 0.1.0
 */
public record Projection(Expr expr, @Nullable String alias) {}
