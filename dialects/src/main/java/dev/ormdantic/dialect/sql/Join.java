package dev.ormdantic.dialect.sql;

/**
 * A {@code LEFT JOIN} of a table to a query's {@code FROM}: {@code LEFT JOIN schema.table alias ON on}. Rows of the
 * {@code FROM} without a match keep their place, with {@code NULL} in every column of the joined table.
 *
 * @param table the joined table
 * @param schema its schema, or the empty string for the default one
 * @param alias its alias, which the {@code ON} condition and the projections qualify its columns with
 * @param on the join condition
 * @since 0.1.0
 */
public record Join(String table, String schema, String alias, Expr on) {}
