package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.reflect.LiveColumn;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of one table as a catalog reader collects them, query by query, before they become a {@link LiveTable}. */
final class TableParts {

    final String name;
    final LiveTable.Kind kind;
    final List<LiveColumn> columns = new ArrayList<>();
    final List<String> primaryKey = new ArrayList<>();
    final List<IndexSpec> indexes = new ArrayList<>();
    final List<UniqueSpec> uniques = new ArrayList<>();
    final List<ForeignKeySpec> foreignKeys = new ArrayList<>();
    final List<CheckSpec.Sql> checks = new ArrayList<>();
    String viewQuery = "";

    TableParts(String name, LiveTable.Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    LiveTable build(String schema) {
        return new LiveTable(
                schema,
                name,
                kind,
                columns,
                primaryKey,
                sorted(indexes, IndexSpec::name),
                sorted(uniques, UniqueSpec::name),
                sorted(foreignKeys, ForeignKeySpec::name),
                sorted(checks, CheckSpec.Sql::name),
                viewQuery);
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }

    /** The tables by name, in name order, each built in the given schema. */
    static List<LiveTable> build(Map<String, TableParts> tables, String schema) {
        return tables.values().stream()
                .map(parts -> parts.build(schema))
                .sorted(Comparator.comparing(LiveTable::name))
                .toList();
    }

    /** A map to collect tables in. */
    static Map<String, TableParts> map() {
        return new LinkedHashMap<>();
    }
}
