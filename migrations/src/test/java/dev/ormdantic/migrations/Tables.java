package dev.ormdantic.migrations;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small hand-made tables and snapshots for diff, plan and lint tests. */
final class Tables {

    private Tables() {}

    static ColumnSpec column(String name, ColumnType type, boolean nullable) {
        return new ColumnSpec(name, type, nullable);
    }

    static ColumnSpec text(String name) {
        return column(name, ColumnType.string(40), false);
    }

    static ColumnSpec integer(String name, boolean nullable) {
        return column(name, ColumnType.of(Kind.INT), nullable);
    }

    /** {@code flavor(id, name)}: the seed's table. */
    static TableSpec flavor(ColumnSpec... extra) {
        List<ColumnSpec> columns = new ArrayList<>(List.of(text("id"), text("name")));
        columns.addAll(List.of(extra));
        return new TableSpec("flavor", columns, List.of("id"), List.of());
    }

    /** A table with the given columns, key {@code id}, and optional indexes, uniques, foreign keys, checks. */
    static TableSpec table(
            String name,
            List<ColumnSpec> columns,
            List<IndexSpec> indexes,
            List<UniqueSpec> uniques,
            List<ForeignKeySpec> keys,
            List<CheckSpec> checks) {
        return new TableSpec(name, columns, List.of("id"), indexes, "", uniques, keys, null, checks);
    }

    static TableSpec plain(String name, ColumnSpec... columns) {
        return new TableSpec(name, List.of(columns), List.of("id"), List.of());
    }

    static SchemaSnapshot snapshot(TableSpec... tables) {
        return SchemaSnapshot.of(
                List.of(tables).stream().map(TableSnapshot::new).toList());
    }

    static SchemaSnapshot snapshot(TableSnapshot... tables) {
        return SchemaSnapshot.of(List.of(tables));
    }

    /** A table with rename hints and its source record. */
    static TableSnapshot hinted(TableSpec table, String renamedFrom, Map<String, String> columnRenames) {
        TreeMap<String, String> components = new TreeMap<>();
        for (ColumnSpec column : table.columns()) {
            components.put(column.name(), "String " + column.name());
        }
        return new TableSnapshot(table, renamedFrom, new TreeMap<>(columnRenames), "test.Author", components);
    }

    static ColumnSpec withDefault(ColumnSpec column, String sql) {
        return column.withGeneration(new ColumnGeneration.ServerDefault(sql));
    }
}
