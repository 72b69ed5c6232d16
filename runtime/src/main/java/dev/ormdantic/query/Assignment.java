package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;

/**
 * {@code column = value} in the {@code SET} clause of {@code updateWhere}, built by {@link Column#set}. Immutable.
 *
 * @param <T> the record type of the table
 * @param column the column name, from generated metadata
 * @param value the new value: a bound parameter or an expression over the row's columns
 */
// T ties the assignment to its table, so that updateWhere accepts only that table's columns.
@SuppressWarnings("UnusedTypeParameter")
public record Assignment<T>(String column, Expr value) {}
