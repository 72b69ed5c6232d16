package dev.ormdantic.dialect.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A table: its name, its columns in record-component order, its primary key and its indexes; with the schema it
 * lives in, its unique constraints and foreign keys, or the query that makes it a view.
 *
 * @param name the table name (unquoted)
 * @param columns the columns, in the order of the record's components (the order of every column list rendered)
 * @param primaryKey the primary-key column names, in key order
 * @param indexes the secondary indexes, in declaration order
 * @param schema the schema (namespace) holding the table, or the empty string for the connection's default
 * @param uniques the unique constraints, in declaration order
 * @param foreignKeys the foreign keys, in declaration order
 * @param view the view definition when the table is a view, else {@code null}
 * @param checks the table-level {@code CHECK} constraints ({@code @Table(checks)}), in declaration order; column
 *     checks are on the columns
 * @since 0.1.0
 */
public record TableSpec(
        String name,
        List<ColumnSpec> columns,
        List<String> primaryKey,
        List<IndexSpec> indexes,
        String schema,
        List<UniqueSpec> uniques,
        List<ForeignKeySpec> foreignKeys,
        @Nullable ViewSpec view,
        List<CheckSpec> checks) {

    /**
     * A table without table-level checks.
     *
     * @param name the table name
     * @param columns the columns
     * @param primaryKey the primary-key column names
     * @param indexes the secondary indexes
     * @param schema the schema, or the empty string
     * @param uniques the unique constraints
     * @param foreignKeys the foreign keys
     * @param view the view definition, or {@code null}
     */
    public TableSpec(
            String name,
            List<ColumnSpec> columns,
            List<String> primaryKey,
            List<IndexSpec> indexes,
            String schema,
            List<UniqueSpec> uniques,
            List<ForeignKeySpec> foreignKeys,
            @Nullable ViewSpec view) {
        this(name, columns, primaryKey, indexes, schema, uniques, foreignKeys, view, List.of());
    }

    /**
     * A plain table in the default schema, without unique constraints or foreign keys, with table-level checks.
     *
     * @param name the table name
     * @param columns the columns
     * @param primaryKey the primary-key column names
     * @param indexes the secondary indexes
     * @param checks the table-level checks
     */
    public TableSpec(
            String name,
            List<ColumnSpec> columns,
            List<String> primaryKey,
            List<IndexSpec> indexes,
            List<CheckSpec> checks) {
        this(name, columns, primaryKey, indexes, "", List.of(), List.of(), null, checks);
    }

    /**
     * A plain table in the default schema, without unique constraints or foreign keys.
     *
     * @param name the table name
     * @param columns the columns
     * @param primaryKey the primary-key column names
     * @param indexes the secondary indexes
     */
    public TableSpec(String name, List<ColumnSpec> columns, List<String> primaryKey, List<IndexSpec> indexes) {
        this(name, columns, primaryKey, indexes, "", List.of(), List.of(), null, List.of());
    }

    /**
     * Copies the lists and checks that every key, index, unique and foreign-key column exists.
     *
     * @throws IllegalArgumentException when a name is duplicated or unknown, or the key is empty
     */
    public TableSpec {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
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
        for (UniqueSpec unique : uniques) {
            for (String column : unique.columns()) {
                requireColumn(names, name, column);
            }
        }
        for (ForeignKeySpec foreignKey : foreignKeys) {
            for (String column : foreignKey.columns()) {
                requireColumn(names, name, column);
            }
        }
    }

    /**
     * Whether this table is a view.
     *
     * @return {@code true} when {@link #view()} is set
     */
    public boolean isView() {
        return view != null;
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
     * Whether the column is part of the key, of any index, unique constraint or foreign key (some dialects cannot
     * index unbounded text).
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
        for (UniqueSpec unique : uniques) {
            if (unique.columns().contains(columnName)) {
                return true;
            }
        }
        for (ForeignKeySpec foreignKey : foreignKeys) {
            if (foreignKey.columns().contains(columnName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unique keys other than the primary key: the unique constraints and unique indexes, in declaration order
     * (constraints first), leaving out any over exactly the key columns.
     *
     * @return the other unique keys, each as a constraint or index name and its columns; empty for most tables
     */
    public List<UniqueSpec> otherUniqueKeys() {
        List<UniqueSpec> keys = new ArrayList<>();
        for (UniqueSpec unique : uniques) {
            keys.add(unique);
        }
        for (IndexSpec index : indexes) {
            if (index.unique()) {
                keys.add(new UniqueSpec(index.name(), index.columns()));
            }
        }
        keys.removeIf(key -> Set.copyOf(key.columns()).equals(Set.copyOf(primaryKey)));
        return List.copyOf(keys);
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

    /**
     * The columns an insert writes: every column but the generated ones, in table order.
     *
     * @return the inserted columns
     */
    public List<ColumnSpec> insertColumns() {
        return columns.stream().filter(c -> c.generation().writtenByInsert()).toList();
    }

    /**
     * The columns an insert leaves to the database and reads back (identity, default, computed, sequence), in table
     * order.
     *
     * @return the generated columns, empty for a table without any
     */
    public List<ColumnSpec> generatedColumns() {
        return columns.stream().filter(c -> !c.generation().writtenByInsert()).toList();
    }

    /**
     * The columns an upsert writes: every column but the computed ones, in table order (an identity or sequence key
     * is given by the caller).
     *
     * @return the upserted columns
     */
    public List<ColumnSpec> upsertColumns() {
        return columns.stream().filter(c -> c.generation().writtenByUpdate()).toList();
    }

    /**
     * The columns an update by key sets: the non-key columns but the computed ones, in table order.
     *
     * @return the updated columns
     */
    public List<ColumnSpec> updateColumns() {
        return nonKeyColumns().stream()
                .filter(c -> c.generation().writtenByUpdate())
                .toList();
    }

    /**
     * The identity column, if the table has one.
     *
     * @return the identity column, or {@code null}
     */
    public @Nullable ColumnSpec identityColumn() {
        for (ColumnSpec column : columns) {
            if (column.generation() instanceof ColumnGeneration.Identity) {
                return column;
            }
        }
        return null;
    }

    /**
     * The sequences the table's columns draw from, in table order.
     *
     * @return the sequences, empty for most tables
     */
    public List<ColumnGeneration.Sequence> sequences() {
        List<ColumnGeneration.Sequence> sequences = new ArrayList<>();
        for (ColumnSpec column : columns) {
            if (column.generation() instanceof ColumnGeneration.Sequence sequence) {
                sequences.add(sequence);
            }
        }
        return sequences;
    }
}
