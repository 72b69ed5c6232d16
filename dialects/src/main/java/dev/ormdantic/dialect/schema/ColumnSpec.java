package dev.ormdantic.dialect.schema;

import java.util.Objects;

/**
 * One column of a table.
 *
 * @param name the column name as stored in the database (unquoted)
 * @param type the logical type
 * @param nullable whether the column accepts {@code NULL}
 */
public record ColumnSpec(String name, ColumnType type, boolean nullable) {

    /**
     * Checks the name.
     *
     * @throws IllegalArgumentException when the name is blank
     */
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a column name must not be blank");
        }
    }
}
