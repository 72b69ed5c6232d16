package dev.ormdantic.dialect.schema;

import java.util.List;

/**
 * An index on one or more columns of a table.
 *
 * @param name the index name ({@code <table>_<column>_idx}, or {@code <table>_<column>_unique_idx} when unique)
 * @param columns the indexed column names, in index order
 * @param unique whether the index enforces uniqueness
 */
public record IndexSpec(String name, List<String> columns, boolean unique) {

    /**
     * Copies the column list.
     *
     * @throws IllegalArgumentException when there is no column
     */
    public IndexSpec {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
    }
}
