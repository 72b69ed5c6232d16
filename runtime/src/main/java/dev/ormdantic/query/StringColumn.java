package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;

/**
 * A text column: the comparisons plus {@code LIKE} patterns and literal-text searches, each also regardless of case;
 * see {@link TextOperand}.
 *
 * @param <T> the record type of the table
 * @since 0.1.0
 */
public final class StringColumn<T> extends ComparableColumn<T, String> implements TextOperand<T> {

    /**
     * Creates a column; generated code calls {@code support.Columns}.
     *
     * @param name the column name in the database
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     */
    StringColumn(String name, ColumnType type, boolean nullable) {
        super(name, type, nullable);
    }
}
