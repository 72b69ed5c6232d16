package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import org.jspecify.annotations.Nullable;

/**
 * A column holding an enum, stored by the constant's name.
 *
 * @param <T> the record type of the table
 * @param <E> the enum type
 */
public class EnumColumn<T, E extends Enum<E>> extends Column<T, E> {

    /**
     * Creates a column; called by generated code.
     *
     * @param name the column name in the database
     * @param type the logical type (a string as long as the longest constant name)
     * @param nullable whether the column accepts {@code NULL}
     */
    public EnumColumn(String name, ColumnType type, boolean nullable) {
        super(name, type, nullable);
    }

    @Override
    protected @Nullable Object toSql(@Nullable E value) {
        return value == null ? null : value.name();
    }
}
