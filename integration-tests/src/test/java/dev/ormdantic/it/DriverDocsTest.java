package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.Capabilities;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.TableSpec;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the generated part of each {@code docs/drivers/<dialect>.md} page (capability table and type mapping) equal
 * to what the dialect really does. Run with {@code -Ddocs.update=true} to rewrite the generated blocks; the text
 * around them is written by hand.
 */
class DriverDocsTest {

    private static final String START = "<!-- generated: capabilities and types; do not edit by hand -->";
    private static final String END = "<!-- end of generated part -->";

    static List<Dialect> dialects() {
        return Dialects.all();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void generatedPartMatchesTheDialect(Dialect dialect) throws IOException {
        Path page = Path.of("..", "docs", "drivers", dialect.name() + ".md");
        assertTrue(Files.exists(page), "missing " + page.toAbsolutePath());
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, page + " needs the markers " + START + " and " + END);
        String expected = START + "\n" + render(dialect) + END;
        String actual = text.substring(start, end + END.length());
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(page, text.replace(actual, expected), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, actual, page + " is out of date; run ./build test -Ddocs.update=true");
    }

    static String render(Dialect dialect) {
        StringBuilder out = new StringBuilder();
        out.append("\n## Capabilities\n\n| capability | ")
                .append(dialect.displayName())
                .append(" |\n|---|---|\n");
        Capabilities caps = dialect.capabilities();
        for (RecordComponent component : Capabilities.class.getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(caps);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            out.append("| ")
                    .append(component.getName())
                    .append(" | ")
                    .append(code(String.valueOf(value)))
                    .append(" |\n");
        }
        out.append("\n## Types\n\n| Java component | column type |\n|---|---|\n");
        TableSpec table = new TableSpec(
                "t",
                List.of(
                        new ColumnSpec("k", ColumnType.unboundedString(), false),
                        new ColumnSpec("s", ColumnType.unboundedString(), false),
                        new ColumnSpec("b", ColumnType.string(80), false)),
                List.of("k"),
                List.of());
        row(out, "`String`", dialect.columnType(table.column("s"), table));
        row(out, "`String` with `@Size(max = 80)`", dialect.columnType(table.column("b"), table));
        row(out, "`String` key or indexed, no `@Size(max)`", dialect.columnType(table.column("k"), table));
        for (Kind kind : Kind.values()) {
            if (kind == Kind.STRING) {
                continue;
            }
            ColumnSpec column = new ColumnSpec("c", ColumnType.of(kind), false);
            TableSpec single = new TableSpec(
                    "t", List.of(new ColumnSpec("k", ColumnType.of(Kind.INT), false), column), List.of("k"), List.of());
            row(out, javaTypes(kind), dialect.columnType(column, single));
        }
        ColumnSpec digits = new ColumnSpec("d", ColumnType.decimal(12, 2), false);
        row(
                out,
                "`BigDecimal` with `@Digits(integer = 10, fraction = 2)`",
                dialect.columnType(
                        digits,
                        new TableSpec(
                                "t",
                                List.of(new ColumnSpec("k", ColumnType.of(Kind.INT), false), digits),
                                List.of("k"),
                                List.of())));
        out.append("\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String java, String sql) {
        out.append("| ").append(java).append(" | ").append(code(sql)).append(" |\n");
    }

    /** A Markdown code span; one holding a backtick is fenced by two and padded, as CommonMark requires. */
    static String code(String text) {
        return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }

    private static String javaTypes(Kind kind) {
        StringJoiner types = new StringJoiner(", ");
        switch (kind) {
            case BOOLEAN -> types.add("`boolean`").add("`Boolean`");
            case SHORT -> types.add("`short`").add("`Short`");
            case INT -> types.add("`int`").add("`Integer`");
            case LONG -> types.add("`long`").add("`Long`");
            case FLOAT -> types.add("`float`").add("`Float`");
            case DOUBLE -> types.add("`double`").add("`Double`");
            case DECIMAL -> types.add("`BigDecimal`");
            case UUID -> types.add("`UUID`");
            case DATE -> types.add("`LocalDate`");
            case DATETIME -> types.add("`LocalDateTime`");
            case INSTANT -> types.add("`Instant`");
            case BYTES -> types.add("`byte[]`");
            case STRING -> types.add("`String`");
            case BYTE -> types.add("`byte`").add("`Byte`");
            case BIG_INTEGER -> types.add("`BigInteger`");
            case TIME -> types.add("`LocalTime`");
            case OFFSET_DATETIME -> types.add("`OffsetDateTime`");
            case JSON ->
                types.add("`Map<String, ?>`").add("`List<?>`").add("`Set<?>`").add("a record (JSON)");
        }
        return types.toString();
    }
}
