package dev.ormdantic.migrations.reflect;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.Difference;
import dev.ormdantic.dialect.reflect.LiveEnum;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.Normalization;
import dev.ormdantic.dialect.reflect.SchemaComparison;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Compares a live schema with the models: the comparison {@code init()} uses, over every table, enum and sequence. */
final class Drift {

    private Drift() {}

    static DriftReport compare(Dialect dialect, List<TableSpec> models, LiveSchema live) {
        Map<String, List<Difference>> byTable = new LinkedHashMap<>();
        Set<String> modelled = new HashSet<>();
        for (TableSpec model : models) {
            modelled.add(model.name().toLowerCase(Locale.ROOT));
            List<Difference> differences = new ArrayList<>();
            LiveTable found = live.table(model.name());
            if (found == null) {
                differences.add(new Difference(Difference.Kind.MISSING_TABLE, model.name(), "", "", "", true));
            } else {
                differences.addAll(
                        SchemaComparison.compare(dialect.id(), Normalization.expected(dialect, model), found));
            }
            differences.addAll(enumsAndSequences(dialect.id(), model, live));
            if (!differences.isEmpty()) {
                byTable.put(model.name(), differences);
            }
        }
        for (LiveTable table : live.tables()) {
            if (!modelled.contains(table.name().toLowerCase(Locale.ROOT))
                    && !table.name().equalsIgnoreCase(Inspector.HISTORY_TABLE)) {
                byTable.put(
                        table.name(),
                        List.of(new Difference(
                                Difference.Kind.EXTRA_TABLE,
                                table.name(),
                                "",
                                "",
                                table.isView() ? "view" : "table",
                                false)));
            }
        }
        List<DriftReport.TableDrift> tables = new ArrayList<>();
        byTable.forEach((name, differences) -> tables.add(new DriftReport.TableDrift(name, differences)));
        return new DriftReport(dialect.name(), tables);
    }

    private static List<Difference> enumsAndSequences(DialectId dialect, TableSpec model, LiveSchema live) {
        List<Difference> out = new ArrayList<>();
        if (model.isView()) {
            return out;
        }
        for (ColumnSpec column : model.columns()) {
            EnumSpec enumType = column.enumType();
            if (dialect == DialectId.POSTGRESQL && enumType != null && enumType.isNative()) {
                LiveEnum found = live.enums().stream()
                        .filter(e -> e.name().equalsIgnoreCase(enumType.nativeType()))
                        .findFirst()
                        .orElse(null);
                if (found == null || !found.values().equals(enumType.values())) {
                    out.add(new Difference(
                            Difference.Kind.ENUM_VALUES,
                            model.name(),
                            enumType.nativeType(),
                            enumType.values().toString(),
                            found == null ? "no such type" : found.values().toString(),
                            false));
                }
            }
            if (column.generation() instanceof ColumnGeneration.Sequence sequence
                    && live.sequences().stream().noneMatch(s -> s.name().equalsIgnoreCase(sequence.name()))) {
                out.add(new Difference(
                        Difference.Kind.MISSING_SEQUENCE, model.name(), sequence.name(), sequence.name(), "", false));
            }
        }
        return out;
    }
}
