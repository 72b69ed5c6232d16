package dev.ormdantic.migrations.reflect;

import dev.ormdantic.dialect.reflect.LiveColumn;
import dev.ormdantic.dialect.reflect.LiveEnum;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.SchemaComparison;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Writes Java record sources for existing tables: one {@code @Table} record per table, named by CamelCasing the
 * table name ({@code coffee_flavor} → {@code CoffeeFlavor}, {@code Reflected} before a name that starts with a digit),
 * with its primary key, indexes, unique constraints, checks (as written by the database) and foreign keys on
 * {@code @Table}, and per column: {@code @Column} when the name is not a plain lower-case identifier, {@code @Nullable}
 * and a boxed type for a nullable column, {@code @Size(max)} for a bounded string, {@code @Digits} for a decimal,
 * {@code @Identity}, {@code @ServerDefault} and {@code @Computed}; a JSON column ({@code json}, {@code jsonb}, MySQL's
 * and MariaDB's {@code JSON}) is a {@code Map<String, Object>}; an enum column is an enum ({@link #sources(LiveSchema,
 * String)} writes them). Views are left out: a view's query is the
 * application's to write.
 *
 * @since 0.1.0
 */
public final class Scaffold {

    private Scaffold() {}

    /**
     * The sources of the tables, keyed by class name, in table order.
     *
     * @param tables the tables, as read by an {@link Inspector}; a foreign key must reference one of them
     * @param packageName the package of the records
     * @return the source of each record
     */
    public static Map<String, String> sources(List<LiveTable> tables, String packageName) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (LiveTable table : tables) {
            if (!table.isView()) {
                sources.put(className(table.name()), source(table, packageName));
            }
        }
        return sources;
    }

    /**
     * The sources of a schema's tables and of the enums their columns use, keyed by class name: each table's record
     * (in table order), then each enum. A PostgreSQL enum type becomes an enum named after the type, its component
     * {@code @NativeEnum(name = "type")}; a MySQL or MariaDB {@code ENUM(...)} column becomes an enum named after its
     * table and column, stored as text with the check of its values. A label that is not a constant name in upper
     * case gives every constant an {@code @EnumValue} with its label.
     *
     * @param schema the schema, as read by an {@link Inspector}
     * @param packageName the package of the records and enums
     * @return the source of each record and enum
     */
    public static Map<String, String> sources(LiveSchema schema, String packageName) {
        Map<String, List<String>> enums = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (LiveTable table : schema.tables()) {
            if (table.isView()) {
                continue;
            }
            for (LiveColumn column : table.columns()) {
                String enumClass = enumClass(table, column);
                if (enumClass == null) {
                    continue;
                }
                List<String> values = column.enumType().isEmpty()
                        ? mysqlEnumValues(column.nativeType())
                        : schema.enums().stream()
                                .filter(e -> e.name().equals(column.enumType()))
                                .map(LiveEnum::values)
                                .findFirst()
                                .orElse(List.of());
                enums.putIfAbsent(enumClass, values);
            }
            sources.put(className(table.name()), source(table, packageName));
        }
        enums.forEach((name, values) -> sources.put(name, enumSource(name, values, packageName)));
        return sources;
    }

    /** The enum class of a column: its PostgreSQL type's, or its table's and its own for MySQL's ENUM(...). */
    private static @Nullable String enumClass(LiveTable table, LiveColumn column) {
        if (!column.enumType().isEmpty()) {
            return className(column.enumType());
        }
        if (!mysqlEnumValues(column.nativeType()).isEmpty()) {
            return className(table.name() + "_" + column.name());
        }
        return null;
    }

    /** The labels of MySQL's {@code enum('a','b')}, in order; none for another type. */
    static List<String> mysqlEnumValues(String nativeType) {
        String text = nativeType.strip();
        if (!text.regionMatches(true, 0, "enum(", 0, 5) || !text.endsWith(")")) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        String inside = text.substring(5, text.length() - 1);
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\'' && quoted && i + 1 < inside.length() && inside.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else if (c == '\'') {
                quoted = !quoted;
                if (!quoted) {
                    values.add(value.toString());
                    value.setLength(0);
                }
            } else if (quoted) {
                value.append(c);
            }
        }
        return values;
    }

    /** An enum whose constants store the labels: their names when they are constant names, else {@code @EnumValue}. */
    private static String enumSource(String name, List<String> labels, String packageName) {
        List<String> constants = new ArrayList<>();
        for (String label : labels) {
            String constant = label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
            if (constant.isEmpty() || !Character.isJavaIdentifierStart(constant.charAt(0))) {
                constant = "VALUE_" + constant;
            }
            String unique = constant;
            for (int i = 2; constants.contains(unique); i++) {
                unique = constant + "_" + i;
            }
            constants.add(unique);
        }
        boolean byName = constants.equals(labels);
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        if (!byName) {
            out.append("import dev.ormdantic.annotation.EnumValue;\n\n");
        }
        out.append("/** The values of {@code ").append(name).append("}, as reflected from the database. */\n");
        out.append("public enum ").append(name).append(" {");
        StringJoiner body = new StringJoiner(",", "\n", "\n");
        for (int i = 0; i < labels.size(); i++) {
            body.add("    " + (byName ? "" : "@EnumValue(" + literal(labels.get(i)) + ") ") + constants.get(i));
        }
        return out.append(body).append("}\n").toString();
    }

    /**
     * The record's class name for a table.
     *
     * @param table the table name
     * @return the CamelCased name
     */
    public static String className(String table) {
        StringBuilder name = new StringBuilder();
        for (String part : table.split("[^A-Za-z0-9]+", -1)) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0)))
                        .append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name.insert(0, "Reflected");
        }
        return name.toString();
    }

    /**
     * The source of one record.
     *
     * @param table the table
     * @param packageName the package
     * @return the Java source
     */
    public static String source(LiveTable table, String packageName) {
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        out.append("import dev.ormdantic.annotation.*;\n")
                .append("import jakarta.validation.constraints.*;\n")
                .append("import org.jspecify.annotations.Nullable;\n\n")
                .append("/** The table {@code ")
                .append(table.name())
                .append("}, as reflected from the database. */\n")
                .append("@Table(\n        name = ")
                .append(literal(table.name()));
        if (!table.schema().isEmpty()) {
            out.append(",\n        schema = ").append(literal(table.schema()));
        }
        out.append(",\n        pk = ")
                .append(array(table.primaryKey().stream()
                        .map(Scaffold::componentLiteral)
                        .toList()));
        tableParts(table, out);
        out.append(")\npublic record ").append(className(table.name())).append("(");
        StringJoiner components = new StringJoiner(",", "\n", "");
        for (LiveColumn column : table.columns()) {
            components.add("        " + component(column, enumClass(table, column)));
        }
        out.append(components).append(") {}\n");
        return out.toString();
    }

    private static void tableParts(LiveTable table, StringBuilder out) {
        List<String> indexes = new ArrayList<>();
        for (IndexSpec index : table.indexes()) {
            indexes.add("@Index(name = " + literal(index.name()) + ", columns = "
                    + array(index.columns().stream()
                            .map(Scaffold::componentLiteral)
                            .toList())
                    + (index.unique() ? ", unique = true" : "")
                    + (index.where().isEmpty() ? "" : ", where = " + literal(index.where())) + ")");
        }
        part(out, "indexes", indexes);
        List<String> uniques = new ArrayList<>();
        for (UniqueSpec unique : table.uniques()) {
            uniques.add("@Unique(name = " + literal(unique.name()) + ", value = "
                    + array(unique.columns().stream()
                            .map(Scaffold::componentLiteral)
                            .toList()) + ")");
        }
        part(out, "uniques", uniques);
        List<String> checks = new ArrayList<>();
        for (CheckSpec.Sql check : table.checks()) {
            if (SchemaComparison.restatesLength(table, check)) {
                continue; // @Size(max) on the component writes it again
            }
            checks.add("@Check(name = " + literal(check.name()) + ", sql = " + literal(condition(check.sql())) + ")");
        }
        part(out, "checks", checks);
        List<String> keys = new ArrayList<>();
        for (ForeignKeySpec key : table.foreignKeys()) {
            keys.add("@ForeignKey(name = " + literal(key.name()) + ", columns = "
                    + array(key.columns().stream()
                            .map(Scaffold::componentLiteral)
                            .toList()) + ", references = "
                    + className(key.targetTable()) + ".class"
                    + action("onDelete", key.onDelete()) + action("onUpdate", key.onUpdate()) + ")");
        }
        part(out, "foreignKeys", keys);
    }

    private static String action(String attribute, ForeignKeySpec.Action action) {
        // MySQL and MariaDB report the default as RESTRICT: it is written as the default again.
        return action == ForeignKeySpec.Action.NO_ACTION || action == ForeignKeySpec.Action.RESTRICT
                ? ""
                : ", " + attribute + " = ReferentialAction." + action.name();
    }

    /** PostgreSQL reports a check as {@code CHECK ((condition))}: the condition alone is kept. */
    static String condition(String sql) {
        String text = sql.strip();
        if (text.regionMatches(true, 0, "CHECK", 0, 5)) {
            text = text.substring(5).strip();
        }
        while (text.startsWith("(") && text.endsWith(")") && balancedInside(text)) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    private static boolean balancedInside(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return true;
    }

    private static void part(StringBuilder out, String attribute, List<String> values) {
        if (!values.isEmpty()) {
            out.append(",\n        ").append(attribute).append(" = ").append(array(values));
        }
    }

    private static String component(LiveColumn column, @Nullable String enumClass) {
        List<String> annotations = new ArrayList<>();
        String name = fieldName(column.name());
        if (!column.name().equals(name)) {
            annotations.add("@Column(name = " + literal(column.name()) + ")");
        }
        switch (column.generation()) {
            case ColumnGeneration.Identity identity -> annotations.add("@Identity");
            case ColumnGeneration.ServerDefault serverDefault ->
                annotations.add("@ServerDefault(" + literal(serverDefault.sql()) + ")");
            case ColumnGeneration.Computed computed ->
                annotations.add("@Computed(value = " + literal(computed.expression()) + ", stored = "
                        + computed.stored() + ")");
            case ColumnGeneration.Sequence sequence ->
                annotations.add("@ServerDefault(" + literal(sequence.name()) + ")");
            case ColumnGeneration.None none -> {}
        }
        ColumnType type = column.type();
        if (enumClass != null) {
            if (!column.enumType().isEmpty()) {
                annotations.add("@NativeEnum(name = " + literal(column.enumType()) + ")");
            }
            if (column.nullable()) {
                annotations.add("@Nullable");
            }
            return String.join(" ", annotations) + (annotations.isEmpty() ? "" : " ") + enumClass + " " + name;
        }
        if (type.kind() == ColumnType.Kind.STRING && type.length() > 0) {
            annotations.add("@Size(max = " + type.length() + ")");
        }
        if (type.kind() == ColumnType.Kind.DECIMAL && type.precision() > 0) {
            annotations.add(
                    "@Digits(integer = " + (type.precision() - type.scale()) + ", fraction = " + type.scale() + ")");
        }
        String javaType = javaType(type, column.nullable());
        return (annotations.isEmpty() ? "" : String.join(" ", annotations) + " ")
                + (column.nullable() ? nullable(javaType) : javaType) + " " + name;
    }

    /**
     * A type annotated {@code @Nullable} where a type annotation goes: after the package of a qualified name
     * ({@code java.util.@Nullable UUID}), before the brackets of an array ({@code byte @Nullable []}).
     */
    static String nullable(String javaType) {
        if (javaType.endsWith("[]")) {
            return javaType.substring(0, javaType.length() - 2) + " @Nullable []";
        }
        int generic = javaType.indexOf('<');
        int dot = javaType.lastIndexOf('.', generic < 0 ? javaType.length() : generic);
        return dot < 0
                ? "@Nullable " + javaType
                : javaType.substring(0, dot + 1) + "@Nullable " + javaType.substring(dot + 1);
    }

    private static String javaType(ColumnType type, boolean nullable) {
        return switch (type.kind()) {
            case STRING -> "String";
            case BOOLEAN -> nullable ? "Boolean" : "boolean";
            case BYTE -> nullable ? "Byte" : "byte";
            case SHORT -> nullable ? "Short" : "short";
            case INT -> nullable ? "Integer" : "int";
            case LONG -> nullable ? "Long" : "long";
            case FLOAT -> nullable ? "Float" : "float";
            case DOUBLE -> nullable ? "Double" : "double";
            case DECIMAL -> "java.math.BigDecimal";
            case BIG_INTEGER -> "java.math.BigInteger";
            case UUID -> "java.util.UUID";
            case DATE -> "java.time.LocalDate";
            case DATETIME -> "java.time.LocalDateTime";
            case INSTANT -> "java.time.Instant";
            case OFFSET_DATETIME -> "java.time.OffsetDateTime";
            case TIME -> "java.time.LocalTime";
            case BYTES -> "byte[]";
            case JSON -> "java.util.Map<String, Object>";
        };
    }

    /** A column name as a Java component name: camelCase of its words, {@code column} before a leading digit. */
    static String fieldName(String column) {
        StringBuilder name = new StringBuilder();
        for (String part : column.split("[^A-Za-z0-9]+", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            name.append(name.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name.insert(0, "column");
        }
        return name.toString();
    }

    /** The annotations name components, not columns. */
    private static String componentLiteral(String column) {
        return literal(fieldName(column));
    }

    private static String array(List<String> values) {
        return values.size() == 1 ? values.get(0) : "{" + String.join(", ", values) + "}";
    }

    private static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
