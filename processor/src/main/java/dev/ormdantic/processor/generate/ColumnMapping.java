package dev.ormdantic.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.JavaType;
import dev.ormdantic.processor.model.TypeRef;
import dev.ormdantic.processor.model.TypeTree;
import dev.ormdantic.processor.model.ValueKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * How each kind of component maps to generated code: its column class, the value type, and the {@code Row} getter and
 * {@code Params} setter that move it to and from JDBC.
 */
final class ColumnMapping {

    private ColumnMapping() {}

    /** The class of a type reference. */
    static ClassName className(TypeRef type) {
        return ClassName.get(
                type.packageName(),
                type.simpleNames().getFirst(),
                type.simpleNames().subList(1, type.simpleNames().size()).toArray(String[]::new));
    }

    /** The component's value type as a type argument: boxed for primitives. */
    static TypeName valueType(JavaType type) {
        return switch (type.kind()) {
            case STRING -> ClassName.get(String.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case BYTE -> ClassName.get(Byte.class);
            case SHORT -> ClassName.get(Short.class);
            case INT -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case FLOAT -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case UUID -> ClassName.get(UUID.class);
            case DATE -> ClassName.get(LocalDate.class);
            case DATETIME -> ClassName.get(LocalDateTime.class);
            case INSTANT -> ClassName.get(Instant.class);
            case BYTES -> ArrayTypeName.of(TypeName.BYTE);
            case ENUM -> className(type.requireEnumType());
            case BIG_INTEGER -> ClassName.get(BigInteger.class);
            case TIME -> ClassName.get(LocalTime.class);
            case OFFSET_DATETIME -> ClassName.get(OffsetDateTime.class);
            case JSON -> typeName(type.requireJson());
            case UNSUPPORTED -> throw new IllegalStateException("unsupported type " + type.name());
        };
    }

    /** A generic type in full, such as {@code Map<String, List<Integer>>}. */
    static TypeName typeName(TypeTree tree) {
        ClassName raw = className(tree.type());
        if (tree.arguments().isEmpty()) {
            return raw;
        }
        return ParameterizedTypeName.get(
                raw, tree.arguments().stream().map(ColumnMapping::typeName).toArray(TypeName[]::new));
    }

    /**
     * The type of the record component itself: the value type, or {@code Optional} of it.
     *
     * @param type the component's type
     * @return the declared type
     */
    static TypeName componentType(JavaType type) {
        return type.optional()
                ? ParameterizedTypeName.get(ClassName.get(Optional.class), valueType(type))
                : valueType(type);
    }

    /** The column class without type arguments. */
    static ClassName columnClass(ValueKind kind) {
        return switch (kind) {
            case STRING -> SupportTypes.STRING_COLUMN;
            case ENUM -> SupportTypes.ENUM_COLUMN;
            case JSON -> SupportTypes.JSON_COLUMN;
            case BOOLEAN, UUID, BYTES -> SupportTypes.COLUMN;
            case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL, BIG_INTEGER -> SupportTypes.NUMERIC_COLUMN;
            default -> SupportTypes.COMPARABLE_COLUMN;
        };
    }

    /** The {@code support.Columns} factory that makes a column constant of this kind. */
    static String columnFactory(ValueKind kind) {
        return switch (kind) {
            case STRING -> "string";
            case ENUM -> "enumeration";
            case JSON -> "json";
            case BOOLEAN, UUID, BYTES -> "column";
            case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL, BIG_INTEGER -> "numeric";
            default -> "comparable";
        };
    }

    /** The declared type of a column constant, such as {@code ComparableColumn<Flavor, Integer>}. */
    static TypeName columnType(ClassName record, JavaType type) {
        ClassName column = columnClass(type.kind());
        return type.kind() == ValueKind.STRING || type.kind() == ValueKind.JSON
                ? ParameterizedTypeName.get(column, record)
                : ParameterizedTypeName.get(column, record, valueType(type));
    }

    /** The expression building the component's {@code ColumnType}. */
    static CodeBlock columnTypeExpression(ComponentModel component) {
        return columnTypeExpression(component.columnType());
    }

    /** The expression building a column type ({@code ColumnType.string(40)}). */
    static CodeBlock columnTypeExpression(ColumnType type) {
        return switch (type.kind()) {
            case STRING ->
                type.length() == 0
                        ? CodeBlock.of("$T.unboundedString()", SupportTypes.COLUMN_TYPE)
                        : CodeBlock.of("$T.string($L)", SupportTypes.COLUMN_TYPE, type.length());
            case DECIMAL ->
                CodeBlock.of("$T.decimal($L, $L)", SupportTypes.COLUMN_TYPE, type.precision(), type.scale());
            case BIG_INTEGER -> CodeBlock.of("$T.bigInteger($L)", SupportTypes.COLUMN_TYPE, type.precision());
            default -> CodeBlock.of("$T.of($T.$L)", SupportTypes.COLUMN_TYPE, SupportTypes.COLUMN_KIND, type.kind());
        };
    }

    /** The {@code Row} getter reading the component ({@code getInt}, {@code getNullableInt}). */
    static String getter(ComponentModel component) {
        String base = switch (component.type().kind()) {
            case STRING, ENUM -> "String";
            case BOOLEAN -> "Boolean";
            case BYTE -> "Byte";
            case SHORT -> "Short";
            case INT -> "Int";
            case LONG -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case DECIMAL -> "BigDecimal";
            case UUID -> "Uuid";
            case DATE -> "LocalDate";
            case DATETIME -> "LocalDateTime";
            case INSTANT -> "Instant";
            case BYTES -> "Bytes";
            case BIG_INTEGER -> "BigInteger";
            case TIME -> "LocalTime";
            case OFFSET_DATETIME -> "OffsetDateTime";
            case JSON -> "Json";
            case UNSUPPORTED -> throw new IllegalStateException("unsupported type " + component.type());
        };
        return (component.columnNullable() ? "getNullable" : "get") + base;
    }

    /**
     * The {@code Params} setter binding the component. Reference types have one setter that binds {@code NULL} for
     * {@code null}; numbers and booleans have a primitive setter and a nullable boxed one.
     */
    static String setter(ComponentModel component) {
        return switch (component.type().kind()) {
            case STRING -> "setString";
            case ENUM -> "setEnum";
            case DECIMAL -> "setBigDecimal";
            case UUID -> "setUuid";
            case DATE -> "setLocalDate";
            case DATETIME -> "setLocalDateTime";
            case INSTANT -> "setInstant";
            case BYTES -> "setBytes";
            case BIG_INTEGER -> "setBigInteger";
            case TIME -> "setLocalTime";
            case OFFSET_DATETIME -> "setOffsetDateTime";
            case JSON -> "setJson";
            case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE -> {
                String getter = getter(component);
                yield "set" + getter.substring("get".length());
            }
            case UNSUPPORTED -> throw new IllegalStateException("unsupported type " + component.type());
        };
    }
}
