package dev.ormdantic.support;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How generated code reads an {@code Optional} component: its value, or {@code null} when it is empty. A {@code null}
 * {@code Optional} reference (which a record can hold) is treated as empty, so it is stored as {@code NULL} and reads
 * back as {@link Optional#empty()}.
 *
 * @since 0.1.0
 */
public final class Optionals {

    private Optionals() {}

    /**
     * The value of an optional, or {@code null}.
     *
     * @param optional the optional, possibly a {@code null} reference
     * @param <V> the value type
     * @return its value, or {@code null} when it is empty or {@code null}
     */
    @SuppressWarnings("NullableOptional") // a record component of type Optional can hold null; it means empty
    public static <V> @Nullable V orNull(@Nullable Optional<V> optional) {
        return optional == null ? null : optional.orElse(null);
    }
}
