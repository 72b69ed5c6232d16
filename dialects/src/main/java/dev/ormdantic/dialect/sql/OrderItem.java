package dev.ormdantic.dialect.sql;

/**
 * One term of an {@code ORDER BY}.
 *
 * @param column the column name, taken from generated table metadata
 * @param descending {@code DESC} instead of {@code ASC}
 */
public record OrderItem(String column, boolean descending) {}
