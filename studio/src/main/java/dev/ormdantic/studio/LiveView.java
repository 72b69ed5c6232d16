package dev.ormdantic.studio;

import dev.ormdantic.dialect.reflect.Difference;
import dev.ormdantic.dialect.reflect.LiveColumn;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.migrations.reflect.DriftReport;
import dev.ormdantic.studio.ErDiagram.Mark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The live database as a diagram with drift marked, and as the snapshot a pending migration starts from.
 *
 * @param diagram the diagram
 * @param marks each difference's mark, in report order
 */
record LiveView(ErDiagram diagram, List<Mark> marks) {

    static final String HISTORY_TABLE = "ormdantic_migrations";

    int count(Mark mark) {
        int n = 0;
        for (Mark m : marks) {
            if (m == mark) {
                n++;
            }
        }
        return n;
    }

    static Mark mark(Difference.Kind kind) {
        return switch (kind) {
            case EXTRA_TABLE, EXTRA_COLUMN, EXTRA_INDEX, EXTRA_UNIQUE, EXTRA_FOREIGN_KEY, EXTRA_CHECK -> Mark.ADDED;
            case MISSING_TABLE,
                    MISSING_COLUMN,
                    MISSING_INDEX,
                    MISSING_UNIQUE,
                    MISSING_FOREIGN_KEY,
                    MISSING_CHECK,
                    MISSING_SEQUENCE -> Mark.REMOVED;
            default -> Mark.CHANGED;
        };
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<Difference>> byTable(DriftReport drift) {
        Map<String, List<Difference>> out = new HashMap<>();
        for (DriftReport.TableDrift table : drift.tables()) {
            out.put(key(table.table()), table.differences());
        }
        return out;
    }

    /** The model tables of the schema the live schema was read from. */
    static SchemaSnapshot scope(SchemaSnapshot models, String schema) {
        return SchemaSnapshot.of(models.tables().stream()
                .filter(t -> t.table().schema().equalsIgnoreCase(schema))
                .toList());
    }

    static LiveView of(SchemaSnapshot models, String schema, LiveSchema live, DriftReport drift) {
        Map<String, List<Difference>> differences = byTable(drift);
        List<ErDiagram.Table> tables = new ArrayList<>();
        List<ErDiagram.Edge> edges = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (DriftReport.TableDrift table : drift.tables()) {
            for (Difference difference : table.differences()) {
                marks.add(mark(difference.kind()));
            }
        }
        Set<String> drawn = new HashSet<>();
        for (LiveTable table : live.tables()) {
            if (table.name().equalsIgnoreCase(HISTORY_TABLE)) {
                continue;
            }
            drawn.add(key(table.name()));
            List<Difference> diffs = differences.getOrDefault(key(table.name()), List.of());
            TableSpec model = models.table(schema, table.name())
                    .or(() -> models.tables().stream()
                            .filter(t -> t.table().schema().equalsIgnoreCase(schema)
                                    && t.table().name().equalsIgnoreCase(table.name()))
                            .findFirst())
                    .map(TableSnapshot::table)
                    .orElse(null);
            tables.add(liveTable(table, diffs, model));
            for (ForeignKeySpec fk : table.foreignKeys()) {
                edges.add(new ErDiagram.Edge(
                        fk.name(),
                        table.name(),
                        fk.columns().isEmpty() ? "" : fk.columns().get(0),
                        fk.targetTable(),
                        fk.targetColumns().isEmpty() ? "" : fk.targetColumns().get(0)));
            }
        }
        for (TableSnapshot snapshot : scope(models, schema).tables()) {
            TableSpec spec = snapshot.table();
            if (drawn.contains(key(spec.name())) || spec.isView()) {
                continue;
            }
            ErDiagram.Table removed = ErDiagram.table(spec, Mark.REMOVED);
            tables.add(new ErDiagram.Table(
                    spec.name(), removed.columns(), Mark.REMOVED, List.of("table is missing (the model has it)")));
            for (ErDiagram.Edge edge : ErDiagram.edges(spec)) {
                edges.add(new ErDiagram.Edge(
                        edge.name(), spec.name(), edge.fromColumn(), bare(edge.to()), edge.toColumn()));
            }
        }
        return new LiveView(ErDiagram.of(tables, edges), marks);
    }

    private static String bare(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }

    private static ErDiagram.Table liveTable(LiveTable table, List<Difference> diffs, @Nullable TableSpec model) {
        Map<String, Difference> byColumn = new HashMap<>();
        List<String> notes = new ArrayList<>();
        Mark tableMark = Mark.NONE;
        List<Difference> missingColumns = new ArrayList<>();
        for (Difference difference : diffs) {
            notes.add(difference.message());
            switch (difference.kind()) {
                case EXTRA_TABLE -> tableMark = Mark.ADDED;
                case EXTRA_COLUMN, COLUMN_TYPE, NULLABILITY, GENERATION ->
                    byColumn.put(key(difference.object()), difference);
                case MISSING_COLUMN -> missingColumns.add(difference);
                default -> {}
            }
        }
        if (tableMark == Mark.NONE && !diffs.isEmpty()) {
            tableMark = Mark.CHANGED;
        }
        Set<String> fkColumns = new HashSet<>();
        for (ForeignKeySpec fk : table.foreignKeys()) {
            fkColumns.addAll(fk.columns());
        }
        List<ErDiagram.Column> columns = new ArrayList<>();
        for (LiveColumn column : table.columns()) {
            Difference difference = byColumn.get(key(column.name()));
            Mark mark = tableMark == Mark.ADDED ? Mark.ADDED : difference == null ? Mark.NONE : mark(difference.kind());
            columns.add(new ErDiagram.Column(
                    column.name(),
                    column.nativeType(),
                    table.primaryKey().contains(column.name()),
                    fkColumns.contains(column.name()),
                    column.nullable(),
                    mark,
                    difference == null ? "" : difference.message()));
        }
        for (Difference missing : missingColumns) {
            @Nullable ColumnSpec spec = null;
            if (model != null) {
                for (ColumnSpec c : model.columns()) {
                    if (c.name().equalsIgnoreCase(missing.object())) {
                        spec = c;
                    }
                }
            }
            columns.add(new ErDiagram.Column(
                    missing.object(),
                    spec == null ? missing.expected() : ErDiagram.typeLabel(spec.type()),
                    false,
                    false,
                    spec == null || spec.nullable(),
                    Mark.REMOVED,
                    missing.message()));
        }
        return new ErDiagram.Table(table.name(), columns, tableMark, notes);
    }

    /**
     * The live schema as a snapshot a diff can start from. A table drift finds in step with its model is the model's
     * own table (so that spellings the normalization equates are no change); a drifted table keeps the model's parts
     * drift says nothing about and takes the database's for the rest; a table no model declares is the database's.
     */
    static SchemaSnapshot asSnapshot(SchemaSnapshot models, String schema, LiveSchema live, DriftReport drift) {
        Map<String, List<Difference>> differences = byTable(drift);
        List<TableSnapshot> out = new ArrayList<>();
        Set<String> modelled = new HashSet<>();
        for (TableSnapshot snapshot : scope(models, schema).tables()) {
            TableSpec spec = snapshot.table();
            modelled.add(key(spec.name()));
            LiveTable found = live.table(spec.name());
            if (found == null) {
                continue;
            }
            List<Difference> diffs = differences.getOrDefault(key(spec.name()), List.of());
            out.add(new TableSnapshot(diffs.isEmpty() ? spec : merge(spec, found, diffs)));
        }
        for (LiveTable table : live.tables()) {
            if (modelled.contains(key(table.name()))
                    || table.isView()
                    || table.primaryKey().isEmpty()
                    || table.name().equalsIgnoreCase(HISTORY_TABLE)) {
                continue;
            }
            TableSpec spec = table.toSpec();
            out.add(new TableSnapshot(new TableSpec(
                    spec.name(),
                    spec.columns(),
                    spec.primaryKey(),
                    spec.indexes(),
                    schema,
                    spec.uniques(),
                    spec.foreignKeys(),
                    null,
                    spec.checks())));
        }
        return SchemaSnapshot.of(out);
    }

    private static TableSpec merge(TableSpec model, LiveTable live, List<Difference> diffs) {
        Set<String> changed = new HashSet<>();
        Set<String> extra = new HashSet<>();
        Set<String> missing = new HashSet<>();
        boolean pk = false;
        boolean indexes = false;
        boolean uniques = false;
        boolean fks = false;
        boolean checks = false;
        for (Difference difference : diffs) {
            String object = key(difference.object());
            switch (difference.kind()) {
                case COLUMN_TYPE, NULLABILITY, GENERATION -> changed.add(object);
                case EXTRA_COLUMN -> extra.add(object);
                case MISSING_COLUMN -> missing.add(object);
                case PRIMARY_KEY -> pk = true;
                case MISSING_INDEX, EXTRA_INDEX, INDEX_CHANGED -> indexes = true;
                case MISSING_UNIQUE, EXTRA_UNIQUE -> uniques = true;
                case MISSING_FOREIGN_KEY, EXTRA_FOREIGN_KEY, FOREIGN_KEY_CHANGED -> fks = true;
                case MISSING_CHECK, EXTRA_CHECK -> checks = true;
                default -> {}
            }
        }
        List<ColumnSpec> columns = new ArrayList<>();
        for (ColumnSpec column : model.columns()) {
            String name = key(column.name());
            if (missing.contains(name)) {
                continue;
            }
            LiveColumn actual = live.column(column.name());
            columns.add(changed.contains(name) && actual != null ? actual.toSpec() : column);
        }
        for (LiveColumn column : live.columns()) {
            if (extra.contains(key(column.name()))) {
                columns.add(column.toSpec());
            }
        }
        List<String> primaryKey = pk ? live.primaryKey() : model.primaryKey();
        List<IndexSpec> indexList = indexes ? live.indexes() : model.indexes();
        List<UniqueSpec> uniqueList = uniques ? live.uniques() : model.uniques();
        List<ForeignKeySpec> fkList = fks ? live.foreignKeys() : model.foreignKeys();
        List<CheckSpec> checkList = checks ? List.copyOf(live.checks()) : model.checks();
        try {
            return new TableSpec(
                    model.name(),
                    columns,
                    primaryKey,
                    indexList,
                    model.schema(),
                    uniqueList,
                    fkList,
                    model.view(),
                    checkList);
        } catch (IllegalArgumentException e) {
            // the database's parts do not fit the model's (a key over a column that is gone): take the database whole
            TableSpec spec = live.toSpec();
            return new TableSpec(
                    spec.name(),
                    spec.columns(),
                    spec.primaryKey(),
                    spec.indexes(),
                    model.schema(),
                    spec.uniques(),
                    spec.foreignKeys(),
                    null,
                    spec.checks());
        }
    }
}
