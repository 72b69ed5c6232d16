package dev.ormdantic.support;

import org.jspecify.annotations.Nullable;

/**
 * The constraint checks generated validation code calls, one per {@code jakarta.validation} annotation on a
 * component. A {@code null} value passes every check but {@code @NotBlank}, as in Bean Validation.
 */
public final class Checks {

    private Checks() {}

    /**
     * {@code @Size(min, max)} on text: the length in characters lies within {@code [min, max]}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the least length
     * @param max the greatest length
     */
    public static void size(
            Violations violations,
            String component,
            String constraint,
            @Nullable CharSequence value,
            int min,
            int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            violations.add(
                    component,
                    constraint,
                    "size must be between " + min + " and " + max + " (was " + value.length() + ")",
                    value);
        }
    }

    /**
     * {@code @Min(min)}: the value is at least {@code min}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the least value
     */
    public static void min(Violations violations, String component, String constraint, long value, long min) {
        if (value < min) {
            violations.add(component, constraint, "must be greater than or equal to " + min, value);
        }
    }

    /**
     * {@code @Min(min)} on a nullable number.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the least value
     */
    public static void min(
            Violations violations, String component, String constraint, @Nullable Number value, long min) {
        if (value != null) {
            min(violations, component, constraint, value.longValue(), min);
        }
    }

    /**
     * {@code @Max(max)}: the value is at most {@code max}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param max the greatest value
     */
    public static void max(Violations violations, String component, String constraint, long value, long max) {
        if (value > max) {
            violations.add(component, constraint, "must be less than or equal to " + max, value);
        }
    }

    /**
     * {@code @Max(max)} on a nullable number.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param max the greatest value
     */
    public static void max(
            Violations violations, String component, String constraint, @Nullable Number value, long max) {
        if (value != null) {
            max(violations, component, constraint, value.longValue(), max);
        }
    }

    /**
     * {@code @NotBlank}: the text is not null and holds a character other than white space.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void notBlank(
            Violations violations, String component, String constraint, @Nullable CharSequence value) {
        if (value == null || value.toString().isBlank()) {
            violations.add(component, constraint, "must not be blank", value);
        }
    }
}
