package dev.ormdantic.processor.model;

/**
 * A {@code jakarta.validation.constraints} annotation on a record component, with the attributes that matter to
 * Ormdantic and its text as the user would write it ({@code @Size(min = 2, max = 80)}), which generated validation
 * reports with each violation.
 */
public sealed interface Constraint {

    /** The package of the Bean Validation constraints. */
    String PACKAGE = "jakarta.validation.constraints";

    /**
     * The annotation's name relative to {@link #PACKAGE} ({@code Size}, {@code Size.List}).
     *
     * @return the name
     */
    String name();

    /**
     * The annotation as the user would write it, such as {@code @Min(0)}.
     *
     * @return the text
     */
    String text();

    /**
     * {@code @Size(min, max)}: checked on text, and {@code max} bounds the column's length.
     *
     * @param text the annotation as written
     * @param min the least length
     * @param max the greatest length, {@link Integer#MAX_VALUE} when unbounded
     */
    record Size(String text, int min, int max) implements Constraint {
        @Override
        public String name() {
            return "Size";
        }
    }

    /**
     * {@code @Min(value)}.
     *
     * @param text the annotation as written
     * @param value the least value
     */
    record Min(String text, long value) implements Constraint {
        @Override
        public String name() {
            return "Min";
        }
    }

    /**
     * {@code @Max(value)}.
     *
     * @param text the annotation as written
     * @param value the greatest value
     */
    record Max(String text, long value) implements Constraint {
        @Override
        public String name() {
            return "Max";
        }
    }

    /**
     * {@code @NotBlank}.
     *
     * @param text the annotation as written
     */
    record NotBlank(String text) implements Constraint {
        @Override
        public String name() {
            return "NotBlank";
        }
    }

    /**
     * {@code @Digits(integer, fraction)}: shapes a decimal column as {@code DECIMAL(integer + fraction, fraction)}.
     *
     * @param text the annotation as written
     * @param integer the most digits before the decimal point
     * @param fraction the most digits after it
     */
    record Digits(String text, int integer, int fraction) implements Constraint {
        @Override
        public String name() {
            return "Digits";
        }
    }

    /**
     * Any other constraint of the package: not checked yet, reported as a warning.
     *
     * @param name the annotation's name relative to the package
     * @param text the annotation as written (its name only)
     */
    record Unchecked(String name, String text) implements Constraint {}
}
