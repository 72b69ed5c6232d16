package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;

/**
 * {@code column = value} in the {@code SET} clause of {@code updateWhere}, built by {@link Column#set}. Immutable.
 *
 * @param <T> the record type of the table
 * @since 0.1.0
 */
// T ties the assignment to its table, so that updateWhere accepts only that table's columns.
@SuppressWarnings("UnusedTypeParameter")
public final class Assignment<T> {

    private final String column;
    private final Expr value;

    Assignment(String column, Expr value) {
        this.column = column;
        this.value = value;
    }

    /**
     * The assigned column.
     *
     * @return the column name, from generated metadata
     */
    public String column() {
        return column;
    }

    /** The new value: a bound parameter or an expression over the row's columns. */
    Expr value() {
        return value;
    }

    @Override
    public String toString() {
        return column + " = " + value;
    }
}
