package dev.ormdantic.dialect;

import static dev.ormdantic.dialect.SqlGoldens.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.CheckSpec.Comparison;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code CHECK} constraints of every kind, for all six dialects, against the SQL goldens. */
class CheckRenderingTest {

    /** Every kind of column check, then a table check; no pattern, which SQL Server refuses. */
    static final TableSpec CHECKED = new TableSpec(
            "checked",
            List.of(
                    new ColumnSpec("id", ColumnType.unboundedString(), false),
                    new ColumnSpec(
                            "name",
                            ColumnType.string(80),
                            false,
                            ColumnGeneration.none(),
                            List.of(
                                    new CheckSpec.Length("checked_name_min_length_check", "name", true, 2),
                                    new CheckSpec.Length("checked_name_max_length_check", "name", false, 80),
                                    new CheckSpec.NotBlank("checked_name_not_blank_check", "name")),
                            null),
                    new ColumnSpec(
                            "rating",
                            ColumnType.of(Kind.INT),
                            false,
                            ColumnGeneration.none(),
                            List.of(
                                    new CheckSpec.Compare("checked_rating_ge_check", "rating", Comparison.GE, "0"),
                                    new CheckSpec.Compare("checked_rating_le_check", "rating", Comparison.LE, "5")),
                            null),
                    new ColumnSpec(
                            "price",
                            ColumnType.decimal(10, 2),
                            true,
                            ColumnGeneration.none(),
                            List.of(
                                    new CheckSpec.Compare("checked_price_gt_check", "price", Comparison.GT, "0.01"),
                                    new CheckSpec.Compare("checked_price_lt_check", "price", Comparison.LT, "1000")),
                            null),
                    new ColumnSpec(
                            "roast",
                            ColumnType.string(1),
                            false,
                            ColumnGeneration.none(),
                            List.of(new CheckSpec.OneOf(
                                    "checked_roast_enum_values_check", "roast", List.of("L", "D", "O'K"))),
                            new EnumSpec(List.of("LIGHT", "DARK", "OK"), List.of("L", "D", "O'K"), ""))),
            List.of("id"),
            List.of(),
            List.of(new CheckSpec.Sql("checked_rating_price_check", "rating < 5 OR price IS NOT NULL")));

    /** A pattern with a backslash and a quote, which MySQL and MariaDB escape differently. */
    static final TableSpec PATTERNED = new TableSpec(
            "patterned",
            List.of(
                    new ColumnSpec("id", ColumnType.unboundedString(), false),
                    new ColumnSpec(
                            "code",
                            ColumnType.unboundedString(),
                            false,
                            ColumnGeneration.none(),
                            List.of(new CheckSpec.Matches("patterned_code_pattern_check", "code", "[A-Z]{2}\\d+'?")),
                            null)),
            List.of("id"),
            List.of());

    static List<Dialect> dialects() {
        return Dialects.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void everyCheckKind(Dialect dialect) {
        assertGolden(
                "checks", dialect, String.join("\n", dialect.statements(CHECKED).createTable()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void patterns(Dialect dialect) {
        if (dialect.id() == DialectId.MSSQL) {
            UnsupportedFeatureException e =
                    assertThrows(UnsupportedFeatureException.class, () -> dialect.statements(PATTERNED));
            assertEquals(
                    "SQL Server does not support regular-expression CHECK constraints (from @Pattern). Use this table"
                            + " on another database, or remove @Pattern and check the text in your code",
                    e.getMessage());
            return;
        }
        assertGolden(
                "checks_pattern",
                dialect,
                String.join("\n", dialect.statements(PATTERNED).createTable()));
    }

    @Test
    void enumSpecRefusesRepeatedOrEmptyValues() {
        assertThrows(IllegalArgumentException.class, () -> new EnumSpec(List.of("A", "B"), List.of("x", "x"), ""));
        assertThrows(IllegalArgumentException.class, () -> new EnumSpec(List.of("A"), List.of(""), ""));
        assertEquals("y", new EnumSpec(List.of("A", "B"), List.of("x", "y"), "").valueOf("B"));
    }
}
