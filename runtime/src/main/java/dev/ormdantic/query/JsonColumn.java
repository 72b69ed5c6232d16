package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;

/**
 * A column holding a JSON document (a map, list, set or nested record written by Jackson). Documents are not
 * compared: the only filters are {@link #isNull()} and {@link #isNotNull()}. Its value type is {@link Document},
 * which has no instances, so {@code eq}, {@code in} and {@code set} accept nothing but {@code null}.
 *
 * @param <T> the record type of the table
 * @since 0.1.0
 */
public final class JsonColumn<T> extends Column<T, JsonColumn.Document> {

    /** No value: JSON documents are written with their record, never compared or assigned one by one. */
    public static final class Document {
        private Document() {}
    }

    /**
     * Creates a column; generated code calls {@code support.Columns}.
     *
     * @param name the column name in the database
     * @param type the logical type, of kind {@link ColumnType.Kind#JSON}
     * @param nullable whether the column accepts {@code NULL}
     */
    JsonColumn(String name, ColumnType type, boolean nullable) {
        super(name, type, nullable);
    }
}
