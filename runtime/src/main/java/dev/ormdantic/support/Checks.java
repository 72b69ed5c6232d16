package dev.ormdantic.support;

import org.jspecify.annotations.Nullable;

/**
 * The constraint checks generated validation code calls that apply to any type ({@code @NotNull}, {@code @Null},
 * {@code @AssertTrue}, {@code @AssertFalse}); the others are in {@link TextChecks}, {@link NumberChecks} and
 * {@link TimeChecks}. Bean Validation's semantics throughout: a {@code null} value passes every check but
 * {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty}.
 *
 * @since 0.1.0
 */
public final class Checks {

    private Checks() {}

    /**
     * {@code @NotNull}: the value is not null.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void notNull(Violations violations, String component, String constraint, @Nullable Object value) {
        if (value == null) {
            violations.add(component, constraint, "must not be null", null);
        }
    }

    /**
     * {@code @Null}: the value is null.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void isNull(Violations violations, String component, String constraint, @Nullable Object value) {
        if (value != null) {
            violations.add(component, constraint, "must be null", value);
        }
    }

    /**
     * {@code @AssertTrue}: the value is {@code true} (or null).
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void assertTrue(Violations violations, String component, String constraint, @Nullable Boolean value) {
        if (value != null && !value) {
            violations.add(component, constraint, "must be true", value);
        }
    }

    /**
     * {@code @AssertFalse}: the value is {@code false} (or null).
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void assertFalse(
            Violations violations, String component, String constraint, @Nullable Boolean value) {
        if (value != null && value) {
            violations.add(component, constraint, "must be false", value);
        }
    }
}
