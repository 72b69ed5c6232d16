package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value of a row of table {@code T} with Java type {@code V}: a column, or an expression over columns such as
 * {@code PRICE.times(2)}. Offers the comparisons every value has; values given to them are bound parameters.
 *
 * <p>Comparisons with another operand have longer names ({@link #equalTo}, {@link #notEqualTo}) than those with a
 * value ({@link #eq}, {@link #ne}), so that {@code NAME.eq(null)} stays unambiguous.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the values
 */
public interface Operand<T, V> extends Selectable<T> {

    /**
     * The value as an expression tree.
     *
     * @return the expression
     */
    @Override
    Expr expr();

    /**
     * This value under a name, for {@link Query#select}.
     *
     * @param alias the name of the result column
     * @return the named selection
     */
    default Selection<T> as(String alias) {
        return new Selection<>(expr(), alias);
    }

    /**
     * Rows whose value is among the results of a one-column subquery.
     *
     * @param query the subquery
     * @return the filter
     */
    default Filter<T> inQuery(Query<?> query) {
        return Filter.of(new Expr.InSelect(expr(), query.toSelect(), false));
    }

    /**
     * Rows whose value is not among the results of a one-column subquery.
     *
     * @param query the subquery
     * @return the filter
     */
    default Filter<T> notInQuery(Query<?> query) {
        return Filter.of(new Expr.InSelect(expr(), query.toSelect(), true));
    }

    /**
     * The logical type of the value, which decides how a compared value is bound.
     *
     * @return the type
     */
    ColumnType type();

    /**
     * A parameter holding a value compared with this operand, converted as the column stores it (an enum by name).
     *
     * @param value the value
     * @return the parameter
     */
    Expr.Param param(@Nullable V value);

    /**
     * Rows whose value equals {@code value}; a {@code null} value means {@code IS NULL}.
     *
     * @param value the value
     * @return the filter
     */
    default Filter<T> eq(@Nullable V value) {
        return value == null ? isNull() : Filter.of(new Expr.Compare(expr(), Expr.CompareOp.EQ, param(value)));
    }

    /**
     * Rows whose value differs from {@code value}; a {@code null} value means {@code IS NOT NULL}. Like SQL, a row
     * whose value is {@code NULL} differs from nothing.
     *
     * @param value the value
     * @return the filter
     */
    default Filter<T> ne(@Nullable V value) {
        return value == null ? isNotNull() : Filter.of(new Expr.Compare(expr(), Expr.CompareOp.NE, param(value)));
    }

    /**
     * Rows whose value equals another operand's, such as another column of the same row.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> equalTo(Operand<T, V> other) {
        return Filter.of(new Expr.Compare(expr(), Expr.CompareOp.EQ, other.expr()));
    }

    /**
     * Rows whose value differs from another operand's.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> notEqualTo(Operand<T, V> other) {
        return Filter.of(new Expr.Compare(expr(), Expr.CompareOp.NE, other.expr()));
    }

    /**
     * Rows whose value is one of {@code values}; an empty collection matches no row.
     *
     * @param values the candidates
     * @return the filter
     */
    default Filter<T> in(Collection<? extends V> values) {
        return Filter.of(new Expr.In(expr(), params(values), false));
    }

    /**
     * Rows whose value is none of {@code values}; an empty collection matches every row.
     *
     * @param values the excluded values
     * @return the filter
     */
    default Filter<T> notIn(Collection<? extends V> values) {
        return Filter.of(new Expr.In(expr(), params(values), true));
    }

    /**
     * Rows where this value is {@code NULL}.
     *
     * @return the filter
     */
    default Filter<T> isNull() {
        return Filter.of(new Expr.IsNull(expr(), false));
    }

    /**
     * Rows where this value is not {@code NULL}.
     *
     * @return the filter
     */
    default Filter<T> isNotNull() {
        return Filter.of(new Expr.IsNull(expr(), true));
    }

    /**
     * The parameters of several values.
     *
     * @param values the values
     * @return one parameter each, in order
     */
    private List<Expr> params(Collection<? extends V> values) {
        List<Expr> params = new ArrayList<>(values.size());
        for (V value : values) {
            params.add(param(value));
        }
        return params;
    }
}
