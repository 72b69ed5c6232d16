package dev.ormdantic.dialect.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table: its name, its columns in record-component order, its primary key and its indexes.
 *
 * @param name the table name (unquoted)
 * @param columns the columns, in the order of the record's components (the order of every column list rendered)
 * @param primaryKey the primary-key column names, in key order
 * @param indexes the secondary indexes, in declaration order
 * @param checks the table-level {@code CHECK} constraints ({@code @Table(checks)}), in declaration order; column
 *     checks are on the columns
 */
public record TableSpec(
        String name,
        List<ColumnSpec> columns,
        List<String> primaryKey,
        List<IndexSpec> indexes,
        List<CheckSpec> checks) {

    /**
     * A table without table-level checks.
     *
     * @param name the table name
     * @param columns the columns
     * @param primaryKey the primary-key column names
     * @param indexes the secondary indexes
     */
    public TableSpec(String name, List<ColumnSpec> columns, List<String> primaryKey, List<IndexSpec> indexes) {
        this(name, columns, primaryKey, indexes, List.of());
    }

    /**
     * Copies the lists and checks that every key and index column exists.
     *
     * @throws IllegalArgumentException when a name is duplicated or unknown, or the key is empty
     */
    public TableSpec {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        Set<String> names = new HashSet<>();
        for (ColumnSpec column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + column.name());
            }
        }
        if (primaryKey.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " needs a primary key");
        }
        for (String key : primaryKey) {
            requireColumn(names, name, key);
        }
        for (IndexSpec index : indexes) {
            for (String column : index.columns()) {
                requireColumn(names, name, column);
            }
        }
    }

    private static void requireColumn(Set<String> names, String table, String column) {
        if (!names.contains(column)) {
            throw new IllegalArgumentException("table " + table + " has no column " + column);
        }
    }

    /**
     * The column with the given name.
     *
     * @param columnName the column name
     * @return the column
     * @throws IllegalArgumentException when the table has no such column
     */
    public ColumnSpec column(String columnName) {
        for (ColumnSpec column : columns) {
            if (column.name().equals(columnName)) {
                return column;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + columnName);
    }

    /**
     * Whether the column is part of the primary key.
     *
     * @param columnName the column name
     * @return {@code true} for a key column
     */
    public boolean isKey(String columnName) {
        return primaryKey.contains(columnName);
    }

    /**
     * Whether the column is part of the key or of any index (some dialects cannot index unbounded text).
     *
     * @param columnName the column name
     * @return {@code true} for a key or indexed column
     */
    public boolean isKeyOrIndexed(String columnName) {
        if (isKey(columnName)) {
            return true;
        }
        for (IndexSpec index : indexes) {
            if (index.columns().contains(columnName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The columns that are not part of the primary key, in table order.
     *
     * @return the non-key columns
     */
    public List<ColumnSpec> nonKeyColumns() {
        List<ColumnSpec> result = new ArrayList<>();
        for (ColumnSpec column : columns) {
            if (!isKey(column.name())) {
                result.add(column);
            }
        }
        return result;
    }
}
