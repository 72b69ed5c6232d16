package dev.ormdantic.support;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * The full generic type of a JSON component, captured by an anonymous subclass in the generated table class, so that
 * a {@code Map<String, List<Integer>>} reads back as exactly that: {@code new JsonType<Map<String, List<Integer>>>(
 * "scores") {}}. It also names the column, for error messages.
 *
 * @param <V> the component's type
 * @since 0.1.0
 */
public abstract class JsonType<V> {

    private final String column;
    private final Type type;

    /**
     * Captures the type argument of the anonymous subclass.
     *
     * @param column the column name, for messages
     * @throws IllegalStateException when the subclass does not give {@code V} as a type argument
     */
    protected JsonType(String column) {
        this.column = column;
        if (!(getClass().getGenericSuperclass() instanceof ParameterizedType parameterized)) {
            throw new IllegalStateException("a JsonType must be created as new JsonType<Type>(column) {}");
        }
        this.type = parameterized.getActualTypeArguments()[0];
    }

    /**
     * The column name.
     *
     * @return the name
     */
    public final String column() {
        return column;
    }

    /**
     * The component's full generic type.
     *
     * @return the type
     */
    public final Type type() {
        return type;
    }

    @Override
    public String toString() {
        return column + " as " + type.getTypeName();
    }
}
