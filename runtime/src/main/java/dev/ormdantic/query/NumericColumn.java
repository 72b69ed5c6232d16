package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;

/**
 * A numeric column ({@code short}, {@code int}, {@code long}, {@code float}, {@code double}, {@code BigDecimal}):
 * the comparisons plus arithmetic, as in {@code RATING.plus(1)} or {@code PRICE.gt(COST.times(2))}.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the column's values
 * @since 0.1.0
 */
public final class NumericColumn<T, V extends Number & Comparable<? super V>> extends ComparableColumn<T, V>
        implements NumericOperand<T, V> {

    /**
     * Creates a column; generated code calls {@code support.Columns}.
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     */
    NumericColumn(String name, ColumnType type, boolean nullable) {
        super(name, type, nullable);
    }
}
