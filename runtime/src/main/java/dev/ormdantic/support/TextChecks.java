package dev.ormdantic.support;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks of text and binary components: {@code @Size}, {@code @NotBlank}, {@code @NotEmpty}, {@code @Pattern}
 * and {@code @Email}. A {@code null} value passes all but {@code @NotBlank} and {@code @NotEmpty}.
 *
 * @since 0.1.0
 */
public final class TextChecks {

    private TextChecks() {}

    /** The local part of an address: dot-separated atoms of RFC 5322 characters, or of any letter or digit. */
    private static final String LOCAL_ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";

    /** A domain label: letters and digits, with hyphens inside. */
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

    /** What {@code @Email} accepts; see {@link #email}. */
    private static final Pattern EMAIL = Pattern.compile("(?:" + LOCAL_ATOM + ")(?:\\." + LOCAL_ATOM + ")*" + "@(?:"
            + LABEL + "(?:\\." + LABEL + ")*" + "|\\[[0-9a-fA-F:.]+])");

    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_DOMAIN = 255;

    /**
     * {@code @Size(min, max)} on text: the length in {@code char}s lies within {@code [min, max]}.
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
        if (value != null) {
            size(violations, component, constraint, value, value.length(), min, max);
        }
    }

    /**
     * {@code @Size(min, max)} on bytes: the number of bytes lies within {@code [min, max]}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the least length
     * @param max the greatest length
     */
    public static void size(
            Violations violations, String component, String constraint, byte @Nullable [] value, int min, int max) {
        if (value != null) {
            size(violations, component, constraint, value, value.length, min, max);
        }
    }

    private static void size(
            Violations violations, String component, String constraint, Object value, int length, int min, int max) {
        if (length < min || length > max) {
            violations.add(
                    component,
                    constraint,
                    "size must be between " + min + " and " + max + " (was " + length + ")",
                    value);
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

    /**
     * {@code @NotEmpty} on text: it is not null and not empty.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void notEmpty(
            Violations violations, String component, String constraint, @Nullable CharSequence value) {
        if (value == null || value.isEmpty()) {
            violations.add(component, constraint, "must not be empty", value);
        }
    }

    /**
     * {@code @NotEmpty} on bytes: they are not null and not empty.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void notEmpty(Violations violations, String component, String constraint, byte @Nullable [] value) {
        if (value == null || value.length == 0) {
            violations.add(component, constraint, "must not be empty", value);
        }
    }

    /**
     * {@code @Pattern(regexp, flags)}: the whole text matches the expression.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param pattern the compiled expression
     */
    public static void pattern(
            Violations violations, String component, String constraint, @Nullable CharSequence value, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            violations.add(component, constraint, "must match \"" + pattern.pattern() + "\"", value);
        }
    }

    /**
     * {@code @Email}: a pragmatic check of the form {@code local@domain}, not the whole of RFC 5322. The local part is
     * at most 64 characters: dot-separated runs of letters, digits and {@code !#$%&'*+/=?^_`{|}~-} (no leading,
     * trailing or doubled dot; no quoted strings). The domain is at most 255 characters: dot-separated labels of
     * letters and digits with inner hyphens, each at most 63 characters (a single label such as {@code localhost} is
     * accepted, as Hibernate Validator does), or an IP literal in brackets. Letters include non-ASCII ones. The empty
     * text passes, as in Hibernate Validator; use {@code @NotEmpty} or {@code @NotBlank} to refuse it.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param pattern the expression of the annotation's {@code regexp}, which the address must also match, or
     *     {@code null} when none was given
     */
    public static void email(
            Violations violations,
            String component,
            String constraint,
            @Nullable CharSequence value,
            @Nullable Pattern pattern) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (!isEmail(value) || (pattern != null && !pattern.matcher(value).matches())) {
            violations.add(component, constraint, "must be a well-formed email address", value);
        }
    }

    private static boolean isEmail(CharSequence value) {
        String text = value.toString();
        int at = text.lastIndexOf('@');
        return at > 0
                && at <= MAX_LOCAL_PART
                && text.length() - at - 1 <= MAX_DOMAIN
                && EMAIL.matcher(text).matches();
    }
}
