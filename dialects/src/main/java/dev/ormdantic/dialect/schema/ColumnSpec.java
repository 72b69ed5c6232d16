package dev.ormdantic.dialect.schema;

import java.util.Objects;

/**
 * One column of a table.
 *
 * @param name the column name as stored in the database (unquoted)
 * @param type the logical type
 * @param nullable whether the column accepts {@code NULL}
 * @param generation where its value comes from when the application does not write it ({@link ColumnGeneration#none()}
 *     for an ordinary column)
 */
public record ColumnSpec(String name, ColumnType type, boolean nullable, ColumnGeneration generation) {

    /**
     * An ordinary column, written by the application.
     *
     * @param name the column name as stored in the database (unquoted)
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     */
    public ColumnSpec(String name, ColumnType type, boolean nullable) {
        this(name, type, nullable, ColumnGeneration.none());
    }

    /**
     * Checks the name.
     *
     * @throws IllegalArgumentException when the name is blank
     */
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(generation, "generation");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a column name must not be blank");
        }
    }

    /**
     * This column with another generation.
     *
     * @param newGeneration where its value comes from
     * @return the changed column
     */
    public ColumnSpec withGeneration(ColumnGeneration newGeneration) {
        return new ColumnSpec(name, type, nullable, newGeneration);
    }
}
