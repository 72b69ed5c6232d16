package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A column of table {@code T} holding values of type {@code V}: the equality comparisons every column has. Generated
 * table classes declare one constant per record component, such as {@code FlavorTable.ID}.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the column's values
 */
public class Column<T, V> {

    private final ColumnSpec spec;
    private final Expr.Column ref;

    /**
     * Creates a column; called by generated code.
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     */
    public Column(String name, ColumnType type, boolean nullable) {
        this.spec = new ColumnSpec(name, type, nullable);
        this.ref = new Expr.Column(name);
    }

    /**
     * The column name in the database.
     *
     * @return the name
     */
    public final String name() {
        return spec.name();
    }

    /**
     * The column's schema: name, type and nullability.
     *
     * @return the spec
     */
    public final ColumnSpec spec() {
        return spec;
    }

    /**
     * The column as an expression.
     *
     * @return the column reference
     */
    protected final Expr.Column ref() {
        return ref;
    }

    /**
     * The value as bound to SQL; enum columns bind the constant's name.
     *
     * @param value a value of this column
     * @return the value to bind
     */
    protected @Nullable Object toSql(@Nullable V value) {
        return value;
    }

    /**
     * A parameter holding a value of this column.
     *
     * @param value the value
     * @return the parameter
     */
    protected final Expr.Param param(@Nullable V value) {
        return new Expr.Param(toSql(value), spec.type());
    }

    /**
     * Rows whose value equals {@code value}; a {@code null} value means {@code IS NULL}.
     *
     * @param value the value
     * @return the filter
     */
    public final Filter<T> eq(@Nullable V value) {
        return value == null ? isNull() : Filter.of(new Expr.Compare(ref, Expr.CompareOp.EQ, param(value)));
    }

    /**
     * Rows whose value differs from {@code value}; a {@code null} value means {@code IS NOT NULL}.
     *
     * @param value the value
     * @return the filter
     */
    public final Filter<T> ne(@Nullable V value) {
        return value == null ? isNotNull() : Filter.of(new Expr.Compare(ref, Expr.CompareOp.NE, param(value)));
    }

    /**
     * Rows whose value is one of {@code values}; an empty collection matches no row.
     *
     * @param values the candidates
     * @return the filter
     */
    public final Filter<T> in(Collection<? extends V> values) {
        return Filter.of(new Expr.In(ref, params(values), false));
    }

    /**
     * Rows whose value is none of {@code values}; an empty collection matches every row.
     *
     * @param values the excluded values
     * @return the filter
     */
    public final Filter<T> notIn(Collection<? extends V> values) {
        return Filter.of(new Expr.In(ref, params(values), true));
    }

    /**
     * Rows where this column is {@code NULL}.
     *
     * @return the filter
     */
    public final Filter<T> isNull() {
        return Filter.of(new Expr.IsNull(ref, false));
    }

    /**
     * Rows where this column is not {@code NULL}.
     *
     * @return the filter
     */
    public final Filter<T> isNotNull() {
        return Filter.of(new Expr.IsNull(ref, true));
    }

    private List<Expr> params(Collection<? extends V> values) {
        List<Expr> params = new ArrayList<>(values.size());
        for (V value : values) {
            params.add(param(value));
        }
        return params;
    }

    @Override
    public String toString() {
        return spec.name();
    }
}
