package dev.ormdantic.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec.Action;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.ViewSpec;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The order in which init() creates tables: referenced tables first, then registration order, views last. */
class SchemaOrderTest {

    private static TableSpec table(String name, String... references) {
        List<ForeignKeySpec> foreignKeys = new ArrayList<>();
        for (String target : references) {
            foreignKeys.add(new ForeignKeySpec(
                    name + "_" + target + "_id_foreign_key",
                    List.of(target + "_id"),
                    "",
                    target,
                    List.of("id"),
                    Action.NO_ACTION,
                    Action.NO_ACTION));
        }
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(new ColumnSpec("id", ColumnType.of(ColumnType.Kind.LONG), false));
        for (String target : references) {
            columns.add(new ColumnSpec(target + "_id", ColumnType.of(ColumnType.Kind.LONG), true));
        }
        return new TableSpec(name, columns, List.of("id"), List.of(), "", List.of(), foreignKeys, null);
    }

    private static TableSpec view(String name) {
        return new TableSpec(
                name,
                List.of(new ColumnSpec("id", ColumnType.of(ColumnType.Kind.LONG), false)),
                List.of("id"),
                List.of(),
                "",
                List.of(),
                List.of(),
                new ViewSpec("SELECT id FROM a", false));
    }

    private static List<String> order(TableSpec... tables) {
        return SchemaOrder.creation(List.of(tables), Function.identity(), "sqlite").stream()
                .map(TableSpec::name)
                .toList();
    }

    @Test
    void referencedTablesComeFirstAndViewsLast() {
        assertEquals(
                List.of("a", "b", "c", "d", "v"),
                order(view("v"), table("c", "b"), table("b", "a"), table("a"), table("d")));
    }

    @Test
    void registrationOrderIsKeptWhereNothingIsReferenced() {
        assertEquals(List.of("z", "y", "x"), order(table("z"), table("y"), table("x")));
    }

    @Test
    void aSelfReferenceAndAnUnmanagedTargetAreFine() {
        assertEquals(List.of("tree", "leaf"), order(table("tree", "tree"), table("leaf", "elsewhere")));
    }

    @Test
    void aCycleIsRefusedNamingItsTables() {
        ConfigurationException e = assertThrows(
                ConfigurationException.class, () -> order(table("hen", "egg"), table("egg", "hen"), table("x")));
        assertEquals(ErrorCode.FOREIGN_KEY_CYCLE, e.code());
        assertEquals(
                "[ORM2120] init: the foreign keys of tables hen -> egg -> hen form a cycle, so none of them can be"
                        + " created before the others; nothing was created; drop one foreign key of the cycle (keep"
                        + " the column, remove @References or the @ForeignKey), or create that constraint yourself"
                        + " with ALTER TABLE after init()",
                e.getMessage());
    }
}
