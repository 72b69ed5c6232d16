package dev.ormdantic.migrations.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.Normalization;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec.Action;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.migrations.SchemaDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveSnapshotTest {

    private static final Dialect MYSQL = Dialects.byName("mysql");

    private static ColumnSpec text(String name) {
        return new ColumnSpec(name, ColumnType.string(40), false);
    }

    private static ForeignKeySpec key(String column, String targetSchema, Action onDelete) {
        return new ForeignKeySpec(
                "child_" + column + "_fk",
                List.of(column),
                targetSchema,
                "parent",
                List.of("id"),
                onDelete,
                Action.RESTRICT);
    }

    private static TableSpec table(String name, List<ColumnSpec> columns, List<ForeignKeySpec> keys) {
        return new TableSpec(name, columns, List.of("id"), List.of(), "shop", List.of(), keys, null, List.of());
    }

    /** The table as a catalog reads it, with other keys: a key into the schema read references {@code ""}. */
    private static LiveTable read(TableSpec table, List<ForeignKeySpec> keys) {
        LiveTable expected = Normalization.expected(MYSQL, table);
        return new LiveTable(
                expected.schema(),
                expected.name(),
                expected.kind(),
                expected.columns(),
                expected.primaryKey(),
                expected.indexes(),
                expected.uniques(),
                keys,
                expected.checks(),
                expected.viewQuery());
    }

    @Test
    void aChangedKeyInAnExplicitSchemaIsTheOnlyKeyTheDiffChanges() {
        TableSpec parent = table("parent", List.of(text("id")), List.of());
        TableSpec child = table(
                "child",
                List.of(text("id"), text("a"), text("b")),
                List.of(key("a", "shop", Action.RESTRICT), key("b", "shop", Action.RESTRICT)));
        LiveSchema live = new LiveSchema(
                List.of(
                        read(parent, List.of()),
                        read(child, List.of(key("a", "", Action.RESTRICT), key("b", "", Action.CASCADE)))),
                List.of(),
                List.of());
        SchemaSnapshot target = SchemaSnapshot.of(List.of(new TableSnapshot(parent), new TableSnapshot(child)));

        SchemaSnapshot from = LiveSnapshot.of(MYSQL, live, target);

        TableSpec merged = from.tables().stream()
                .map(TableSnapshot::table)
                .filter(t -> t.name().equals("child"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(key("a", "shop", Action.RESTRICT), key("b", "shop", Action.CASCADE)), merged.foreignKeys());
        List<String> summary = SchemaDiff.between(from, target).summary();
        assertEquals(1, summary.size(), summary.toString());
        assertTrue(summary.get(0).contains("child_b_fk"), summary.toString());
    }
}
