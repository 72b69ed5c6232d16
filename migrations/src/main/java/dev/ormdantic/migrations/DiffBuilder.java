package dev.ormdantic.migrations;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.migrations.SchemaChange.Action;
import dev.ormdantic.migrations.SchemaChange.ObjectType;
import dev.ormdantic.migrations.SchemaChange.Safety;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Computes a {@link SchemaDiff}: matches tables and columns (by name, then by rename hint) and compares each pair. */
final class DiffBuilder {

    private final SchemaSnapshot from;
    private final SchemaSnapshot to;
    private final @Nullable SchemaDiff reverseOf;
    private final Map<String, TableSnapshot> fromTables = new LinkedHashMap<>();
    private final Map<String, TableSnapshot> toTables = new LinkedHashMap<>();
    private final Map<String, String> tableRenames = new TreeMap<>();
    private final Map<String, Map<String, String>> columnRenames = new TreeMap<>();
    private final List<SchemaChange> changes = new ArrayList<>();

    DiffBuilder(SchemaSnapshot from, SchemaSnapshot to, @Nullable SchemaDiff reverseOf) {
        this.from = from;
        this.to = to;
        this.reverseOf = reverseOf;
        for (TableSnapshot table : from.tables()) {
            fromTables.put(table.qualifiedName(), table);
        }
        for (TableSnapshot table : to.tables()) {
            toTables.put(table.qualifiedName(), table);
        }
    }

    SchemaDiff build() {
        matchTableRenames();
        SortedSet<String> fromSchemas = schemas(from);
        SortedSet<String> toSchemas = schemas(to);
        for (String schema : toSchemas) {
            if (!fromSchemas.contains(schema)) {
                add(
                        Action.ADD,
                        ObjectType.SCHEMA,
                        schema,
                        "",
                        schema,
                        "",
                        List.of(),
                        Safety.SAFE,
                        false,
                        "Added schema " + schema,
                        null,
                        null);
            }
        }
        Map<String, String> renamedFromKeys = new HashMap<>();
        tableRenames.forEach((newKey, oldKey) -> renamedFromKeys.put(oldKey, newKey));
        List<TableSnapshot> added = new ArrayList<>();
        List<TableSnapshot> removed = new ArrayList<>();
        for (TableSnapshot table : to.tables()) {
            String key = table.qualifiedName();
            String source = tableRenames.getOrDefault(key, key);
            if (!fromTables.containsKey(source) || (!source.equals(key) && toTables.containsKey(source))) {
                added.add(table);
            }
        }
        for (TableSnapshot table : from.tables()) {
            String key = table.qualifiedName();
            if (!toTables.containsKey(key) && !renamedFromKeys.containsKey(key)) {
                removed.add(table);
            }
        }
        checkProbableTableRenames(removed, added);
        for (TableSnapshot table : to.tables()) {
            String key = table.qualifiedName();
            if (added.contains(table)) {
                TableSpec spec = table.table();
                ObjectType kind = spec.isView() ? ObjectType.VIEW : ObjectType.TABLE;
                add(
                        Action.ADD,
                        kind,
                        spec.schema(),
                        spec.name(),
                        spec.name(),
                        "",
                        List.of(),
                        Safety.SAFE,
                        false,
                        "Added " + kind.code() + " " + key,
                        null,
                        spec);
                continue;
            }
            TableSnapshot before = Objects.requireNonNull(fromTables.get(tableRenames.getOrDefault(key, key)));
            compare(before, table);
        }
        for (TableSnapshot table : removed) {
            TableSpec spec = table.table();
            boolean view = spec.isView();
            add(
                    Action.REMOVE,
                    view ? ObjectType.VIEW : ObjectType.TABLE,
                    spec.schema(),
                    spec.name(),
                    spec.name(),
                    "",
                    List.of(),
                    view ? Safety.UNSAFE : Safety.DESTRUCTIVE,
                    false,
                    "Removed " + (view ? "view " : "table ") + table.qualifiedName(),
                    spec,
                    null);
        }
        enumTypes();
        for (String schema : fromSchemas) {
            if (!toSchemas.contains(schema)) {
                add(
                        Action.REMOVE,
                        ObjectType.SCHEMA,
                        schema,
                        "",
                        schema,
                        "",
                        List.of(),
                        Safety.DESTRUCTIVE,
                        false,
                        "Removed schema " + schema,
                        null,
                        null);
            }
        }
        return new SchemaDiff(from, to, changes, tableRenames, columnRenames);
    }

    private void matchTableRenames() {
        if (reverseOf != null) {
            reverseOf.tableRenames().forEach((newKey, oldKey) -> tableRenames.put(oldKey, newKey));
            return;
        }
        for (TableSnapshot table : to.tables()) {
            if (table.renamedFrom().isEmpty()) {
                continue;
            }
            String oldKey = SchemaDiff.key(table.schema(), table.renamedFrom());
            String key = table.qualifiedName();
            if (fromTables.containsKey(oldKey) && !toTables.containsKey(oldKey) && !fromTables.containsKey(key)) {
                tableRenames.put(key, oldKey);
            }
        }
    }

    private static SortedSet<String> schemas(SchemaSnapshot snapshot) {
        TreeSet<String> schemas = new TreeSet<>();
        for (TableSnapshot table : snapshot.tables()) {
            if (!table.schema().isEmpty()) {
                schemas.add(table.schema());
            }
        }
        return schemas;
    }

    private void checkProbableTableRenames(List<TableSnapshot> removed, List<TableSnapshot> added) {
        for (TableSnapshot gone : removed) {
            for (TableSnapshot fresh : added) {
                if (gone.schema().equals(fresh.schema()) && sameShape(gone.table(), fresh.table())) {
                    String record = fresh.record().isEmpty() ? "the record of table " + fresh.name() : fresh.record();
                    throw SchemaDiff.probableRename(
                            "table",
                            gone.qualifiedName(),
                            fresh.qualifiedName(),
                            fresh,
                            "@RenamedFrom(\"" + gone.name() + "\") on " + record);
                }
            }
        }
    }

    private static boolean sameShape(TableSpec first, TableSpec second) {
        if (first.isView() != second.isView()
                || first.columns().size() != second.columns().size()
                || !first.primaryKey().equals(second.primaryKey())) {
            return false;
        }
        for (int i = 0; i < first.columns().size(); i++) {
            ColumnSpec a = first.columns().get(i);
            ColumnSpec b = second.columns().get(i);
            if (!a.name().equals(b.name()) || !SchemaDiff.unnamed(a).equals(SchemaDiff.unnamed(b))) {
                return false;
            }
        }
        return true;
    }

    /** Compares one table across the snapshots; {@code before} may be under its old name. */
    private void compare(TableSnapshot beforeSnapshot, TableSnapshot afterSnapshot) {
        TableSpec before = beforeSnapshot.table();
        TableSpec after = afterSnapshot.table();
        String key = afterSnapshot.qualifiedName();
        String label = after.name();
        if (!before.name().equals(after.name())) {
            add(
                    Action.RENAME,
                    after.isView() ? ObjectType.VIEW : ObjectType.TABLE,
                    after.schema(),
                    after.name(),
                    after.name(),
                    before.name(),
                    List.of(),
                    Safety.UNSAFE,
                    false,
                    "Renamed table " + beforeSnapshot.qualifiedName() + " to " + key,
                    before,
                    after);
        }
        if (after.isView() || before.isView()) {
            if (!Objects.equals(before.view(), after.view())
                    || !before.columns().equals(after.columns())) {
                add(
                        Action.CHANGE,
                        ObjectType.VIEW,
                        after.schema(),
                        after.name(),
                        after.name(),
                        "",
                        List.of("query"),
                        Safety.UNSAFE,
                        false,
                        "Changed view " + key,
                        before,
                        after);
            }
            return;
        }
        Map<String, String> renames = columnRenames(beforeSnapshot, afterSnapshot);
        if (!renames.isEmpty()) {
            columnRenames.put(key, renames);
        }
        Map<String, String> oldToNew = new HashMap<>();
        renames.forEach((newName, oldName) -> oldToNew.put(oldName, newName));
        Map<String, ColumnSpec> beforeColumns = SchemaDiff.columnsByName(before);
        List<ColumnSpec> addedColumns = new ArrayList<>();
        List<ColumnSpec> removedColumns = new ArrayList<>();
        for (ColumnSpec column : after.columns()) {
            String source = renames.getOrDefault(column.name(), column.name());
            if (!beforeColumns.containsKey(source)) {
                addedColumns.add(column);
            }
        }
        for (ColumnSpec column : before.columns()) {
            if (!oldToNew.containsKey(column.name())
                    && !SchemaDiff.columnsByName(after).containsKey(column.name())) {
                removedColumns.add(column);
            }
        }
        for (ColumnSpec gone : removedColumns) {
            for (ColumnSpec fresh : addedColumns) {
                if (SchemaDiff.unnamed(gone).equals(SchemaDiff.unnamed(fresh))) {
                    String component = afterSnapshot.components().get(fresh.name());
                    String record = afterSnapshot.recordSimpleName();
                    throw SchemaDiff.probableRename(
                            "column",
                            label + "." + gone.name(),
                            label + "." + fresh.name(),
                            afterSnapshot,
                            "@RenamedFrom(\"" + gone.name() + "\") "
                                    + (component != null ? component : "on the component of column " + fresh.name())
                                    + (record.isEmpty() ? "" : " on " + record));
                }
            }
        }
        renames.forEach((newName, oldName) -> add(
                Action.RENAME,
                ObjectType.COLUMN,
                after.schema(),
                after.name(),
                newName,
                oldName,
                List.of(),
                Safety.UNSAFE,
                false,
                "Renamed column " + label + "." + oldName + " to " + label + "." + newName,
                before,
                after));
        for (ColumnSpec column : addedColumns) {
            boolean notNullWithoutDefault =
                    !column.nullable() && column.generation().writtenByInsert();
            boolean rebuild = (!column.nullable() && !(column.generation() instanceof ColumnGeneration.ServerDefault))
                    || (column.generation() instanceof ColumnGeneration.Computed computed && computed.stored())
                    || after.isKey(column.name());
            add(
                    Action.ADD,
                    ObjectType.COLUMN,
                    after.schema(),
                    after.name(),
                    column.name(),
                    "",
                    List.of(),
                    notNullWithoutDefault ? Safety.UNSAFE : Safety.SAFE,
                    rebuild,
                    "Added column " + label + "." + column.name(),
                    before,
                    after);
        }
        for (ColumnSpec column : removedColumns) {
            add(
                    Action.REMOVE,
                    ObjectType.COLUMN,
                    after.schema(),
                    after.name(),
                    column.name(),
                    "",
                    List.of(),
                    Safety.DESTRUCTIVE,
                    true,
                    "Removed column " + label + "." + column.name(),
                    before,
                    after);
        }
        for (ColumnSpec column : after.columns()) {
            if (addedColumns.contains(column)) {
                continue;
            }
            ColumnSpec old =
                    Objects.requireNonNull(beforeColumns.get(renames.getOrDefault(column.name(), column.name())));
            changedColumn(before, after, label, old, column);
        }
        List<String> mappedKey = before.primaryKey().stream()
                .map(c -> oldToNew.getOrDefault(c, c))
                .toList();
        if (!mappedKey.equals(after.primaryKey())) {
            add(
                    Action.CHANGE,
                    ObjectType.PRIMARY_KEY,
                    after.schema(),
                    after.name(),
                    after.name() + "_pkey",
                    "",
                    List.of("columns"),
                    Safety.UNSAFE,
                    true,
                    "Changed primary key " + label + ": " + mappedKey + " to " + after.primaryKey(),
                    before,
                    after);
        }
        compareIndexes(before, after, label, oldToNew);
        compareUniques(before, after, label, oldToNew);
        compareForeignKeys(before, after, label, oldToNew);
        compareChecks(before, after, label, oldToNew);
    }

    private Map<String, String> columnRenames(TableSnapshot before, TableSnapshot after) {
        Map<String, String> renames = new TreeMap<>();
        if (reverseOf != null) {
            Map<String, String> forward = reverseOf.columnRenames().get(before.qualifiedName());
            if (forward != null) {
                forward.forEach((newName, oldName) -> renames.put(oldName, newName));
            }
            return renames;
        }
        Map<String, ColumnSpec> beforeColumns = SchemaDiff.columnsByName(before.table());
        Map<String, ColumnSpec> afterColumns = SchemaDiff.columnsByName(after.table());
        after.columnRenames().forEach((newName, oldName) -> {
            if (beforeColumns.containsKey(oldName)
                    && !beforeColumns.containsKey(newName)
                    && !afterColumns.containsKey(oldName)) {
                renames.put(newName, oldName);
            }
        });
        return renames;
    }

    private void changedColumn(TableSpec before, TableSpec after, String label, ColumnSpec old, ColumnSpec now) {
        List<String> fields = new ArrayList<>();
        Safety safety = Safety.SAFE;
        if (!old.type().equals(now.type())) {
            fields.add("type");
            safety = max(safety, narrows(old.type(), now.type()) ? Safety.DESTRUCTIVE : Safety.UNSAFE);
        }
        if (old.nullable() != now.nullable()) {
            fields.add("nullable");
            safety = max(safety, now.nullable() ? Safety.SAFE : Safety.UNSAFE);
        }
        if (!old.generation().equals(now.generation())) {
            fields.add("default");
            boolean computed = old.generation() instanceof ColumnGeneration.Computed
                    || now.generation() instanceof ColumnGeneration.Computed;
            boolean toOrFromDefault = old.generation() instanceof ColumnGeneration.ServerDefault
                    || now.generation() instanceof ColumnGeneration.ServerDefault;
            boolean kindChanged = computed
                    || (!old.generation().getClass().equals(now.generation().getClass()) && !toOrFromDefault);
            safety = max(safety, kindChanged ? Safety.UNSAFE : Safety.SAFE);
        }
        if (!Objects.equals(old.enumType(), now.enumType())) {
            fields.add("enum");
            safety = max(safety, enumLosesValues(old.enumType(), now.enumType()) ? Safety.UNSAFE : Safety.SAFE);
        }
        if (!fields.isEmpty()) {
            add(
                    Action.CHANGE,
                    ObjectType.COLUMN,
                    after.schema(),
                    after.name(),
                    now.name(),
                    old.name(),
                    fields,
                    safety,
                    true,
                    "Changed column " + label + "." + now.name() + ": " + String.join(", ", fields),
                    before,
                    after);
        }
    }

    private static boolean enumLosesValues(@Nullable EnumSpec old, @Nullable EnumSpec now) {
        return old != null && (now == null || !now.values().containsAll(old.values()));
    }

    /** Whether a value of the old type may not fit the new one. */
    static boolean narrows(ColumnType old, ColumnType now) {
        if (old.kind() != now.kind()) {
            return !widens(old.kind(), now.kind());
        }
        return switch (now.kind()) {
            case STRING -> now.length() != 0 && (old.length() == 0 || now.length() < old.length());
            case DECIMAL, BIG_INTEGER ->
                now.precision() != 0
                        && (old.precision() == 0
                                || now.precision() - now.scale() < old.precision() - old.scale()
                                || now.scale() < old.scale());
            default -> false;
        };
    }

    private static boolean widens(ColumnType.Kind old, ColumnType.Kind now) {
        List<ColumnType.Kind> integers =
                List.of(ColumnType.Kind.BYTE, ColumnType.Kind.SHORT, ColumnType.Kind.INT, ColumnType.Kind.LONG);
        if (integers.contains(old) && integers.contains(now)) {
            return integers.indexOf(now) > integers.indexOf(old);
        }
        if (integers.contains(old) && (now == ColumnType.Kind.BIG_INTEGER || now == ColumnType.Kind.DECIMAL)) {
            return true;
        }
        return old == ColumnType.Kind.FLOAT && now == ColumnType.Kind.DOUBLE;
    }

    private static Safety max(Safety a, Safety b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static List<String> mapped(List<String> columns, Map<String, String> oldToNew) {
        return columns.stream().map(c -> oldToNew.getOrDefault(c, c)).toList();
    }

    private void compareIndexes(TableSpec before, TableSpec after, String label, Map<String, String> oldToNew) {
        Map<String, IndexSpec> old = new LinkedHashMap<>();
        for (IndexSpec index : before.indexes()) {
            old.put(
                    index.name(),
                    new IndexSpec(index.name(), mapped(index.columns(), oldToNew), index.unique(), index.where()));
        }
        Map<String, IndexSpec> now = new LinkedHashMap<>();
        after.indexes().forEach(index -> now.put(index.name(), index));
        named(
                ObjectType.INDEX,
                before,
                after,
                label,
                old,
                now,
                index -> index.unique() ? Safety.UNSAFE : Safety.SAFE,
                Safety.SAFE,
                false);
    }

    private void compareUniques(TableSpec before, TableSpec after, String label, Map<String, String> oldToNew) {
        Map<String, UniqueSpec> old = new LinkedHashMap<>();
        for (UniqueSpec unique : before.uniques()) {
            old.put(unique.name(), new UniqueSpec(unique.name(), mapped(unique.columns(), oldToNew)));
        }
        Map<String, UniqueSpec> now = new LinkedHashMap<>();
        after.uniques().forEach(unique -> now.put(unique.name(), unique));
        named(ObjectType.UNIQUE, before, after, label, old, now, unique -> Safety.UNSAFE, Safety.SAFE, true);
    }

    private void compareForeignKeys(TableSpec before, TableSpec after, String label, Map<String, String> oldToNew) {
        Map<String, String> renamedTargets = new HashMap<>();
        tableRenames.forEach((newKey, oldKey) -> renamedTargets.put(oldKey, newKey));
        Map<String, ForeignKeySpec> old = new LinkedHashMap<>();
        for (ForeignKeySpec key : before.foreignKeys()) {
            String targetKey = SchemaDiff.key(key.targetSchema(), key.targetTable());
            String target = renamedTargets.containsKey(targetKey)
                    ? Objects.requireNonNull(toTables.get(renamedTargets.get(targetKey)))
                            .name()
                    : key.targetTable();
            old.put(
                    key.name(),
                    new ForeignKeySpec(
                            key.name(),
                            mapped(key.columns(), oldToNew),
                            key.targetSchema(),
                            target,
                            key.targetColumns(),
                            key.onDelete(),
                            key.onUpdate()));
        }
        Map<String, ForeignKeySpec> now = new LinkedHashMap<>();
        after.foreignKeys().forEach(key -> now.put(key.name(), key));
        named(ObjectType.FOREIGN_KEY, before, after, label, old, now, key -> Safety.UNSAFE, Safety.UNSAFE, true);
    }

    private void compareChecks(TableSpec before, TableSpec after, String label, Map<String, String> oldToNew) {
        Map<String, CheckSpec> old = new LinkedHashMap<>();
        allChecks(before).forEach(check -> old.put(check.name(), renamed(check, oldToNew)));
        Map<String, CheckSpec> now = new LinkedHashMap<>();
        allChecks(after).forEach(check -> now.put(check.name(), check));
        named(ObjectType.CHECK, before, after, label, old, now, check -> Safety.UNSAFE, Safety.SAFE, true);
    }

    static List<CheckSpec> allChecks(TableSpec table) {
        List<CheckSpec> checks = new ArrayList<>();
        for (ColumnSpec column : table.columns()) {
            checks.addAll(column.checks());
        }
        checks.addAll(table.checks());
        return checks;
    }

    private static CheckSpec renamed(CheckSpec check, Map<String, String> oldToNew) {
        return switch (check) {
            case CheckSpec.Compare c ->
                new CheckSpec.Compare(
                        c.name(), oldToNew.getOrDefault(c.column(), c.column()), c.comparison(), c.bound());
            case CheckSpec.Length c ->
                new CheckSpec.Length(c.name(), oldToNew.getOrDefault(c.column(), c.column()), c.atLeast(), c.length());
            case CheckSpec.NotBlank c ->
                new CheckSpec.NotBlank(c.name(), oldToNew.getOrDefault(c.column(), c.column()));
            case CheckSpec.Matches c ->
                new CheckSpec.Matches(c.name(), oldToNew.getOrDefault(c.column(), c.column()), c.regexp());
            case CheckSpec.OneOf c ->
                new CheckSpec.OneOf(c.name(), oldToNew.getOrDefault(c.column(), c.column()), c.values());
            case CheckSpec.Sql c -> c;
        };
    }

    /** Adds, removes and changes of objects matched by name. */
    private <T> void named(
            ObjectType kind,
            TableSpec before,
            TableSpec after,
            String label,
            Map<String, T> old,
            Map<String, T> now,
            java.util.function.Function<T, Safety> addSafety,
            Safety removeSafety,
            boolean rebuild) {
        String what = kind.code().replace('_', ' ');
        for (Map.Entry<String, T> entry : now.entrySet()) {
            T previous = old.get(entry.getKey());
            if (previous == null) {
                add(
                        Action.ADD,
                        kind,
                        after.schema(),
                        after.name(),
                        entry.getKey(),
                        "",
                        List.of(),
                        addSafety.apply(entry.getValue()),
                        rebuild,
                        "Added " + what + " " + label + "." + entry.getKey(),
                        before,
                        after);
            } else if (!previous.equals(entry.getValue())) {
                add(
                        Action.CHANGE,
                        kind,
                        after.schema(),
                        after.name(),
                        entry.getKey(),
                        "",
                        List.of("definition"),
                        max(addSafety.apply(entry.getValue()), removeSafety),
                        rebuild,
                        "Changed " + what + " " + label + "." + entry.getKey(),
                        before,
                        after);
            }
        }
        for (String name : old.keySet()) {
            if (!now.containsKey(name)) {
                add(
                        Action.REMOVE,
                        kind,
                        after.schema(),
                        after.name(),
                        name,
                        "",
                        List.of(),
                        removeSafety,
                        rebuild,
                        "Removed " + what + " " + label + "." + name,
                        before,
                        after);
            }
        }
    }

    /** Native enum types, by name, across the whole snapshot. */
    private void enumTypes() {
        Map<String, EnumSpec> old = nativeEnums(from);
        Map<String, EnumSpec> now = nativeEnums(to);
        for (Map.Entry<String, EnumSpec> entry : now.entrySet()) {
            EnumSpec previous = old.get(entry.getKey());
            if (previous == null) {
                add(
                        Action.ADD,
                        ObjectType.ENUM_TYPE,
                        "",
                        "",
                        entry.getKey(),
                        "",
                        List.of(),
                        Safety.SAFE,
                        false,
                        "Added enum type " + entry.getKey(),
                        null,
                        null);
            } else if (!previous.values().equals(entry.getValue().values())) {
                add(
                        Action.CHANGE,
                        ObjectType.ENUM_TYPE,
                        "",
                        "",
                        entry.getKey(),
                        "",
                        List.of("values"),
                        enumLosesValues(previous, entry.getValue()) ? Safety.UNSAFE : Safety.SAFE,
                        false,
                        "Changed enum type " + entry.getKey() + ": values",
                        null,
                        null);
            }
        }
        for (String name : old.keySet()) {
            if (!now.containsKey(name)) {
                add(
                        Action.REMOVE,
                        ObjectType.ENUM_TYPE,
                        "",
                        "",
                        name,
                        "",
                        List.of(),
                        Safety.UNSAFE,
                        false,
                        "Removed enum type " + name,
                        null,
                        null);
            }
        }
    }

    private static Map<String, EnumSpec> nativeEnums(SchemaSnapshot snapshot) {
        Map<String, EnumSpec> types = new TreeMap<>();
        for (TableSnapshot table : snapshot.tables()) {
            for (ColumnSpec column : table.table().columns()) {
                EnumSpec enumType = column.enumType();
                if (enumType != null && enumType.isNative()) {
                    types.putIfAbsent(enumType.nativeType(), enumType);
                }
            }
        }
        return types;
    }

    private void add(
            Action action,
            ObjectType object,
            String schema,
            String table,
            String name,
            String previousName,
            List<String> fields,
            Safety safety,
            boolean sqliteRebuild,
            String message,
            @Nullable TableSpec before,
            @Nullable TableSpec after) {
        changes.add(new SchemaChange(
                action,
                object,
                schema,
                table,
                name,
                previousName,
                fields,
                safety,
                sqliteRebuild,
                message,
                before,
                after));
    }
}
