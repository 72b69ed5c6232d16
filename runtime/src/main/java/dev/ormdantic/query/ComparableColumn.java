package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;

/**
 * A column whose values have an order (numbers, decimals, dates, times, strings): equality plus {@code <}, {@code <=},
 * {@code >} and {@code >=}.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the column's values
 */
public class ComparableColumn<T, V extends Comparable<? super V>> extends Column<T, V> {

    /**
     * Creates a column; called by generated code.
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     */
    public ComparableColumn(String name, ColumnType type, boolean nullable) {
        super(name, type, nullable);
    }

    /**
     * Rows whose value is less than {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    public final Filter<T> lt(V value) {
        return compare(Expr.CompareOp.LT, value);
    }

    /**
     * Rows whose value is less than or equal to {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    public final Filter<T> le(V value) {
        return compare(Expr.CompareOp.LE, value);
    }

    /**
     * Rows whose value is greater than {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    public final Filter<T> gt(V value) {
        return compare(Expr.CompareOp.GT, value);
    }

    /**
     * Rows whose value is greater than or equal to {@code value}.
     *
     * @param value the bound
     * @return the filter
     */
    public final Filter<T> ge(V value) {
        return compare(Expr.CompareOp.GE, value);
    }

    /**
     * The same as {@link #le}, under the name the dictionary filters use ({@code lte}).
     *
     * @param value the bound
     * @return the filter
     */
    public final Filter<T> lte(V value) {
        return le(value);
    }

    /**
     * The same as {@link #ge}, under the name the dictionary filters use ({@code gte}).
     *
     * @param value the bound
     * @return the filter
     */
    public final Filter<T> gte(V value) {
        return ge(value);
    }

    private Filter<T> compare(Expr.CompareOp op, V value) {
        return Filter.of(new Expr.Compare(ref(), op, param(value)));
    }
}
