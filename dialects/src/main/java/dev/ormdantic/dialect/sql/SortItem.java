package dev.ormdantic.dialect.sql;

/**
 * One term of an {@code ORDER BY} on any expression: of a projection query, or inside a window.
 *
 * @param expr the sorted value
 * @param descending {@code DESC} instead of {@code ASC}
 * @param nulls where {@code NULL}s go
 * @since 0.1.0
 */
public record SortItem(Expr expr, boolean descending, OrderItem.Nulls nulls) {}
