package dev.ormdantic.dialect.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The enum a column stores: its constants and the value stored for each ({@code @EnumValue}, else the constant's
 * name), and the name of the PostgreSQL enum type when the column uses one ({@code @NativeEnum}).
 *
 * @param constants the constant names, in declaration order
 * @param values the stored value of each constant, in the same order
 * @param nativeType the name of the native enum type (unquoted), or the empty string for a text column
 * @since 0.1.0
 */
public record EnumSpec(List<String> constants, List<String> values, String nativeType) {

    /**
     * Copies the lists and checks them.
     *
     * @throws IllegalArgumentException when the lists differ in size, are empty, or a value is empty or repeated
     */
    public EnumSpec {
        constants = List.copyOf(constants);
        values = List.copyOf(values);
        if (constants.size() != values.size() || constants.isEmpty()) {
            throw new IllegalArgumentException(
                    "an enum needs one stored value per constant: " + constants + " " + values);
        }
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (value.isEmpty() || !seen.add(value)) {
                throw new IllegalArgumentException("stored values must be non-empty and distinct: " + values);
            }
        }
    }

    /**
     * Whether the column uses a native enum type.
     *
     * @return {@code true} when {@link #nativeType()} is set
     */
    public boolean isNative() {
        return !nativeType.isEmpty();
    }

    /**
     * The stored value of a constant.
     *
     * @param constant the constant's name
     * @return its stored value
     * @throws IllegalArgumentException when the enum has no such constant
     */
    public String valueOf(String constant) {
        int index = constants.indexOf(constant);
        if (index < 0) {
            throw new IllegalArgumentException("no constant " + constant + " in " + constants);
        }
        return values.get(index);
    }
}
