package dev.ormdantic.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The checks of numeric components: {@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax},
 * {@code @Digits}, {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative} and {@code @NegativeOrZero}.
 * Numbers are compared exactly, whatever their type (a {@code double} by its decimal form, as
 * {@link Double#toString} prints it); {@code NaN} breaks every numeric constraint; {@code null} passes.
 *
 * @since 0.1.0
 */
public final class NumberChecks {

    private NumberChecks() {}

    /** What a comparison returns for NaN or text that is not a number, which break every numeric constraint. */
    private static final int NAN_COMPARISON = Integer.MIN_VALUE;

    /** What {@link #signum(Number)} returns for NaN. */
    private static final int NAN = 2;

    /**
     * {@code @Min(min)} on an integer: it is at least {@code min}.
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
     * {@code @Min(min)} on a floating-point number: it is at least {@code min}, and not NaN.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the least value
     */
    public static void min(Violations violations, String component, String constraint, double value, long min) {
        if (below(compare(value, BigDecimal.valueOf(min)), true)) {
            violations.add(component, constraint, "must be greater than or equal to " + min, value);
        }
    }

    /**
     * {@code @Min(min)} on a boxed number, {@code BigDecimal} or {@code BigInteger}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the least value
     */
    public static void min(
            Violations violations, String component, String constraint, @Nullable Number value, long min) {
        if (value != null && below(compare(value, BigDecimal.valueOf(min)), true)) {
            violations.add(component, constraint, "must be greater than or equal to " + min, value);
        }
    }

    /**
     * {@code @Max(max)} on an integer: it is at most {@code max}.
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
     * {@code @Max(max)} on a floating-point number: it is at most {@code max}, and not NaN.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param max the greatest value
     */
    public static void max(Violations violations, String component, String constraint, double value, long max) {
        if (above(compare(value, BigDecimal.valueOf(max)), true)) {
            violations.add(component, constraint, "must be less than or equal to " + max, value);
        }
    }

    /**
     * {@code @Max(max)} on a boxed number, {@code BigDecimal} or {@code BigInteger}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param max the greatest value
     */
    public static void max(
            Violations violations, String component, String constraint, @Nullable Number value, long max) {
        if (value != null && above(compare(value, BigDecimal.valueOf(max)), true)) {
            violations.add(component, constraint, "must be less than or equal to " + max, value);
        }
    }

    /**
     * {@code @DecimalMin(value, inclusive)} on an integer.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the bound
     * @param inclusive whether the bound itself is allowed
     */
    public static void decimalMin(
            Violations violations, String component, String constraint, long value, BigDecimal min, boolean inclusive) {
        decimalMin(
                violations,
                component,
                constraint,
                value,
                BigDecimal.valueOf(value).compareTo(min),
                min,
                inclusive);
    }

    /**
     * {@code @DecimalMin(value, inclusive)} on a {@code float}, compared by its decimal form ({@code 0.1f} is 0.1).
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the bound
     * @param inclusive whether the bound itself is allowed
     */
    public static void decimalMin(
            Violations violations,
            String component,
            String constraint,
            float value,
            BigDecimal min,
            boolean inclusive) {
        decimalMin(violations, component, constraint, value, compareFloat(value, min), min, inclusive);
    }

    /**
     * {@code @DecimalMin(value, inclusive)} on a floating-point number, compared by its decimal form.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the bound
     * @param inclusive whether the bound itself is allowed
     */
    public static void decimalMin(
            Violations violations,
            String component,
            String constraint,
            double value,
            BigDecimal min,
            boolean inclusive) {
        decimalMin(violations, component, constraint, value, compare(value, min), min, inclusive);
    }

    /**
     * {@code @DecimalMin(value, inclusive)} on a boxed number, {@code BigDecimal} or {@code BigInteger}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the bound
     * @param inclusive whether the bound itself is allowed
     */
    public static void decimalMin(
            Violations violations,
            String component,
            String constraint,
            @Nullable Number value,
            BigDecimal min,
            boolean inclusive) {
        if (value != null) {
            decimalMin(violations, component, constraint, value, compare(value, min), min, inclusive);
        }
    }

    /**
     * {@code @DecimalMin(value, inclusive)} on text, which must be a number; text that is not breaks the constraint.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param min the bound
     * @param inclusive whether the bound itself is allowed
     */
    public static void decimalMin(
            Violations violations,
            String component,
            String constraint,
            @Nullable CharSequence value,
            BigDecimal min,
            boolean inclusive) {
        if (value != null) {
            BigDecimal number = parse(value);
            decimalMin(
                    violations,
                    component,
                    constraint,
                    value,
                    number == null ? NAN_COMPARISON : number.compareTo(min),
                    min,
                    inclusive);
        }
    }

    private static void decimalMin(
            Violations violations,
            String component,
            String constraint,
            Object value,
            int comparison,
            BigDecimal min,
            boolean inclusive) {
        if (below(comparison, inclusive)) {
            violations.add(
                    component,
                    constraint,
                    "must be greater than " + (inclusive ? "or equal to " : "") + min.toPlainString(),
                    value);
        }
    }

    /**
     * {@code @DecimalMax(value, inclusive)} on an integer.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param max the bound
     * @param inclusive whether the bound itself is allowed
     */
    public static void decimalMax(
            Violations violations, String component, String constraint, long value, BigDecimal max, boolean inclusive) {
        decimalMax(
                violations,
                component,
                constraint,
                value,
                BigDecimal.valueOf(value).compareTo(max),
                max,
                inclusive);
    }

    /**
     * {@code @DecimalMax(value, inclusive)} on a {@code float}, compared by its decimal form ({@code 0.1f} is 0.1).
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param max the bound
     * @param inclusive whether the bound itself is allowed
     */
    public static void decimalMax(
            Violations violations,
            String component,
            String constraint,
            float value,
            BigDecimal max,
            boolean inclusive) {
        decimalMax(violations, component, constraint, value, compareFloat(value, max), max, inclusive);
    }

    /**
     * {@code @DecimalMax(value, inclusive)} on a floating-point number, compared by its decimal form.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param max the bound
     * @param inclusive whether the bound itself is allowed
     */
    public static void decimalMax(
            Violations violations,
            String component,
            String constraint,
            double value,
            BigDecimal max,
            boolean inclusive) {
        decimalMax(violations, component, constraint, value, compare(value, max), max, inclusive);
    }

    /**
     * {@code @DecimalMax(value, inclusive)} on a boxed number, {@code BigDecimal} or {@code BigInteger}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param max the bound
     * @param inclusive whether the bound itself is allowed
     */
    public static void decimalMax(
            Violations violations,
            String component,
            String constraint,
            @Nullable Number value,
            BigDecimal max,
            boolean inclusive) {
        if (value != null) {
            decimalMax(violations, component, constraint, value, compare(value, max), max, inclusive);
        }
    }

    /**
     * {@code @DecimalMax(value, inclusive)} on text, which must be a number; text that is not breaks the constraint.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param max the bound
     * @param inclusive whether the bound itself is allowed
     */
    public static void decimalMax(
            Violations violations,
            String component,
            String constraint,
            @Nullable CharSequence value,
            BigDecimal max,
            boolean inclusive) {
        if (value != null) {
            BigDecimal number = parse(value);
            decimalMax(
                    violations,
                    component,
                    constraint,
                    value,
                    number == null ? NAN_COMPARISON : number.compareTo(max),
                    max,
                    inclusive);
        }
    }

    private static void decimalMax(
            Violations violations,
            String component,
            String constraint,
            Object value,
            int comparison,
            BigDecimal max,
            boolean inclusive) {
        if (above(comparison, inclusive)) {
            violations.add(
                    component,
                    constraint,
                    "must be less than " + (inclusive ? "or equal to " : "") + max.toPlainString(),
                    value);
        }
    }

    /**
     * {@code @Digits(integer, fraction)} on an integer: it has at most {@code integer} digits.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param integer the most integer digits
     * @param fraction the most fraction digits
     */
    public static void digits(
            Violations violations, String component, String constraint, long value, int integer, int fraction) {
        digits(violations, component, constraint, value, BigDecimal.valueOf(value), integer, fraction);
    }

    /**
     * {@code @Digits(integer, fraction)} on a boxed integer, {@code BigDecimal} or {@code BigInteger}: at most
     * {@code integer} digits before the decimal point and {@code fraction} after it. A {@code BigDecimal} counts its
     * scale as written ({@code 1.50} has two fraction digits), as in Bean Validation.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param integer the most integer digits
     * @param fraction the most fraction digits
     */
    public static void digits(
            Violations violations,
            String component,
            String constraint,
            @Nullable Number value,
            int integer,
            int fraction) {
        if (value != null) {
            BigDecimal number = value instanceof BigDecimal decimal
                    ? decimal
                    : new BigDecimal(value.toString()).stripTrailingZeros();
            digits(violations, component, constraint, value, number, integer, fraction);
        }
    }

    /**
     * {@code @Digits(integer, fraction)} on text, which must be a number; text that is not breaks the constraint.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     * @param integer the most integer digits
     * @param fraction the most fraction digits
     */
    public static void digits(
            Violations violations,
            String component,
            String constraint,
            @Nullable CharSequence value,
            int integer,
            int fraction) {
        if (value != null) {
            BigDecimal number = parse(value);
            if (number == null) {
                violations.add(component, constraint, "must be a number", value);
            } else {
                digits(violations, component, constraint, value, number.stripTrailingZeros(), integer, fraction);
            }
        }
    }

    private static void digits(
            Violations violations,
            String component,
            String constraint,
            Object value,
            BigDecimal number,
            int integer,
            int fraction) {
        int integerDigits = number.precision() - number.scale();
        int fractionDigits = Math.max(number.scale(), 0);
        if (integerDigits > integer || fractionDigits > fraction) {
            violations.add(
                    component,
                    constraint,
                    "numeric value out of bounds (<" + integer + " digits>.<" + fraction + " digits> expected)",
                    value);
        }
    }

    /**
     * {@code @Positive}: the number is greater than 0.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void positive(Violations violations, String component, String constraint, long value) {
        sign(violations, component, constraint, value, Long.signum(value) == 1, "must be greater than 0");
    }

    /**
     * {@code @Positive} on a floating-point number.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void positive(Violations violations, String component, String constraint, double value) {
        sign(violations, component, constraint, value, value > 0, "must be greater than 0");
    }

    /**
     * {@code @Positive} on a boxed number, {@code BigDecimal} or {@code BigInteger}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void positive(Violations violations, String component, String constraint, @Nullable Number value) {
        if (value != null) {
            sign(violations, component, constraint, value, signum(value) == 1, "must be greater than 0");
        }
    }

    /**
     * {@code @PositiveOrZero}: the number is 0 or more.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void positiveOrZero(Violations violations, String component, String constraint, long value) {
        sign(violations, component, constraint, value, value >= 0, "must be greater than or equal to 0");
    }

    /**
     * {@code @PositiveOrZero} on a floating-point number ({@code -0.0} counts as zero).
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void positiveOrZero(Violations violations, String component, String constraint, double value) {
        sign(violations, component, constraint, value, value >= 0, "must be greater than or equal to 0");
    }

    /**
     * {@code @PositiveOrZero} on a boxed number, {@code BigDecimal} or {@code BigInteger}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void positiveOrZero(
            Violations violations, String component, String constraint, @Nullable Number value) {
        if (value != null) {
            sign(
                    violations,
                    component,
                    constraint,
                    value,
                    signum(value) == 0 || signum(value) == 1,
                    "must be greater than or equal to 0");
        }
    }

    /**
     * {@code @Negative}: the number is less than 0.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void negative(Violations violations, String component, String constraint, long value) {
        sign(violations, component, constraint, value, value < 0, "must be less than 0");
    }

    /**
     * {@code @Negative} on a floating-point number ({@code -0.0} is not negative).
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void negative(Violations violations, String component, String constraint, double value) {
        sign(violations, component, constraint, value, value < 0, "must be less than 0");
    }

    /**
     * {@code @Negative} on a boxed number, {@code BigDecimal} or {@code BigInteger}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void negative(Violations violations, String component, String constraint, @Nullable Number value) {
        if (value != null) {
            sign(violations, component, constraint, value, signum(value) == -1, "must be less than 0");
        }
    }

    /**
     * {@code @NegativeOrZero}: the number is 0 or less.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void negativeOrZero(Violations violations, String component, String constraint, long value) {
        sign(violations, component, constraint, value, value <= 0, "must be less than or equal to 0");
    }

    /**
     * {@code @NegativeOrZero} on a floating-point number.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void negativeOrZero(Violations violations, String component, String constraint, double value) {
        sign(violations, component, constraint, value, value <= 0, "must be less than or equal to 0");
    }

    /**
     * {@code @NegativeOrZero} on a boxed number, {@code BigDecimal} or {@code BigInteger}.
     *
     * @param violations where a violation is recorded
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void negativeOrZero(
            Violations violations, String component, String constraint, @Nullable Number value) {
        if (value != null) {
            int signum = signum(value);
            sign(
                    violations,
                    component,
                    constraint,
                    value,
                    signum == 0 || signum == -1,
                    "must be less than or equal to 0");
        }
    }

    private static void sign(
            Violations violations, String component, String constraint, Object value, boolean valid, String message) {
        if (!valid) {
            violations.add(component, constraint, message, value);
        }
    }

    /** The sign of a number, or {@link #NAN}. */
    private static int signum(Number value) {
        return switch (value) {
            case Double d -> d.isNaN() ? NAN : (int) Math.signum(d);
            case Float f -> f.isNaN() ? NAN : (int) Math.signum(f);
            case BigDecimal d -> d.signum();
            case BigInteger i -> i.signum();
            default -> Long.signum(value.longValue());
        };
    }

    /**
     * Compares a number with a bound exactly: a {@code double} or {@code float} by its decimal form, infinities beyond
     * every bound, NaN as {@link #NAN_COMPARISON}.
     */
    private static int compare(Number value, BigDecimal bound) {
        return switch (value) {
            case Double d -> compare(d.doubleValue(), bound);
            case Float f -> compareFloat(f, bound);
            case BigDecimal d -> d.compareTo(bound);
            case BigInteger i -> new BigDecimal(i).compareTo(bound);
            default -> BigDecimal.valueOf(value.longValue()).compareTo(bound);
        };
    }

    private static int compareFloat(Float value, BigDecimal bound) {
        if (value.isNaN() || value.isInfinite()) {
            return compare(value.doubleValue(), bound);
        }
        return new BigDecimal(value.toString()).compareTo(bound);
    }

    private static int compare(double value, BigDecimal bound) {
        if (Double.isNaN(value)) {
            return NAN_COMPARISON;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? 1 : -1;
        }
        return BigDecimal.valueOf(value).compareTo(bound);
    }

    /** Whether a comparison says the value is below the bound (or is NaN or not a number). */
    private static boolean below(int comparison, boolean inclusive) {
        return comparison == NAN_COMPARISON || (inclusive ? comparison < 0 : comparison <= 0);
    }

    /** Whether a comparison says the value is above the bound (or is NaN or not a number). */
    private static boolean above(int comparison, boolean inclusive) {
        return comparison == NAN_COMPARISON || (inclusive ? comparison > 0 : comparison >= 0);
    }

    private static @Nullable BigDecimal parse(CharSequence value) {
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
