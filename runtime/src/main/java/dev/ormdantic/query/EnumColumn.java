package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A column holding an enum, stored by the constant's name, or by the value of its {@code @EnumValue}.
 *
 * @param <T> the record type of the table
 * @param <E> the enum type
 * @since 0.1.0
 */
public final class EnumColumn<T, E extends Enum<E>> extends Column<T, E> {

    /** Stored value by constant name; empty when the enum is stored by name. */
    private final Map<String, String> stored;

    /** The native enum type ({@code @NativeEnum}), or the empty string for a text column. */
    private final String nativeType;

    /**
     * Creates a column of an enum stored by name (no constants) or by chosen values, in a text column or a native enum
     * type ({@code @NativeEnum}); generated code calls {@code support.Columns}.
     *
     * @param name the column name in the database
     * @param type the logical type (a string as long as the longest value)
     * @param nullable whether the column accepts {@code NULL}
     * @param constants the enum's constants in declaration order, or empty when stored by name
     * @param values the value stored for each, in the same order, or empty when stored by name
     * @param nativeType the native enum type's name, or the empty string for a text column
     */
    EnumColumn(
            String name, ColumnType type, boolean nullable, List<E> constants, List<String> values, String nativeType) {
        super(name, type, nullable);
        this.nativeType = nativeType;
        if (constants.size() != values.size()) {
            throw new IllegalArgumentException("one stored value per constant: " + constants + " " + values);
        }
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < constants.size(); i++) {
            map.put(constants.get(i).name(), values.get(i));
        }
        this.stored = Map.copyOf(map);
    }

    /**
     * The value stored for a constant: its {@code @EnumValue}, or its name.
     *
     * @param value a constant, or {@code null}
     * @return the stored value, or {@code null}
     */
    public final @Nullable String stored(@Nullable E value) {
        return value == null ? null : storedByName(value.name());
    }

    /**
     * The value stored for a constant's name, for filters that arrive as data; the name itself when the enum is
     * stored by name.
     *
     * @param constant a constant's name
     * @return the stored value, or {@code null} when the enum has no constant of that name (stored by chosen values)
     */
    public final @Nullable String storedByName(String constant) {
        return stored.isEmpty() ? constant : stored.get(constant);
    }

    /**
     * The constant names a filter may give, for messages; empty when the enum is stored by name.
     *
     * @return the names, sorted
     */
    public final List<String> constantNames() {
        return stored.keySet().stream().sorted().toList();
    }

    /**
     * The native enum type the column uses ({@code @NativeEnum}).
     *
     * @return the type's name, or the empty string for a text column
     */
    public final String nativeType() {
        return nativeType;
    }

    @Override
    boolean nativeEnum() {
        return !nativeType.isEmpty();
    }

    @Override
    @Nullable
    Object toSql(@Nullable E value) {
        return stored(value);
    }
}
