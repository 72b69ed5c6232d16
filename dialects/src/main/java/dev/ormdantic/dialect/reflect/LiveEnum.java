package dev.ormdantic.dialect.reflect;

import java.util.List;

/**
 * A native enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}).
 *
 * @param schema the schema it lives in
 * @param name the type name
 * @param values its labels, in sort order
 * @since 0.1.0
 */
public record LiveEnum(String schema, String name, List<String> values) {

    /** Copies the labels. */
    public LiveEnum {
        values = List.copyOf(values);
    }
}
