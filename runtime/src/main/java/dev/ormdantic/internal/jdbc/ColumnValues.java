package dev.ormdantic.internal.jdbc;

import dev.ormdantic.dialect.schema.ColumnSpec;
import org.jspecify.annotations.Nullable;

/** Reads one column of the current row as its kind's Java type, for the values a keyset cursor carries. */
public final class ColumnValues {

    private ColumnValues() {}

    /**
     * Reads one column of the current row as the Java value its spec describes.
     *
     * @param row the row
     * @param index the 1-based column index
     * @param column the column's spec
     * @return the value, or null for SQL NULL
     */
    public static @Nullable Object read(JdbcRow row, int index, ColumnSpec column) {
        return switch (column.type().kind()) {
            case STRING -> row.getNullableString(index);
            case BOOLEAN -> row.getNullableBoolean(index);
            case SHORT -> row.getNullableShort(index);
            case INT -> row.getNullableInt(index);
            case LONG -> row.getNullableLong(index);
            case FLOAT -> row.getNullableFloat(index);
            case DOUBLE -> row.getNullableDouble(index);
            case DECIMAL -> row.getNullableBigDecimal(index);
            case UUID -> row.getNullableUuid(index);
            case DATE -> row.getNullableLocalDate(index);
            case DATETIME -> row.getNullableLocalDateTime(index);
            case INSTANT -> row.getNullableInstant(index);
            case BYTES -> row.getNullableBytes(index);
            case BYTE -> row.getNullableByte(index);
            case BIG_INTEGER -> row.getNullableBigInteger(index);
            case TIME -> row.getNullableLocalTime(index);
            case OFFSET_DATETIME -> row.getNullableOffsetDateTime(index);
            case JSON -> row.getNullableString(index);
        };
    }
}
