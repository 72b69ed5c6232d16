package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;

/**
 * A column whose values have an order (dates, times, strings; numbers are {@link NumericColumn}s): equality plus
 * {@code <}, {@code <=}, {@code >}, {@code >=} and {@code BETWEEN}.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the column's values
 * @since 0.1.0
 */
public sealed class ComparableColumn<T, V extends Comparable<? super V>> extends Column<T, V>
        implements ComparableOperand<T, V> permits NumericColumn, StringColumn {

    /**
     * Creates a column; generated code calls {@code support.Columns}.
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     */
    ComparableColumn(String name, ColumnType type, boolean nullable) {
        super(name, type, nullable);
    }
}
