package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;

/**
 * A text column: ordering comparisons plus {@code LIKE} patterns.
 *
 * @param <T> the record type of the table
 */
public class StringColumn<T> extends ComparableColumn<T, String> {

    /**
     * Creates a column; called by generated code.
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     */
    public StringColumn(String name, ColumnType type, boolean nullable) {
        super(name, type, nullable);
    }

    /**
     * Rows whose value matches a {@code LIKE} pattern ({@code %} any run of characters, {@code _} one character).
     * The pattern is bound as a parameter.
     *
     * @param pattern the pattern
     * @return the filter
     */
    public final Filter<T> like(String pattern) {
        return Filter.of(new Expr.Like(ref(), param(pattern), false, false));
    }

    /**
     * Rows whose value does not match a {@code LIKE} pattern.
     *
     * @param pattern the pattern
     * @return the filter
     */
    public final Filter<T> notLike(String pattern) {
        return Filter.of(new Expr.Like(ref(), param(pattern), true, false));
    }

    /**
     * Rows whose value matches a {@code LIKE} pattern regardless of case, on every dialect.
     *
     * @param pattern the pattern
     * @return the filter
     */
    public final Filter<T> ilike(String pattern) {
        return Filter.of(new Expr.Like(ref(), param(pattern), false, true));
    }
}
