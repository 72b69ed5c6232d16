package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import org.jspecify.annotations.Nullable;

/**
 * A column of table {@code T} holding values of type {@code V}: the equality comparisons every column has, and the
 * assignments of {@code updateWhere}. Generated table classes declare one constant per record component, such as
 * {@code FlavorTable.ID}.
 *
 * @param <T> the record type of the table
 * @param <V> the Java type of the column's values
 * @since 0.1.0
 */
public sealed class Column<T, V> extends OperandNode<V> implements Operand<T, V>
        permits ComparableColumn, EnumColumn, JsonColumn {

    private final ColumnSpec spec;
    private final Expr.Column ref;

    /**
     * Creates a column; generated code calls {@code support.Columns}.
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     */
    Column(String name, ColumnType type, boolean nullable) {
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

    /** The column's schema: name, type and nullability; generated code reads it through {@code Columns}. */
    final ColumnSpec spec() {
        return spec;
    }

    /** The column as an expression. */
    final Expr.Column ref() {
        return ref;
    }

    @Override
    final Expr expr() {
        return ref;
    }

    @Override
    final ColumnType type() {
        return spec.type();
    }

    /** The value as bound to SQL; enum columns bind the constant's stored value. */
    @Nullable
    Object toSql(@Nullable V value) {
        return value;
    }

    @Override
    final Expr.Param param(@Nullable V value) {
        return sqlParam(toSql(value));
    }

    /**
     * A parameter of this column holding a value already as bound to SQL.
     *
     * @param sqlValue the value to bind
     * @return the parameter
     */
    final Expr.Param sqlParam(@Nullable Object sqlValue) {
        return new Expr.Param(sqlValue, spec.type(), nativeEnum());
    }

    /**
     * Whether the column keeps its values in a native enum type ({@code @NativeEnum}).
     *
     * @return {@code false} but for such an enum column
     */
    boolean nativeEnum() {
        return false;
    }

    /**
     * The assignment of a value to this column, for {@code updateWhere}.
     *
     * @param value the new value; {@code null} only for a nullable column
     * @return the assignment
     * @throws IllegalArgumentException for {@code null} on a column that is not nullable
     */
    public final Assignment<T> set(@Nullable V value) {
        if (value == null && !spec.nullable()) {
            throw new IllegalArgumentException("column " + spec.name() + " is not nullable; it cannot be set to null");
        }
        return new Assignment<>(spec.name(), param(value));
    }

    /**
     * The assignment of a computed value, such as {@code RATING.set(RATING.plus(1))}.
     *
     * @param value the expression giving the new value
     * @return the assignment
     */
    public final Assignment<T> set(Operand<T, V> value) {
        return new Assignment<>(spec.name(), OperandNode.expr(value));
    }

    /**
     * This column qualified by a table alias, {@code "f"."id"}: for correlated subqueries, where it may be compared
     * with another table's columns.
     *
     * @param alias the alias given with {@link Query#as}
     * @param <U> the record type of the query it is used in
     * @return the qualified column
     */
    public final <U> Expression<U, V> of(String alias) {
        return new Expression<>(new Expr.Column(spec.name(), alias), spec.type());
    }

    @Override
    public String toString() {
        return spec.name();
    }
}
