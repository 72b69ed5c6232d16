package dev.ormdantic.migrations;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.SchemaChange.Safety;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The differences between two schema snapshots, found without any database: every schema, table, view, column,
 * primary key, index, unique constraint, foreign key, check and native enum type added, removed, changed or renamed,
 * each classified ({@link SchemaChange.Safety}, and whether SQLite must rebuild the table).
 *
 * <p>A table or column whose {@code @RenamedFrom} names one of the older snapshot becomes a rename, which keeps the
 * data. A table or column removed while another with the same definition is added, with no hint either way, fails the
 * diff ({@link ErrorCode#MIGRATION_PROBABLE_RENAME}) with the annotation to add: a diff never silently turns a rename
 * into a drop.
 *
 * @param from the older snapshot
 * @param to the newer snapshot
 * @param changes the changes, schemas first, then each table in order
 * @param tableRenames each renamed table's new qualified name mapped to its old one
 * @param columnRenames for each table (by new qualified name), each renamed column's new name mapped to its old one
 * @since 0.1.0
 */
public record SchemaDiff(
        SchemaSnapshot from,
        SchemaSnapshot to,
        List<SchemaChange> changes,
        Map<String, String> tableRenames,
        Map<String, Map<String, String>> columnRenames) {

    /** Copies the lists and maps. */
    public SchemaDiff {
        changes = List.copyOf(changes);
        tableRenames = Map.copyOf(tableRenames);
        columnRenames = Map.copyOf(columnRenames);
    }

    /**
     * The changes from one snapshot to another.
     *
     * @param from the older snapshot ({@link SchemaSnapshot#empty()} for an empty database)
     * @param to the newer snapshot
     * @return the diff
     * @throws MigrationException with {@link ErrorCode#MIGRATION_PROBABLE_RENAME} when a removed and an added column or
     *     table have the same definition and no {@code @RenamedFrom} says what happened
     */
    public static SchemaDiff between(SchemaSnapshot from, SchemaSnapshot to) {
        return new DiffBuilder(from, to, null).build();
    }

    /**
     * The diff that undoes this one: from {@link #to} back to {@link #from}, with every rename reversed.
     *
     * @return the reverse diff
     */
    public SchemaDiff reverse() {
        return new DiffBuilder(to, from, this).build();
    }

    /**
     * Whether the snapshots are equal in everything a migration changes.
     *
     * @return {@code true} when there is no change
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The message of every change, in order.
     *
     * @return the messages
     */
    public List<String> summary() {
        return changes.stream().map(SchemaChange::message).toList();
    }

    /**
     * The changes that may delete or rewrite data.
     *
     * @return the destructive changes
     */
    public List<SchemaChange> destructiveChanges() {
        return changes.stream().filter(c -> c.safety() == Safety.DESTRUCTIVE).toList();
    }

    /**
     * The changes that are unsafe or destructive.
     *
     * @return the changes to review
     */
    public List<SchemaChange> unsafeChanges() {
        return changes.stream().filter(c -> c.safety() != Safety.SAFE).toList();
    }

    /**
     * Whether any change may delete or rewrite data.
     *
     * @return {@code true} when a change is destructive
     */
    public boolean hasDestructiveChanges() {
        return !destructiveChanges().isEmpty();
    }

    /**
     * The seed's warnings: one per unsafe or destructive change, as {@code code: message}.
     *
     * @return the warnings, in change order
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (SchemaChange change : changes) {
            String code = change.warningCode();
            if (code != null) {
                warnings.add(code + ": " + change.warning());
            }
        }
        return warnings;
    }

    /** The key of a table in a snapshot. */
    static String key(String schema, String name) {
        return schema.isEmpty() ? name : schema + "." + name;
    }

    static String key(TableSpec table) {
        return key(table.schema(), table.name());
    }

    /** The failure for a removed and an added object with the same definition, printing the annotation to add. */
    static MigrationException probableRename(
            String what, String removed, String added, TableSnapshot table, String annotation) {
        return new MigrationException(
                ErrorCode.MIGRATION_PROBABLE_RENAME,
                new ErrorContext("diff", table.name(), null),
                what + " " + removed + " was removed and " + what + " " + added
                        + " was added with the same definition; a diff does not guess whether it was renamed",
                "if it was renamed (keeping its data), add " + annotation
                        + "; if the old one really goes and the new one starts empty, make the change in two"
                        + " migrations (remove, then add)",
                null);
    }

    /** The names in both lists, in the order of the second. */
    static List<String> common(List<String> first, List<String> second) {
        TreeSet<String> set = new TreeSet<>(first);
        return second.stream().filter(set::contains).toList();
    }

    /** A column without its name, so that columns can be compared for a probable rename. */
    static ColumnSpec unnamed(ColumnSpec column) {
        return new ColumnSpec("c", column.type(), column.nullable(), column.generation(), List.of(), column.enumType());
    }

    /** The columns of a table by name, in table order. */
    static Map<String, ColumnSpec> columnsByName(TableSpec table) {
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        for (ColumnSpec column : table.columns()) {
            columns.put(column.name(), column);
        }
        return columns;
    }
}
