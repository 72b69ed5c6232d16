package dev.ormdantic.dialect.schema;

import java.util.List;

/**
 * An index on one or more columns of a table.
 *
 * @param name the index name ({@code <table>_<column>_idx}, or {@code <table>_<column>_unique_idx} when unique)
 * @param columns the indexed column names, in index order
 * @param unique whether the index enforces uniqueness
 * @param where the predicate of a partial index, in SQL over column names, or the empty string for a full index
 * @since 0.1.0
 */
public record IndexSpec(String name, List<String> columns, boolean unique, String where) {

    /**
     * A full index.
     *
     * @param name the index name
     * @param columns the indexed column names, in index order
     * @param unique whether the index enforces uniqueness
     */
    public IndexSpec(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, "");
    }

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
