package dev.ormdantic.processor.model;

import java.util.List;

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
     * The canonical name of the annotation type; {@link #PACKAGE} and {@link #name()} for Bean Validation's own.
     *
     * @return the canonical name
     */
    default String annotation() {
        return PACKAGE + "." + name();
    }

    /**
     * The annotation as the user would write it, such as {@code @Min(0)}.
     *
     * @return the text
     */
    String text();

    /**
     * {@code @Size(min, max)}: checked on text and bytes, and {@code max} bounds a text column's length.
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
     * A constraint without attributes that matter: {@code @NotNull}, {@code @Null}, {@code @NotBlank},
     * {@code @NotEmpty}, {@code @AssertTrue}, {@code @AssertFalse}, {@code @Positive}, {@code @PositiveOrZero},
     * {@code @Negative}, {@code @NegativeOrZero}, {@code @Past}, {@code @PastOrPresent}, {@code @Future} or
     * {@code @FutureOrPresent}.
     *
     * @param name the annotation's simple name ({@code NotNull})
     * @param text the annotation as written ({@code @NotNull})
     */
    record Plain(String name, String text) implements Constraint {}

    /**
     * {@code @DecimalMin(value, inclusive)} or {@code @DecimalMax(value, inclusive)}.
     *
     * @param name {@code DecimalMin} or {@code DecimalMax}
     * @param text the annotation as written
     * @param value the bound, a decimal number as text (not checked here: the validator does)
     * @param inclusive whether the bound itself is allowed
     */
    record DecimalBound(String name, String text, String value, boolean inclusive) implements Constraint {}

    /**
     * {@code @Pattern(regexp, flags)} or {@code @Email(regexp, flags)}.
     *
     * @param name {@code Pattern} or {@code Email}
     * @param text the annotation as written
     * @param regexp the regular expression the whole text must match ({@code .*} for a plain {@code @Email})
     * @param flags the names of the {@code Pattern.Flag} constants given, in order
     */
    record Regex(String name, String text, String regexp, List<String> flags) implements Constraint {
        /** Copies the flags. */
        public Regex {
            flags = List.copyOf(flags);
        }

        /**
         * The flags as {@link java.util.regex.Pattern} bits; each {@code Pattern.Flag} has the name of the
         * {@code java.util.regex.Pattern} constant it stands for.
         *
         * @return the bits
         */
        public int flagBits() {
            int bits = 0;
            for (String flag : flags) {
                bits |= switch (flag) {
                    case "UNIX_LINES" -> java.util.regex.Pattern.UNIX_LINES;
                    case "CASE_INSENSITIVE" -> java.util.regex.Pattern.CASE_INSENSITIVE;
                    case "COMMENTS" -> java.util.regex.Pattern.COMMENTS;
                    case "MULTILINE" -> java.util.regex.Pattern.MULTILINE;
                    case "DOTALL" -> java.util.regex.Pattern.DOTALL;
                    case "UNICODE_CASE" -> java.util.regex.Pattern.UNICODE_CASE;
                    case "CANON_EQ" -> java.util.regex.Pattern.CANON_EQ;
                    default -> 0;
                };
            }
            return bits;
        }
    }

    /**
     * A constraint of another library or of the application: an annotation meta-annotated
     * {@code @jakarta.validation.Constraint}. Ormdantic cannot check it and warns.
     *
     * @param name the annotation's simple name
     * @param annotation its canonical name
     * @param text the annotation as written (its name only)
     * @param reachesField whether its {@code @Target} lets it propagate from a record component to the field, where
     *     a Bean Validation provider looks (no {@code @Target}, or one with {@code FIELD})
     */
    record Custom(String name, String annotation, String text, boolean reachesField) implements Constraint {}

    /**
     * Any other constraint of the package, from a later version of Bean Validation: not checked, reported as a
     * warning.
     *
     * @param name the annotation's name relative to the package
     * @param text the annotation as written (its name only)
     */
    record Unchecked(String name, String text) implements Constraint {}
}
