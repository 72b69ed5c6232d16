package dev.ormdantic.migrations;

import dev.ormdantic.dialect.AlterDdl;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.migrations.MigrationOperation.Kind;
import dev.ormdantic.migrations.SchemaChange.Action;
import dev.ormdantic.migrations.SchemaChange.ObjectType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a diff into one dialect's statements, in an order every database accepts: schemas and enum values first,
 * views and foreign keys dropped before the tables they name change, table renames, each changed table (or its
 * SQLite rebuild), new tables in foreign-key order, foreign keys added, removed tables, views created, schemas dropped.
 */
final class PlanBuilder {

    private final SchemaDiff diff;
    private final Dialect dialect;
    private final AlterDdl alter;
    private final List<MigrationOperation> operations = new ArrayList<>();

    PlanBuilder(SchemaDiff diff, Dialect dialect) {
        this.diff = diff;
        this.dialect = dialect;
        this.alter = AlterDdl.of(dialect);
    }

    private boolean sqlite() {
        return dialect.id() == DialectId.SQLITE;
    }

    List<MigrationOperation> build() {
        Map<String, List<SchemaChange>> byTable = new LinkedHashMap<>();
        for (SchemaChange change : diff.changes()) {
            if (!change.table().isEmpty()) {
                byTable.computeIfAbsent(SchemaDiff.key(change.schema(), change.table()), k -> new ArrayList<>())
                        .add(change);
            }
        }
        Set<String> rebuilt = new HashSet<>();
        if (sqlite()) {
            byTable.forEach((key, changes) -> {
                if (changes.stream().anyMatch(SchemaChange::sqliteRebuild)) {
                    rebuilt.add(key);
                }
            });
        }
        for (SchemaChange change : diff.changes()) {
            if (change.object() == ObjectType.SCHEMA && change.action() == Action.ADD) {
                emit(alter.createSchema(change.name()), Kind.CREATE_SCHEMA, change);
            }
            if (change.object() == ObjectType.ENUM_TYPE
                    && change.action() == Action.CHANGE
                    && dialect.id() == DialectId.POSTGRESQL) {
                enumValues(change);
            }
        }
        for (SchemaChange change : diff.changes()) {
            TableSpec before = change.before();
            boolean viewGoes = change.object() == ObjectType.VIEW
                    && (change.action() == Action.REMOVE
                            || change.action() == Action.CHANGE
                            || change.action() == Action.RENAME);
            if (viewGoes && before != null) {
                emit(List.of(dialect.statements(before).dropTable()), Kind.DROP_TABLE, change);
            }
        }
        for (SchemaChange change : diff.changes()) {
            TableSpec before = change.before();
            boolean keyGoes = change.object() == ObjectType.FOREIGN_KEY
                    && (change.action() == Action.REMOVE || change.action() == Action.CHANGE);
            if (keyGoes && before != null && !rebuilt.contains(SchemaDiff.key(change.schema(), change.table()))) {
                emit(List.of(alter.dropForeignKey(before, change.name())), Kind.DROP_CONSTRAINT, change);
            }
        }
        for (SchemaChange change : diff.changes()) {
            TableSpec before = change.before();
            if (change.object() == ObjectType.TABLE && change.action() == Action.RENAME && before != null) {
                emit(
                        List.of(alter.renameTable(change.schema(), change.previousName(), change.table())),
                        Kind.RENAME_TABLE,
                        change);
            }
        }
        byTable.forEach((key, changes) -> {
            SchemaChange first = changes.get(0);
            TableSpec before = first.before();
            TableSpec after = first.after();
            if (before == null || after == null || after.isView() || before.isView()) {
                return;
            }
            if (rebuilt.contains(key)) {
                rebuild(key, before, after, changes);
            } else {
                alterTable(renamed(before, after.name()), after, changes);
            }
        });
        List<TableSpec> added = new ArrayList<>();
        for (SchemaChange change : diff.changes()) {
            if (change.object() == ObjectType.TABLE && change.action() == Action.ADD) {
                added.add(Objects.requireNonNull(change.after()));
            }
        }
        for (TableSpec table : dependencyOrder(added)) {
            emit(dialect.statements(table).createTable(), Kind.CREATE_TABLE, change(table, "Added table "));
        }
        for (SchemaChange change : diff.changes()) {
            TableSpec after = change.after();
            boolean keyComes = change.object() == ObjectType.FOREIGN_KEY
                    && (change.action() == Action.ADD || change.action() == Action.CHANGE);
            if (keyComes && after != null && !rebuilt.contains(SchemaDiff.key(change.schema(), change.table()))) {
                ForeignKeySpec key = after.foreignKeys().stream()
                        .filter(k -> k.name().equals(change.name()))
                        .findFirst()
                        .orElseThrow();
                emit(List.of(alter.addForeignKey(after, key)), Kind.ADD_CONSTRAINT, change);
            }
        }
        List<TableSpec> removed = new ArrayList<>();
        for (SchemaChange change : diff.changes()) {
            if (change.object() == ObjectType.TABLE && change.action() == Action.REMOVE) {
                removed.add(Objects.requireNonNull(change.before()));
            }
        }
        for (TableSpec table : dependencyOrder(removed).reversed()) {
            emit(dialect.statements(table).dropStatements(), Kind.DROP_TABLE, change(table, "Removed table "));
        }
        for (SchemaChange change : diff.changes()) {
            TableSpec after = change.after();
            boolean viewComes = change.object() == ObjectType.VIEW && change.action() != Action.REMOVE;
            if (viewComes && after != null) {
                emit(dialect.statements(after).createTable(), Kind.CREATE_TABLE, change);
            }
        }
        for (SchemaChange change : diff.changes()) {
            if (change.object() == ObjectType.SCHEMA && change.action() == Action.REMOVE) {
                emit(alter.dropSchema(change.name()), Kind.DROP_SCHEMA, change);
            }
        }
        return operations;
    }

    /**
     * A PostgreSQL enum type's new values: each added value at its place ({@code ADD VALUE ... AFTER/BEFORE}) when
     * the old values keep their order; else (a value removed, or the order changed) the type replaced, with a guard
     * that fails the migration when rows hold a removed value.
     */
    private void enumValues(SchemaChange change) {
        EnumSpec old = nativeEnum(diff.from().tables(), change.name());
        EnumSpec now = nativeEnum(diff.to().tables(), change.name());
        if (old == null || now == null) {
            return;
        }
        List<String> kept = now.values().stream().filter(old.values()::contains).toList();
        Map<TableSpec, List<ColumnSpec>> uses = uses(diff.from().tables(), change.name());
        if (!kept.equals(old.values())) {
            List<String> removed =
                    old.values().stream().filter(v -> !now.values().contains(v)).toList();
            emit(alter.replaceEnumType(change.name(), now.values(), removed, uses), Kind.ALTER_ENUM_TYPE, change);
            return;
        }
        String schema =
                uses.keySet().stream().map(TableSpec::schema).findFirst().orElse("");
        List<String> present = new ArrayList<>(old.values());
        for (int i = 0; i < now.values().size(); i++) {
            String value = now.values().get(i);
            if (present.contains(value)) {
                continue;
            }
            String after = i > 0 ? now.values().get(i - 1) : null;
            String before = after == null && !present.isEmpty() ? present.get(0) : null;
            emit(
                    List.of(alter.addEnumValue(schema, change.name(), value, after, before)),
                    Kind.ALTER_ENUM_TYPE,
                    change);
            present.add(value);
        }
    }

    /** The columns of the tables (not views) that use a native enum type, by table, in snapshot order. */
    private static Map<TableSpec, List<ColumnSpec>> uses(List<TableSnapshot> tables, String type) {
        Map<TableSpec, List<ColumnSpec>> uses = new LinkedHashMap<>();
        for (TableSnapshot table : tables) {
            if (table.table().isView()) {
                continue;
            }
            for (ColumnSpec column : table.table().columns()) {
                EnumSpec enumType = column.enumType();
                if (enumType != null
                        && enumType.isNative()
                        && enumType.nativeType().equals(type)) {
                    uses.computeIfAbsent(table.table(), k -> new ArrayList<>()).add(column);
                }
            }
        }
        return uses;
    }

    private static @Nullable EnumSpec nativeEnum(List<TableSnapshot> tables, String type) {
        for (TableSnapshot table : tables) {
            for (ColumnSpec column : table.table().columns()) {
                EnumSpec enumType = column.enumType();
                if (enumType != null && enumType.nativeType().equals(type)) {
                    return enumType;
                }
            }
        }
        return null;
    }

    private void alterTable(TableSpec before, TableSpec after, List<SchemaChange> changes) {
        for (SchemaChange change : changes) {
            if (change.object() == ObjectType.COLUMN && change.action() == Action.RENAME) {
                emit(
                        List.of(alter.renameColumn(before, change.previousName(), change.name())),
                        Kind.RENAME_COLUMN,
                        change);
            }
        }
        for (SchemaChange change : changes) {
            boolean goes = change.action() == Action.REMOVE || change.action() == Action.CHANGE;
            if (!goes) {
                continue;
            }
            switch (change.object()) {
                case INDEX -> emit(List.of(alter.dropIndex(before, change.name())), Kind.DROP_INDEX, change);
                case UNIQUE -> emit(List.of(alter.dropUnique(before, change.name())), Kind.DROP_CONSTRAINT, change);
                case CHECK -> emit(alter.dropCheck(before, change.name()), Kind.DROP_CONSTRAINT, change);
                case PRIMARY_KEY ->
                    emit(
                            List.of(alter.dropPrimaryKey(
                                    before,
                                    Objects.requireNonNull(change.before()).name() + "_pkey")),
                            Kind.DROP_CONSTRAINT,
                            change);
                default -> {}
            }
        }
        for (SchemaChange change : changes) {
            if (change.object() == ObjectType.COLUMN && change.action() == Action.REMOVE) {
                emit(List.of(alter.dropColumn(before, change.name())), Kind.DROP_COLUMN, change);
            }
        }
        for (SchemaChange change : changes) {
            if (change.object() != ObjectType.COLUMN) {
                continue;
            }
            if (change.action() == Action.ADD) {
                ColumnSpec column = after.column(change.name());
                // A native enum type the column brings is created first (an existing one with other labels refused).
                emit(alter.createEnumType(after, column), Kind.ALTER_ENUM_TYPE, change);
                emit(List.of(alter.addColumn(after, column)), Kind.ADD_COLUMN, change);
            } else if (change.action() == Action.CHANGE) {
                ColumnSpec old = Objects.requireNonNull(change.before()).column(change.previousName());
                emit(alter.alterColumn(after, old, after.column(change.name())), Kind.ALTER_COLUMN, change);
            }
        }
        for (SchemaChange change : changes) {
            boolean comes = change.action() == Action.ADD || change.action() == Action.CHANGE;
            if (!comes) {
                continue;
            }
            switch (change.object()) {
                case PRIMARY_KEY -> emit(List.of(alter.addPrimaryKey(after)), Kind.ADD_CONSTRAINT, change);
                case UNIQUE -> {
                    UniqueSpec unique = after.uniques().stream()
                            .filter(u -> u.name().equals(change.name()))
                            .findFirst()
                            .orElseThrow();
                    emit(List.of(alter.addUnique(after, unique)), Kind.ADD_CONSTRAINT, change);
                }
                case CHECK -> emit(alter.addCheck(after, change.name()), Kind.ADD_CONSTRAINT, change);
                case INDEX -> {
                    IndexSpec index = after.indexes().stream()
                            .filter(i -> i.name().equals(change.name()))
                            .findFirst()
                            .orElseThrow();
                    emit(List.of(alter.createIndex(after, index)), Kind.CREATE_INDEX, change);
                }
                default -> {}
            }
        }
    }

    private void rebuild(String key, TableSpec before, TableSpec after, List<SchemaChange> changes) {
        Map<String, String> renames = diff.columnRenames().getOrDefault(key, Map.of());
        Set<String> old = SchemaDiff.columnsByName(before).keySet();
        Map<String, String> sources = new LinkedHashMap<>();
        for (ColumnSpec column : after.columns()) {
            String source = renames.getOrDefault(column.name(), column.name());
            if (old.contains(source)) {
                sources.put(column.name(), source);
            }
        }
        SchemaChange summary = new SchemaChange(
                Action.CHANGE,
                ObjectType.TABLE,
                after.schema(),
                after.name(),
                after.name(),
                "",
                List.of(),
                changes.stream().map(SchemaChange::safety).max(Enum::compareTo).orElseThrow(),
                true,
                "Rebuilt table " + key + " ("
                        + String.join(
                                "; ",
                                changes.stream().map(SchemaChange::message).toList()) + ")",
                before,
                after);
        emit(alter.rebuild(renamed(before, after.name()), after, sources), Kind.REBUILD_TABLE, summary);
    }

    /** The table under another name (after a rename, which keeps everything else). */
    static TableSpec renamed(TableSpec table, String name) {
        if (table.name().equals(name)) {
            return table;
        }
        return new TableSpec(
                name,
                table.columns(),
                table.primaryKey(),
                table.indexes(),
                table.schema(),
                table.uniques(),
                table.foreignKeys(),
                table.view(),
                table.checks());
    }

    /**
     * The tables, each after the tables its foreign keys reference (when they are in the list). A key without a
     * target schema references a table of its own table's schema (as MySQL, MariaDB and SQL Server report a key to
     * the schema they read).
     */
    private static List<TableSpec> dependencyOrder(List<TableSpec> tables) {
        List<TableSpec> ordered = new ArrayList<>();
        List<TableSpec> pending = new ArrayList<>(tables);
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (TableSpec table : List.copyOf(pending)) {
                boolean ready = table.foreignKeys().stream()
                        .allMatch(key -> key.targetTable().equals(table.name())
                                || pending.stream()
                                        .noneMatch(p -> !p.equals(table)
                                                && p.name().equals(key.targetTable())
                                                && p.schema()
                                                        .equals(
                                                                key.targetSchema()
                                                                                .isEmpty()
                                                                        ? table.schema()
                                                                        : key.targetSchema())));
                if (ready) {
                    ordered.add(table);
                    pending.remove(table);
                    progress = true;
                }
            }
            if (!progress) {
                // a cycle: creation order cannot satisfy it; keep declaration order
                ordered.addAll(pending);
                pending.clear();
            }
        }
        return ordered;
    }

    private SchemaChange change(TableSpec table, String prefix) {
        for (SchemaChange change : diff.changes()) {
            if (change.object() == ObjectType.TABLE
                    && change.schema().equals(table.schema())
                    && change.table().equals(table.name())
                    && (change.action() == Action.ADD || change.action() == Action.REMOVE)
                    && change.message().startsWith(prefix)) {
                return change;
            }
        }
        throw new IllegalStateException("no change for table " + table.name());
    }

    private void emit(List<String> statements, Kind kind, SchemaChange change) {
        String table = change.table().isEmpty() ? change.name() : SchemaDiff.key(change.schema(), change.table());
        for (String sql : statements) {
            operations.add(new MigrationOperation(
                    sql, kind, table, change.message(), change.safety(), kind == Kind.REBUILD_TABLE));
        }
    }
}
