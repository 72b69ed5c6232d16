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
 */
public record JavaType(
        ValueKind kind,
        String name,
        boolean primitive,
        @Nullable TypeRef enumType,
        List<String> enumConstants,
        boolean accessible) {

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
        return new JavaType(kind, name, primitive, null, List.of(), true);
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
        return new JavaType(ValueKind.ENUM, type.displayName(), false, type, constants, accessible);
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
