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
 * @param record the qualified name of the record the table comes from, or the empty string when unknown
 * @param components each column's name mapped to its record component as declared ({@code String nickname}), for
 *     messages that print the annotation to add; empty when unknown
 * @since 0.1.0
 */
public record TableSnapshot(
        TableSpec table,
        String renamedFrom,
        SortedMap<String, String> columnRenames,
        String record,
        SortedMap<String, String> components) {

    /**
     * A table without rename hints or source.
     *
     * @param table the table
     */
    public TableSnapshot(TableSpec table) {
        this(table, "", new TreeMap<>());
    }

    /**
     * A table with rename hints, without source.
     *
     * @param table the table
     * @param renamedFrom the table's earlier name, or the empty string
     * @param columnRenames each renamed column's current name mapped to its earlier name
     */
    public TableSnapshot(TableSpec table, String renamedFrom, SortedMap<String, String> columnRenames) {
        this(table, renamedFrom, columnRenames, "", new TreeMap<>());
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
        Objects.requireNonNull(record, "record");
        TreeMap<String, String> declared = new TreeMap<>(components);
        for (String column : declared.keySet()) {
            table.column(column);
        }
        components = Collections.unmodifiableSortedMap(declared);
    }

    /**
     * The record's simple name ({@code Author} for {@code com.example.Author}), or the empty string when unknown.
     *
     * @return the simple name
     */
    public String recordSimpleName() {
        return record.substring(record.lastIndexOf('.') + 1);
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
