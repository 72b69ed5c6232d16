package dev.ormdantic.processor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The type of a record component.
 *
 * @param kind what kind of value it holds
 * @param name the type as the user wrote it, without annotations ({@code int}, {@code String},
 *     {@code List<String>}), for messages
 * @param primitive whether it is a primitive type
 * @param enumType the enum class, for {@link ValueKind#ENUM} only
 * @param enumConstants the enum's constant names in declaration order, for {@link ValueKind#ENUM} only
 * @param accessible whether code in the record's package can name the type (an enum nested in a private type cannot)
 * @param optional whether the component is an {@code Optional} of this type: a nullable column of the type
 * @param json the full generic type of a {@link ValueKind#JSON} component, {@code null} for other kinds or when it has
 *     a {@code problem}
 * @param problem why the type cannot be stored (a JSON type Jackson cannot read back, an {@code Optional} of an
 *     unsupported type), or {@code null}
 */
public record JavaType(
        ValueKind kind,
        String name,
        boolean primitive,
        @Nullable TypeRef enumType,
        List<String> enumConstants,
        boolean accessible,
        boolean optional,
        @Nullable TypeTree json,
        @Nullable String problem) {

    /** Copies the constants. */
    public JavaType {
        enumConstants = List.copyOf(enumConstants);
    }

    /**
     * A primitive, boxed or other non-enum type.
     *
     * @param kind the kind, not {@link ValueKind#ENUM}
     * @param name the type as written
     * @param primitive whether it is primitive
     * @return the type
     */
    public static JavaType of(ValueKind kind, String name, boolean primitive) {
        return new JavaType(kind, name, primitive, null, List.of(), true, false, null, null);
    }

    /**
     * A JSON type Jackson reads back exactly.
     *
     * @param name the type as written
     * @param tree the full generic type
     * @return the type
     */
    public static JavaType json(String name, TypeTree tree) {
        return new JavaType(ValueKind.JSON, name, false, null, List.of(), true, false, tree, null);
    }

    /**
     * A type that cannot be stored, and why.
     *
     * @param kind the kind it would have ({@link ValueKind#JSON}), or {@link ValueKind#UNSUPPORTED}
     * @param name the type as written
     * @param problem why it cannot be stored
     * @return the type
     */
    public static JavaType refused(ValueKind kind, String name, String problem) {
        return new JavaType(kind, name, false, null, List.of(), true, false, null, problem);
    }

    /**
     * This type wrapped in {@code Optional}: the same value kind, in a nullable column.
     *
     * @param name the {@code Optional} type as written
     * @return the optional type
     */
    public JavaType asOptional(String name) {
        return new JavaType(kind, name, false, enumType, enumConstants, accessible, true, json, problem);
    }

    /**
     * The full generic type of a JSON component.
     *
     * @return the type
     * @throws IllegalStateException when this is not a valid JSON type
     */
    public TypeTree requireJson() {
        TypeTree tree = json;
        if (tree == null) {
            throw new IllegalStateException(name + " is not a JSON type");
        }
        return tree;
    }

    /**
     * An enum type.
     *
     * @param type the enum class
     * @param constants its constant names
     * @param accessible whether the record's package can name it
     * @return the type
     */
    public static JavaType ofEnum(TypeRef type, List<String> constants, boolean accessible) {
        return new JavaType(ValueKind.ENUM, type.displayName(), false, type, constants, accessible, false, null, null);
    }

    /**
     * The enum class.
     *
     * @return the enum class
     * @throws IllegalStateException when this is not an enum type
     */
    public TypeRef requireEnumType() {
        TypeRef type = enumType;
        if (type == null) {
            throw new IllegalStateException(name + " is not an enum");
        }
        return type;
    }
}
