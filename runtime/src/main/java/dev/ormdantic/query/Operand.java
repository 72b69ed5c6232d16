package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value of a row of table {@code T} with Java type {@code V}: a column, or an expression over columns such as
 * {@code PRICE.times(2)}. Offers the comparisons every value has; each has one name, taking either a value, which is
 * bound as a parameter, or another operand, such as another column of the same row: {@code PRICE.eq(5)} and
 * {@code PRICE.eq(COST)}.
 *
 * <p>A literal {@code null} matches both forms, so {@code NAME.eq(null)} does not compile: write
 * {@link #isNull()}. A variable that holds {@code null} still means {@code IS NULL}.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the values
 * @since 0.1.0
 */
public sealed interface Operand<T, V> extends Selectable<T> permits Column, Expression, ComparableOperand {

    /**
     * This value under a name, for {@link Query#select}.
     *
     * @param alias the name of the result column
     * @return the named selection
     */
    default Selection<T> as(String alias) {
        return new Selection<>(OperandNode.expr(this), alias);
    }

    /**
     * Rows whose value is among the results of a one-column subquery.
     *
     * @param query the subquery
     * @return the filter
     */
    default Filter<T> inQuery(Subquery query) {
        return Filter.of(new Expr.InSelect(OperandNode.expr(this), Query.tree(query), false));
    }

    /**
     * Rows whose value is not among the results of a one-column subquery.
     *
     * @param query the subquery
     * @return the filter
     */
    default Filter<T> notInQuery(Subquery query) {
        return Filter.of(new Expr.InSelect(OperandNode.expr(this), Query.tree(query), true));
    }

    /**
     * Rows whose value equals {@code value}; a {@code null} value means {@code IS NULL}.
     *
     * @param value the value
     * @return the filter
     */
    default Filter<T> eq(@Nullable V value) {
        return value == null ? isNull() : compare(Expr.CompareOp.EQ, OperandNode.param(this, value));
    }

    /**
     * Rows whose value equals another operand's, such as another column of the same row.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> eq(Operand<T, V> other) {
        return compare(Expr.CompareOp.EQ, OperandNode.expr(other));
    }

    /**
     * Rows whose value differs from {@code value}; a {@code null} value means {@code IS NOT NULL}. Like SQL, a row
     * whose value is {@code NULL} differs from nothing.
     *
     * @param value the value
     * @return the filter
     */
    default Filter<T> ne(@Nullable V value) {
        return value == null ? isNotNull() : compare(Expr.CompareOp.NE, OperandNode.param(this, value));
    }

    /**
     * Rows whose value differs from another operand's.
     *
     * @param other the other operand
     * @return the filter
     */
    default Filter<T> ne(Operand<T, V> other) {
        return compare(Expr.CompareOp.NE, OperandNode.expr(other));
    }

    /**
     * Rows whose value is one of {@code values}; an empty collection matches no row.
     *
     * @param values the candidates
     * @return the filter
     */
    default Filter<T> in(Collection<? extends V> values) {
        return Filter.of(new Expr.In(OperandNode.expr(this), params(values), false));
    }

    /**
     * Rows whose value is none of {@code values}; an empty collection matches every row.
     *
     * @param values the excluded values
     * @return the filter
     */
    default Filter<T> notIn(Collection<? extends V> values) {
        return Filter.of(new Expr.In(OperandNode.expr(this), params(values), true));
    }

    /**
     * Rows where this value is {@code NULL}.
     *
     * @return the filter
     */
    default Filter<T> isNull() {
        return Filter.of(new Expr.IsNull(OperandNode.expr(this), false));
    }

    /**
     * Rows where this value is not {@code NULL}.
     *
     * @return the filter
     */
    default Filter<T> isNotNull() {
        return Filter.of(new Expr.IsNull(OperandNode.expr(this), true));
    }

    /** {@code this op right}. */
    private Filter<T> compare(Expr.CompareOp op, Expr right) {
        return Filter.of(new Expr.Compare(OperandNode.expr(this), op, right));
    }

    /** The parameters of several values, one each, in order. */
    private List<Expr> params(Collection<? extends V> values) {
        List<Expr> params = new ArrayList<>(values.size());
        for (V value : values) {
            params.add(OperandNode.param(this, value));
        }
        return params;
    }
}
