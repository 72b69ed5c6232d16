package dev.ormdantic.dialect.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.schema.ViewSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link SchemaSnapshot}, stable byte for byte: fields in a fixed order, tables sorted, two-space
 * indentation, {@code \n} line ends and a final newline, optional fields (an ordinary column's generation, empty lists)
 * left out. {@link #read} of what {@link #write} wrote gives an equal snapshot, and writing it again the same bytes.
 *
 * @since 0.1.0
 */
public final class SnapshotJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern TYPE = Pattern.compile("([A-Z_]+)(?:\\((\\d+)(?:,(\\d+))?\\))?");

    private SnapshotJson() {}

    /**
     * Writes a snapshot.
     *
     * @param snapshot the snapshot
     * @return its JSON text, ending with a newline
     */
    public static String write(SchemaSnapshot snapshot) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(printer());
            json.writeStartObject();
            json.writeNumberField("version", snapshot.version());
            json.writeArrayFieldStart("tables");
            for (TableSnapshot table : snapshot.tables()) {
                writeTable(json, table);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static void writeTable(JsonGenerator json, TableSnapshot snapshot) throws IOException {
        TableSpec table = snapshot.table();
        json.writeStartObject();
        json.writeStringField("schema", table.schema());
        json.writeStringField("name", table.name());
        if (!snapshot.renamedFrom().isEmpty()) {
            json.writeStringField("renamedFrom", snapshot.renamedFrom());
        }
        if (!snapshot.record().isEmpty()) {
            json.writeStringField("record", snapshot.record());
        }
        json.writeArrayFieldStart("columns");
        for (ColumnSpec column : table.columns()) {
            writeColumn(
                    json,
                    column,
                    snapshot.columnRenames().get(column.name()),
                    snapshot.components().get(column.name()));
        }
        json.writeEndArray();
        writeStrings(json, "primaryKey", table.primaryKey());
        if (!table.indexes().isEmpty()) {
            json.writeArrayFieldStart("indexes");
            for (IndexSpec index : table.indexes()) {
                json.writeStartObject();
                json.writeStringField("name", index.name());
                writeStrings(json, "columns", index.columns());
                json.writeBooleanField("unique", index.unique());
                if (!index.where().isEmpty()) {
                    json.writeStringField("where", index.where());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!table.uniques().isEmpty()) {
            json.writeArrayFieldStart("uniques");
            for (UniqueSpec unique : table.uniques()) {
                json.writeStartObject();
                json.writeStringField("name", unique.name());
                writeStrings(json, "columns", unique.columns());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!table.foreignKeys().isEmpty()) {
            json.writeArrayFieldStart("foreignKeys");
            for (ForeignKeySpec key : table.foreignKeys()) {
                json.writeStartObject();
                json.writeStringField("name", key.name());
                writeStrings(json, "columns", key.columns());
                json.writeStringField("targetSchema", key.targetSchema());
                json.writeStringField("targetTable", key.targetTable());
                writeStrings(json, "targetColumns", key.targetColumns());
                json.writeStringField("onDelete", key.onDelete().name());
                json.writeStringField("onUpdate", key.onUpdate().name());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        writeChecks(json, table.checks());
        ViewSpec view = table.view();
        if (view != null) {
            json.writeObjectFieldStart("view");
            json.writeStringField("query", view.query());
            json.writeBooleanField("materialized", view.materialized());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeColumn(
            JsonGenerator json, ColumnSpec column, @Nullable String renamedFrom, @Nullable String component)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("name", column.name());
        if (renamedFrom != null) {
            json.writeStringField("renamedFrom", renamedFrom);
        }
        if (component != null) {
            json.writeStringField("component", component);
        }
        json.writeStringField("type", typeText(column.type()));
        json.writeBooleanField("nullable", column.nullable());
        switch (column.generation()) {
            case ColumnGeneration.None none -> {}
            case ColumnGeneration.Identity identity -> json.writeStringField("identity", "default");
            case ColumnGeneration.ServerDefault value -> json.writeStringField("default", value.sql());
            case ColumnGeneration.Computed computed -> {
                json.writeObjectFieldStart("computed");
                json.writeStringField("expression", computed.expression());
                json.writeBooleanField("stored", computed.stored());
                json.writeEndObject();
            }
            case ColumnGeneration.Sequence sequence -> {
                json.writeObjectFieldStart("sequence");
                json.writeStringField("name", sequence.name());
                json.writeNumberField("start", sequence.start());
                json.writeNumberField("increment", sequence.increment());
                json.writeEndObject();
            }
        }
        writeChecks(json, column.checks());
        EnumSpec enumType = column.enumType();
        if (enumType != null) {
            json.writeObjectFieldStart("enum");
            writeStrings(json, "constants", enumType.constants());
            writeStrings(json, "values", enumType.values());
            if (enumType.isNative()) {
                json.writeStringField("nativeType", enumType.nativeType());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** A type as one word: {@code INT}, {@code STRING(80)}, {@code DECIMAL(10,2)}. */
    static String typeText(ColumnType type) {
        if (type.length() > 0) {
            return type.kind() + "(" + type.length() + ")";
        }
        if (type.precision() > 0 || type.scale() > 0) {
            return type.kind() + "(" + type.precision() + (type.scale() > 0 ? "," + type.scale() : "") + ")";
        }
        return type.kind().name();
    }

    private static void writeChecks(JsonGenerator json, List<CheckSpec> checks) throws IOException {
        if (checks.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("checks");
        for (CheckSpec check : checks) {
            json.writeStartObject();
            json.writeStringField("name", check.name());
            switch (check) {
                case CheckSpec.Compare compare -> {
                    json.writeStringField("column", compare.column());
                    json.writeStringField("compare", compare.comparison().name());
                    json.writeStringField("bound", compare.bound());
                }
                case CheckSpec.Length length -> {
                    json.writeStringField("column", length.column());
                    json.writeStringField("length", length.atLeast() ? "AT_LEAST" : "AT_MOST");
                    json.writeNumberField("bound", length.length());
                }
                case CheckSpec.NotBlank notBlank -> {
                    json.writeStringField("column", notBlank.column());
                    json.writeBooleanField("notBlank", true);
                }
                case CheckSpec.Matches matches -> {
                    json.writeStringField("column", matches.column());
                    json.writeStringField("matches", matches.regexp());
                }
                case CheckSpec.OneOf oneOf -> {
                    json.writeStringField("column", oneOf.column());
                    writeStrings(json, "oneOf", oneOf.values());
                }
                case CheckSpec.Sql sql -> json.writeStringField("sql", sql.sql());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /**
     * Reads a snapshot.
     *
     * @param text the JSON text
     * @return the snapshot
     * @throws IllegalArgumentException naming the field, when the text is not a snapshot of a supported version
     */
    public static SchemaSnapshot read(String text) {
        Object tree;
        try (JsonParser parser = FACTORY.createParser(text)) {
            tree = value(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("text after the schema snapshot's closing brace");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a schema snapshot: " + e.getMessage(), e);
        }
        Node root = new Node("snapshot", tree);
        List<TableSnapshot> tables = new ArrayList<>();
        for (Node table : root.list("tables")) {
            tables.add(readTable(table));
        }
        return new SchemaSnapshot((int) root.number("version"), tables);
    }

    private static TableSnapshot readTable(Node node) {
        String name = node.string("name");
        List<ColumnSpec> columns = new ArrayList<>();
        TreeMap<String, String> renames = new TreeMap<>();
        TreeMap<String, String> components = new TreeMap<>();
        for (Node column : node.list("columns")) {
            columns.add(readColumn(column));
            if (column.has("renamedFrom")) {
                renames.put(column.string("name"), column.string("renamedFrom"));
            }
            if (column.has("component")) {
                components.put(column.string("name"), column.string("component"));
            }
        }
        List<IndexSpec> indexes = new ArrayList<>();
        for (Node index : node.optionalList("indexes")) {
            indexes.add(new IndexSpec(
                    index.string("name"),
                    index.strings("columns"),
                    index.bool("unique"),
                    index.has("where") ? index.string("where") : ""));
        }
        List<UniqueSpec> uniques = new ArrayList<>();
        for (Node unique : node.optionalList("uniques")) {
            uniques.add(new UniqueSpec(unique.string("name"), unique.strings("columns")));
        }
        List<ForeignKeySpec> keys = new ArrayList<>();
        for (Node key : node.optionalList("foreignKeys")) {
            keys.add(new ForeignKeySpec(
                    key.string("name"),
                    key.strings("columns"),
                    key.string("targetSchema"),
                    key.string("targetTable"),
                    key.strings("targetColumns"),
                    ForeignKeySpec.Action.valueOf(key.string("onDelete")),
                    ForeignKeySpec.Action.valueOf(key.string("onUpdate"))));
        }
        ViewSpec view = null;
        if (node.has("view")) {
            Node viewNode = node.child("view");
            view = new ViewSpec(viewNode.string("query"), viewNode.bool("materialized"));
        }
        TableSpec table = new TableSpec(
                name,
                columns,
                node.strings("primaryKey"),
                indexes,
                node.string("schema"),
                uniques,
                keys,
                view,
                readChecks(node));
        return new TableSnapshot(
                table,
                node.has("renamedFrom") ? node.string("renamedFrom") : "",
                renames,
                node.has("record") ? node.string("record") : "",
                components);
    }

    private static ColumnSpec readColumn(Node node) {
        ColumnGeneration generation = ColumnGeneration.none();
        if (node.has("identity")) {
            generation = new ColumnGeneration.Identity();
        } else if (node.has("default")) {
            generation = new ColumnGeneration.ServerDefault(node.string("default"));
        } else if (node.has("computed")) {
            Node computed = node.child("computed");
            generation = new ColumnGeneration.Computed(computed.string("expression"), computed.bool("stored"));
        } else if (node.has("sequence")) {
            Node sequence = node.child("sequence");
            generation = new ColumnGeneration.Sequence(
                    sequence.string("name"), sequence.number("start"), sequence.number("increment"));
        }
        EnumSpec enumType = null;
        if (node.has("enum")) {
            Node values = node.child("enum");
            enumType = new EnumSpec(
                    values.strings("constants"),
                    values.strings("values"),
                    values.has("nativeType") ? values.string("nativeType") : "");
        }
        return new ColumnSpec(
                node.string("name"),
                parseType(node.string("type"), node),
                node.bool("nullable"),
                generation,
                readChecks(node),
                enumType);
    }

    private static ColumnType parseType(String text, Node at) {
        Matcher match = TYPE.matcher(text);
        if (!match.matches()) {
            throw at.invalid("type", "a type such as INT, STRING(80) or DECIMAL(10,2)");
        }
        ColumnType.Kind kind;
        try {
            kind = ColumnType.Kind.valueOf(match.group(1));
        } catch (IllegalArgumentException e) {
            throw at.invalid("type", "one of " + List.of(ColumnType.Kind.values()));
        }
        int first = match.group(2) == null ? 0 : Integer.parseInt(match.group(2));
        int second = match.group(3) == null ? 0 : Integer.parseInt(match.group(3));
        return kind == ColumnType.Kind.STRING
                ? new ColumnType(kind, first, 0, 0)
                : new ColumnType(kind, 0, first, second);
    }

    private static List<CheckSpec> readChecks(Node node) {
        List<CheckSpec> checks = new ArrayList<>();
        for (Node check : node.optionalList("checks")) {
            String name = check.string("name");
            if (check.has("compare")) {
                checks.add(new CheckSpec.Compare(
                        name,
                        check.string("column"),
                        CheckSpec.Comparison.valueOf(check.string("compare")),
                        check.string("bound")));
            } else if (check.has("length")) {
                checks.add(new CheckSpec.Length(
                        name, check.string("column"), check.string("length").equals("AT_LEAST"), (int)
                                check.number("bound")));
            } else if (check.has("notBlank")) {
                checks.add(new CheckSpec.NotBlank(name, check.string("column")));
            } else if (check.has("matches")) {
                checks.add(new CheckSpec.Matches(name, check.string("column"), check.string("matches")));
            } else if (check.has("oneOf")) {
                checks.add(new CheckSpec.OneOf(name, check.string("column"), check.strings("oneOf")));
            } else {
                checks.add(new CheckSpec.Sql(name, check.string("sql")));
            }
        }
        return checks;
    }

    /** A plain tree: maps keep field order, numbers are longs. */
    private static @Nullable Object value(JsonParser parser, @Nullable JsonToken token) throws IOException {
        if (token == null) {
            throw new IllegalArgumentException("the schema snapshot is empty");
        }
        return switch (token) {
            case START_OBJECT -> {
                Map<String, @Nullable Object> map = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String field = parser.currentName();
                    map.put(field, value(parser, parser.nextToken()));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<@Nullable Object> list = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    list.add(value(parser, next));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("unexpected " + token + " in a schema snapshot");
        };
    }

    /** One object of the tree, with typed field access that names the path of a missing or mistyped field. */
    private record Node(String path, @Nullable Object value) {

        private Map<?, ?> map() {
            if (value instanceof Map<?, ?> map) {
                return map;
            }
            throw new IllegalArgumentException("schema snapshot: " + path + " is not an object");
        }

        boolean has(String field) {
            return map().containsKey(field);
        }

        private Object field(String field) {
            Object found = map().get(field);
            if (found == null) {
                throw new IllegalArgumentException("schema snapshot: " + path + "." + field + " is missing");
            }
            return found;
        }

        IllegalArgumentException invalid(String field, String expected) {
            return new IllegalArgumentException(
                    "schema snapshot: " + path + "." + field + " must be " + expected + ", not " + map().get(field));
        }

        String string(String field) {
            if (field(field) instanceof String text) {
                return text;
            }
            throw invalid(field, "a string");
        }

        long number(String field) {
            if (field(field) instanceof Long number) {
                return number;
            }
            throw invalid(field, "an integer");
        }

        boolean bool(String field) {
            if (field(field) instanceof Boolean flag) {
                return flag;
            }
            throw invalid(field, "true or false");
        }

        Node child(String field) {
            return new Node(path + "." + field, field(field));
        }

        List<Node> list(String field) {
            if (!(field(field) instanceof List<?> items)) {
                throw invalid(field, "an array");
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                Map<?, ?> fields = item instanceof Map<?, ?> map ? map : Map.of();
                Object label = fields.get("name");
                nodes.add(new Node(path + "." + field + "[" + (label != null ? label : i) + "]", item));
            }
            return nodes;
        }

        List<Node> optionalList(String field) {
            return has(field) ? list(field) : List.of();
        }

        List<String> strings(String field) {
            List<String> strings = new ArrayList<>();
            for (Node item : list(field)) {
                if (!(item.value() instanceof String text)) {
                    throw invalid(field, "an array of strings");
                }
                strings.add(text);
            }
            return strings;
        }
    }
}
