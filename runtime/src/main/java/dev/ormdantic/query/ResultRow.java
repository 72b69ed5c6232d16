package dev.ormdantic.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link Query}'s result: its values by position and by result-column name, as the driver returned
 * them, with typed getters that convert numbers. Immutable; two rows are equal when their column names and values
 * are.
 *
 * <p>The rows of one result share one list of column names, so a row costs one small array.
 *
 * @since 0.1.0
 */
public final class ResultRow {

    private final List<String> columns;
    private final @Nullable Object[] values;

    private ResultRow(List<String> columns, @Nullable Object[] values) {
        if (columns.size() != values.length) {
            throw new IllegalArgumentException(
                    columns.size() + " column names for " + values.length + " values: " + columns);
        }
        this.columns = columns;
        this.values = values;
    }

    /**
     * A row from lists.
     *
     * @param columns the result-column names, lower-cased
     * @param values the values, in column order
     * @throws IllegalArgumentException when the lists differ in size
     */
    public ResultRow(List<String> columns, List<@Nullable Object> values) {
        this(List.copyOf(columns), values.toArray());
    }

    /**
     * A row from one result's shared column names and a row's values; the runtime's fast path.
     *
     * @param columns the result-column names, lower-cased; copied only when not already an unmodifiable list made by
     *     {@link List#copyOf} or {@link List#of}
     * @param values the values, in column order; the array is copied
     * @return the row
     * @throws IllegalArgumentException when the sizes differ
     */
    public static ResultRow of(List<String> columns, @Nullable Object[] values) {
        return new ResultRow(List.copyOf(columns), values.clone());
    }

    /**
     * The result-column names, lower-cased, in column order.
     *
     * @return the names
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * The values, in column order, as the driver returned them.
     *
     * @return an unmodifiable list that may hold {@code null}
     */
    public List<@Nullable Object> values() {
        List<@Nullable Object> copy = new ArrayList<>(values.length);
        Collections.addAll(copy, values);
        return Collections.unmodifiableList(copy);
    }

    /**
     * The number of columns.
     *
     * @return the column count
     */
    public int size() {
        return values.length;
    }

    /**
     * The value of a column by position.
     *
     * @param position the column's position, from 1 as in JDBC
     * @return the value, or {@code null}
     * @throws IndexOutOfBoundsException when there is no such column
     */
    public @Nullable Object get(int position) {
        return values[index(position)];
    }

    /**
     * The value of a column.
     *
     * @param column the result-column name (any case)
     * @return the value, or {@code null}
     * @throws IllegalArgumentException when there is no such column
     */
    public @Nullable Object get(String column) {
        return values[indexOf(column)];
    }

    /**
     * A column's value as a long.
     *
     * @param column the result-column name
     * @return the number
     * @throws IllegalStateException when it is {@code NULL} or not a number
     */
    public long getLong(String column) {
        return number(column, get(column)).longValue();
    }

    /**
     * A column's value as a long, by position.
     *
     * @param position the column's position, from 1
     * @return the number
     * @throws IllegalStateException when it is {@code NULL} or not a number
     */
    public long getLong(int position) {
        return number(columns.get(index(position)), get(position)).longValue();
    }

    /**
     * A column's value as a double.
     *
     * @param column the result-column name
     * @return the number
     * @throws IllegalStateException when it is {@code NULL} or not a number
     */
    public double getDouble(String column) {
        return number(column, get(column)).doubleValue();
    }

    /**
     * A column's value as a decimal.
     *
     * @param column the result-column name
     * @return the number
     * @throws IllegalStateException when it is {@code NULL} or not a number
     */
    public BigDecimal getBigDecimal(String column) {
        Number number = number(column, get(column));
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

    /**
     * A column's value as text, by position.
     *
     * @param position the column's position, from 1
     * @return the text, or {@code null} for {@code NULL}
     */
    public @Nullable String getString(int position) {
        Object value = get(position);
        return value == null ? null : value.toString();
    }

    private int index(int position) {
        if (position < 1 || position > values.length) {
            throw new IndexOutOfBoundsException(
                    "no result column at position " + position + "; positions run from 1 to " + values.length);
        }
        return position - 1;
    }

    private int indexOf(String column) {
        // Names are lower-cased once per result; compare as given first, which is the common spelling.
        int index = columns.indexOf(column);
        if (index < 0) {
            index = columns.indexOf(column.toLowerCase(Locale.ROOT));
        }
        if (index < 0) {
            throw new IllegalArgumentException("no result column " + column + "; the columns are " + columns);
        }
        return index;
    }

    private static Number number(String column, @Nullable Object value) {
        if (value instanceof Number number) {
            return number;
        }
        if (value instanceof String text) {
            return new BigDecimal(text);
        }
        throw new IllegalStateException("result column " + column + " holds "
                + (value == null ? "NULL" : "a " + value.getClass().getSimpleName()) + ", not a number");
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ResultRow row && columns.equals(row.columns) && Arrays.equals(values, row.values);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ResultRow[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(columns.get(i)).append('=').append(values[i]);
        }
        return text.append(']').toString();
    }
}
