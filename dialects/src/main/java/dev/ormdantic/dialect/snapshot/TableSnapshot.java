package dev.ormdantic.dialect.snapshot;

import dev.ormdantic.dialect.schema.TableSpec;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One table of a snapshot: its schema model and the rename hints ({@code @RenamedFrom}) that say which table and
 * columns of an earlier snapshot it continues.
 *
 * @param table the table
 * @param renamedFrom the table's earlier name (in the same schema), or the empty string when it was not renamed
 * @param columnRenames each renamed column's current name mapped to its earlier name, sorted by current name
 * @since 0.1.0
 */
public record TableSnapshot(TableSpec table, String renamedFrom, SortedMap<String, String> columnRenames) {

    /**
     * A table without rename hints.
     *
     * @param table the table
     */
    public TableSnapshot(TableSpec table) {
        this(table, "", new TreeMap<>());
    }

    /**
     * Copies the renames and checks that every renamed column exists and no hint names the current name.
     *
     * @throws IllegalArgumentException when a hint is blank, names the current name or an unknown column
     */
    public TableSnapshot {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(renamedFrom, "renamedFrom");
        if (renamedFrom.equals(table.name())) {
            throw new IllegalArgumentException("table " + table.name() + " cannot be renamed from itself");
        }
        TreeMap<String, String> copy = new TreeMap<>(columnRenames);
        for (Map.Entry<String, String> rename : copy.entrySet()) {
            table.column(rename.getKey());
            if (rename.getValue().isBlank() || rename.getValue().equals(rename.getKey())) {
                throw new IllegalArgumentException("column " + table.name() + "." + rename.getKey()
                        + " has an invalid earlier name '" + rename.getValue() + "'");
            }
        }
        columnRenames = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * The table's schema, or the empty string for the default one.
     *
     * @return the schema
     */
    public String schema() {
        return table.schema();
    }

    /**
     * The table's name.
     *
     * @return the name
     */
    public String name() {
        return table.name();
    }

    /**
     * The table's key in a snapshot: {@code schema.name}, or the name alone in the default schema.
     *
     * @return the qualified name
     */
    public String qualifiedName() {
        return qualified(table.schema(), table.name());
    }

    static String qualified(String schema, String name) {
        return schema.isEmpty() ? name : schema + "." + name;
    }
}
