package dev.ormdantic;

/**
 * Makes a value of one row of a raw SQL statement's result ({@link SqlStatement#query(RowMapper)} and its kin).
 *
 * <pre>{@code
 * List<String> names = db.blocking()
 *         .sql("SELECT name FROM flavor WHERE rating >= ? ORDER BY name")
 *         .bind(4)
 *         .query(row -> row.getString("name"));
 * }</pre>
 *
 * @param <R> the value's type
 * @since 0.1.0
 */
@FunctionalInterface
public interface RowMapper<R> {

    /**
     * Makes the value of the current row. The row is a view of the result as it is read: valid only during this
     * call, so keep the values, never the row.
     *
     * @param row the current row
     * @return its value; {@code null} is kept by {@code query} and {@code stream} and refused by {@code queryOne}
     */
    R map(SqlRow row);
}
