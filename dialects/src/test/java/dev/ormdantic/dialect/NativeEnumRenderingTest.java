package dev.ormdantic.dialect;

import static dev.ormdantic.dialect.SqlGoldens.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @NativeEnum} columns for all six dialects: PostgreSQL creates and drops the type, the others keep a text
 * column with its {@code enum_values} check.
 */
class NativeEnumRenderingTest {

    private static ColumnSpec enumColumn(String table, String name, boolean nullable, String nativeType) {
        return new ColumnSpec(
                name,
                ColumnType.string(3),
                nullable,
                ColumnGeneration.none(),
                List.of(new CheckSpec.OneOf(table + "_" + name + "_enum_values_check", name, List.of("L", "D", "O'K"))),
                new EnumSpec(List.of("LIGHT", "DARK", "OK"), List.of("L", "D", "O'K"), nativeType));
    }

    /** Two columns of one native type (created and dropped once), and a column of a second type. */
    static final TableSpec BREWS = new TableSpec(
            "brew",
            List.of(
                    new ColumnSpec("id", ColumnType.unboundedString(), false),
                    enumColumn("brew", "roast", false, "roast"),
                    enumColumn("brew", "previous", true, "roast"),
                    enumColumn("brew", "grind", false, "grind_size")),
            List.of("id"),
            List.of());

    /** A table in a schema: the type lives there too. */
    static final TableSpec IN_SCHEMA = new TableSpec(
            "bean",
            List.of(
                    new ColumnSpec("id", ColumnType.unboundedString(), false),
                    enumColumn("bean", "roast", false, "roast")),
            List.of("id"),
            List.of(),
            "sales",
            List.<UniqueSpec>of(),
            List.<ForeignKeySpec>of(),
            null);

    static List<Dialect> dialects() {
        return Dialects.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void createAndDrop(Dialect dialect) {
        TableStatements statements = dialect.statements(BREWS);
        assertGolden(
                "native_enum",
                dialect,
                String.join("\n", statements.createTable()) + "\n" + String.join("\n", statements.dropStatements()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void inSchema(Dialect dialect) {
        if (dialect.id() == DialectId.SQLITE) {
            return; // SQLite has no schemas (refused with ORM2007 elsewhere)
        }
        TableStatements statements = dialect.statements(IN_SCHEMA);
        assertGolden(
                "native_enum_schema",
                dialect,
                String.join("\n", statements.createTable()) + "\n" + String.join("\n", statements.dropStatements()));
    }

    @Test
    void shapesKeepTheNativeFlagOfTheirParameters() {
        Expr where = new Expr.Compare(
                new Expr.Column("roast"), Expr.CompareOp.EQ, new Expr.Param("L", ColumnType.string(3), true));
        Dialect postgres = Dialects.of(DialectId.POSTGRESQL);
        Shape<Expr> shape = Shape.of(where);
        List<Expr.Param> params = shape.fill(postgres.select(BREWS, shape.node(), List.of(), 0, 0))
                .params();
        assertEquals(List.of(new Expr.Param("L", ColumnType.string(3), true)), params);
    }
}
