package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * One broken constraint of a record that was about to be written.
 *
 * @param component the record component
 * @param constraint the constraint as written on the component, such as {@code @Size(min = 2, max = 80)}
 * @param message what is wrong
 * @param value the offending value
 * @since 0.1.0
 */
public record Violation(
        String component,
        String constraint,
        String message,
        @Nullable Object value) {

    @Override
    public String toString() {
        return component + ": " + message + " " + constraint;
    }
}
