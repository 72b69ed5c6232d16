package dev.ormdantic.support;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.ComparableColumn;
import dev.ormdantic.query.EnumColumn;
import dev.ormdantic.query.JsonColumn;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import java.util.List;

/**
 * The column constants of generated table classes and their schemas, made and read here so that the query language's
 * column types keep their constructors, and the schema types, off the public API: {@code NAME = Columns.string("name",
 * ColumnType.string(80), false)}, and {@code Columns.spec(NAME)} in the table's spec. For generated code only.
 *
 * @since 0.1.0
 */
public final class Columns {

    private Columns() {}

    /**
     * A column's schema: name, type and nullability.
     *
     * @param column a column constant of a generated table class
     * @return its spec
     */
    public static ColumnSpec spec(Column<?, ?> column) {
        return QueryTrees.spec(column);
    }

    /**
     * A column compared for equality only (booleans, UUIDs, bytes).
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     * @param <T> the record type
     * @param <V> the value type
     * @return the column
     */
    public static <T, V> Column<T, V> column(String name, ColumnType type, boolean nullable) {
        return QueryTrees.access().column(name, type, nullable);
    }

    /**
     * An ordered column (dates, times, instants).
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     * @param <T> the record type
     * @param <V> the value type
     * @return the column
     */
    public static <T, V extends Comparable<? super V>> ComparableColumn<T, V> comparable(
            String name, ColumnType type, boolean nullable) {
        return QueryTrees.access().comparable(name, type, nullable);
    }

    /**
     * A numeric column.
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     * @param <T> the record type
     * @param <V> the value type
     * @return the column
     */
    public static <T, V extends Number & Comparable<? super V>> NumericColumn<T, V> numeric(
            String name, ColumnType type, boolean nullable) {
        return QueryTrees.access().numeric(name, type, nullable);
    }

    /**
     * A text column.
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     * @param <T> the record type
     * @return the column
     */
    public static <T> StringColumn<T> string(String name, ColumnType type, boolean nullable) {
        return QueryTrees.access().string(name, type, nullable);
    }

    /**
     * A JSON column.
     *
     * @param name the column name in the database
     * @param type the logical type, of kind {@link ColumnType.Kind#JSON}
     * @param nullable whether the column accepts {@code NULL}
     * @param <T> the record type
     * @return the column
     */
    public static <T> JsonColumn<T> json(String name, ColumnType type, boolean nullable) {
        return QueryTrees.access().json(name, type, nullable);
    }

    /**
     * A column of an enum stored by name.
     *
     * @param name the column name in the database
     * @param type the logical type (a string as long as the longest constant name)
     * @param nullable whether the column accepts {@code NULL}
     * @param <T> the record type
     * @param <E> the enum type
     * @return the column
     */
    public static <T, E extends Enum<E>> EnumColumn<T, E> enumeration(String name, ColumnType type, boolean nullable) {
        return enumeration(name, type, nullable, List.<E>of(), List.<String>of(), "");
    }

    /**
     * A column of an enum stored by name in a native enum type ({@code @NativeEnum}).
     *
     * @param name the column name in the database
     * @param type the logical type (a string as long as the longest constant name)
     * @param nullable whether the column accepts {@code NULL}
     * @param nativeType the native enum type's name
     * @param <T> the record type
     * @param <E> the enum type
     * @return the column
     */
    public static <T, E extends Enum<E>> EnumColumn<T, E> enumeration(
            String name, ColumnType type, boolean nullable, String nativeType) {
        return enumeration(name, type, nullable, List.<E>of(), List.<String>of(), nativeType);
    }

    /**
     * A column of an enum stored by chosen values ({@code @EnumValue}).
     *
     * @param name the column name in the database
     * @param type the logical type (a string as long as the longest value)
     * @param nullable whether the column accepts {@code NULL}
     * @param constants the enum's constants, in declaration order
     * @param values the value stored for each, in the same order
     * @param <T> the record type
     * @param <E> the enum type
     * @return the column
     */
    public static <T, E extends Enum<E>> EnumColumn<T, E> enumeration(
            String name, ColumnType type, boolean nullable, List<E> constants, List<String> values) {
        return enumeration(name, type, nullable, constants, values, "");
    }

    /**
     * A column of an enum stored by chosen values in a native enum type.
     *
     * @param name the column name in the database
     * @param type the logical type (a string as long as the longest value)
     * @param nullable whether the column accepts {@code NULL}
     * @param constants the enum's constants, in declaration order
     * @param values the value stored for each, in the same order
     * @param nativeType the native enum type's name, or the empty string for a text column
     * @param <T> the record type
     * @param <E> the enum type
     * @return the column
     */
    public static <T, E extends Enum<E>> EnumColumn<T, E> enumeration(
            String name, ColumnType type, boolean nullable, List<E> constants, List<String> values, String nativeType) {
        return QueryTrees.access().enumeration(name, type, nullable, constants, values, nativeType);
    }
}
