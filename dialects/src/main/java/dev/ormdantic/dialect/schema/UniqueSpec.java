package dev.ormdantic.dialect.schema;

import java.util.List;

/**
 * A unique constraint over one or more columns.
 *
 * @param name the constraint name ({@code <table>_unique_<i>} unless declared)
 * @param columns the constrained columns
 * @since 0.1.0
 */
public record UniqueSpec(String name, List<String> columns) {

    /**
     * Copies the column list.
     *
     * @throws IllegalArgumentException when there is no column
     */
    public UniqueSpec {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint " + name + " needs at least one column");
        }
    }
}
