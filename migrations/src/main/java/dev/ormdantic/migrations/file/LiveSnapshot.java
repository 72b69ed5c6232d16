package dev.ormdantic.migrations.file;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.reflect.Difference;
import dev.ormdantic.dialect.reflect.Difference.Kind;
import dev.ormdantic.dialect.reflect.LiveColumn;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.Normalization;
import dev.ormdantic.dialect.reflect.SchemaComparison;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A live schema as a snapshot, for autogenerate: every base table with a primary key, except the migrator's own
 * tables and SQLite rebuild leftovers. What agrees with the target (by the comparison {@code init()} and drift use) is
 * taken from the target, so that a diff against it holds only what really differs, not the database's spelling.
 */
final class LiveSnapshot {

    private static final Set<Kind> COLUMN_KINDS = EnumSet.of(Kind.COLUMN_TYPE, Kind.NULLABILITY, Kind.GENERATION);

    private LiveSnapshot() {}

    static SchemaSnapshot of(Dialect dialect, LiveSchema live, SchemaSnapshot target) {
        List<TableSnapshot> tables = new ArrayList<>();
        for (LiveTable table : live.tables()) {
            String name = table.name().toLowerCase(Locale.ROOT);
            if (table.isView()
                    || table.primaryKey().isEmpty()
                    || name.equals("ormdantic_migrations")
                    || name.equals("ormdantic_migration_lock")
                    || name.startsWith("__ormdantic_rebuild_")) {
                continue;
            }
            TableSnapshot model = target.tables().stream()
                    .filter(candidate -> candidate.name().equalsIgnoreCase(table.name())
                            && !candidate.table().isView())
                    .findFirst()
                    .orElse(null);
            tables.add(new TableSnapshot(model == null ? table.toSpec() : merge(dialect, model.table(), table)));
        }
        return SchemaSnapshot.of(tables);
    }

    private static TableSpec merge(Dialect dialect, TableSpec model, LiveTable live) {
        List<Difference> differences =
                SchemaComparison.compare(dialect.id(), Normalization.expected(dialect, model), live);
        if (differences.isEmpty()) {
            return model;
        }
        List<ColumnSpec> columns = new ArrayList<>();
        for (LiveColumn column : live.columns()) {
            ColumnSpec modelled = model.columns().stream()
                    .filter(candidate -> candidate.name().equalsIgnoreCase(column.name()))
                    .findFirst()
                    .orElse(null);
            boolean differs = differences.stream()
                    .anyMatch(d -> COLUMN_KINDS.contains(d.kind()) && d.object().equalsIgnoreCase(column.name()));
            columns.add(modelled == null || differs ? column.toSpec() : modelled);
        }
        boolean key = has(differences, Kind.PRIMARY_KEY);
        boolean indexes = has(differences, Kind.MISSING_INDEX, Kind.EXTRA_INDEX, Kind.INDEX_CHANGED);
        boolean uniques = has(differences, Kind.MISSING_UNIQUE, Kind.EXTRA_UNIQUE);
        boolean foreignKeys =
                has(differences, Kind.MISSING_FOREIGN_KEY, Kind.EXTRA_FOREIGN_KEY, Kind.FOREIGN_KEY_CHANGED);
        boolean checks = has(differences, Kind.MISSING_CHECK, Kind.EXTRA_CHECK);
        return new TableSpec(
                model.name(),
                columns,
                key ? live.primaryKey() : model.primaryKey(),
                indexes ? live.indexes() : model.indexes(),
                model.schema(),
                uniques ? live.uniques() : model.uniques(),
                foreignKeys ? inSchema(live.foreignKeys(), model.schema()) : model.foreignKeys(),
                null,
                checks ? List.<CheckSpec>copyOf(live.checks()) : model.checks());
    }

    /**
     * The live keys with the schema they reference named as the model names it: a catalog reports a key into the
     * schema it read as referencing {@code ""}, which for a model table in an explicit schema is that schema. Without
     * this, every key of a table with one changed key would differ from the model's by its target schema alone, and a
     * migration would drop and add them all.
     */
    private static List<ForeignKeySpec> inSchema(List<ForeignKeySpec> keys, String schema) {
        if (schema.isEmpty()) {
            return keys;
        }
        return keys.stream()
                .map(key -> key.targetSchema().isEmpty()
                        ? new ForeignKeySpec(
                                key.name(),
                                key.columns(),
                                schema,
                                key.targetTable(),
                                key.targetColumns(),
                                key.onDelete(),
                                key.onUpdate())
                        : key)
                .toList();
    }

    private static boolean has(List<Difference> differences, Kind... kinds) {
        Set<Kind> wanted = EnumSet.of(kinds[0], kinds);
        return differences.stream().anyMatch(d -> wanted.contains(d.kind()));
    }
}
