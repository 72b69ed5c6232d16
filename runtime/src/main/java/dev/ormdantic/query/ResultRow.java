package dev.ormdantic.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link Query}'s result: its values by position and by result-column name, as the driver returned
 * them, with typed getters that convert numbers. Immutable.
 *
 * @param columns the result-column names, lower-cased
 * @param values the values, in column order
 */
public record ResultRow(List<String> columns, List<@Nullable Object> values) {

    /** Copies the lists. */
    public ResultRow {
        columns = List.copyOf(columns);
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * The value of a column.
     *
     * @param column the result-column name (any case)
     * @return the value, or {@code null}
     * @throws IllegalArgumentException when there is no such column
     */
    public @Nullable Object get(String column) {
        int index = columns.indexOf(column.toLowerCase(java.util.Locale.ROOT));
        if (index < 0) {
            throw new IllegalArgumentException("no result column " + column + "; the columns are " + columns);
        }
        return values.get(index);
    }

    /**
     * A column's value as a long.
     *
     * @param column the result-column name
     * @return the number
     * @throws IllegalStateException when it is {@code NULL} or not a number
     */
    public long getLong(String column) {
        return number(column).longValue();
    }

    /**
     * A column's value as a double.
     *
     * @param column the result-column name
     * @return the number
     * @throws IllegalStateException when it is {@code NULL} or not a number
     */
    public double getDouble(String column) {
        return number(column).doubleValue();
    }

    /**
     * A column's value as a decimal.
     *
     * @param column the result-column name
     * @return the number
     * @throws IllegalStateException when it is {@code NULL} or not a number
     */
    public BigDecimal getBigDecimal(String column) {
        Number number = number(column);
        return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    }

    /**
     * A column's value as text.
     *
     * @param column the result-column name
     * @return the text, or {@code null} for {@code NULL}
     */
    public @Nullable String getString(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    private Number number(String column) {
        Object value = get(column);
        if (value instanceof Number number) {
            return number;
        }
        if (value instanceof String text) {
            return new BigDecimal(text);
        }
        throw new IllegalStateException("result column " + column + " holds "
                + (value == null ? "NULL" : "a " + value.getClass().getSimpleName()) + ", not a number");
    }
}
