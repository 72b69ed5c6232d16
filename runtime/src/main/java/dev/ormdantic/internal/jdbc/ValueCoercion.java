package dev.ormdantic.internal.jdbc;

import dev.ormdantic.dialect.schema.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Turns a value that arrived as data (a JSON scalar, a map value, a cursor entry) into the Java type a column of a
 * kind binds, or says what was expected. Numbers may arrive as JSON numbers or as numeric text (HTTP query strings
 * are text); dates, times, UUIDs and decimals as their ISO or canonical text; nothing else is guessed.
 */
public final class ValueCoercion {

    private ValueCoercion() {}

    /** A value that does not fit its column; the message says what was expected, never what was given. */
    public static final class Mismatch extends Exception {
        private static final long serialVersionUID = 1L;

        /**
         * Creates the failure.
         *
         * @param expected what the column needs
         */
        public Mismatch(String expected) {
            super(expected, null, false, false);
        }
    }

    /**
     * Converts a value for a column type.
     *
     * @param type the column type
     * @param value the value, not {@code null}
     * @return the value as the column binds it
     * @throws Mismatch when the value does not fit, with what was expected as the message
     */
    public static Object coerce(ColumnType type, Object value) throws Mismatch {
        return switch (type.kind()) {
            case STRING -> {
                if (value instanceof Enum<?> e) {
                    yield e.name();
                }
                // A NUL is refused when bound, where the database cannot hold it (PostgreSQL): see StorageLimits.
                if (value instanceof String text) {
                    yield text;
                }
                throw new Mismatch("a string");
            }
            case BOOLEAN -> {
                if (value instanceof Boolean) {
                    yield value;
                }
                throw new Mismatch("true or false");
            }
            case BYTE -> {
                Object number = integral(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
                yield (byte) (int) number;
            }
            case SHORT -> integral(value, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT -> integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> integral(value, Long.MIN_VALUE, Long.MAX_VALUE);
            case DOUBLE -> floating(value);
            case FLOAT -> {
                double number = floating(value);
                // A finite double beyond a float's range would be compared as an infinity.
                if (Float.isInfinite((float) number)) {
                    throw new Mismatch("a finite number within the range of a float (at most " + Float.MAX_VALUE + ")");
                }
                yield number;
            }
            case DECIMAL -> {
                BigDecimal decimal = decimal(value);
                if (decimal == null) {
                    throw new Mismatch("a decimal number");
                }
                yield decimal;
            }
            case UUID ->
                parsed(value, "a UUID such as 123e4567-e89b-12d3-a456-426614174000", UUID.class, text -> {
                    UUID uuid = UUID.fromString(text);
                    if (!uuid.toString().equalsIgnoreCase(text)) {
                        throw new IllegalArgumentException(text);
                    }
                    return uuid;
                });
            case DATE -> parsed(value, "an ISO date such as 2024-05-31", LocalDate.class, LocalDate::parse);
            case DATETIME ->
                parsed(
                        value,
                        "an ISO date-time such as 2024-05-31T12:30:00",
                        LocalDateTime.class,
                        LocalDateTime::parse);
            case INSTANT -> parsed(value, "an ISO instant such as 2024-05-31T12:30:00Z", Instant.class, Instant::parse);
            case BIG_INTEGER -> {
                BigDecimal decimal = decimal(value);
                if (decimal == null) {
                    throw new Mismatch("an integer");
                }
                try {
                    yield decimal.toBigIntegerExact();
                } catch (ArithmeticException e) {
                    throw new Mismatch("an integer");
                }
            }
            case TIME -> parsed(value, "an ISO time such as 12:30:00", LocalTime.class, LocalTime::parse);
            case OFFSET_DATETIME ->
                parsed(
                        value,
                        "an ISO date-time with an offset such as 2024-05-31T12:30:00+02:00",
                        OffsetDateTime.class,
                        OffsetDateTime::parse);
            case JSON -> throw new Mismatch("nothing: JSON columns are not compared");
            case BYTES ->
                parsed(
                        value,
                        "base64 text",
                        byte[].class,
                        text -> Base64.getDecoder().decode(text));
        };
    }

    /** Parses text into a type, or accepts a value already of that type. */
    private static <V> V parsed(Object value, String expected, Class<V> type, Parser<V> parser) throws Mismatch {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof String text && text.length() <= 100) {
            try {
                return parser.parse(text);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new Mismatch(expected);
            }
        }
        throw new Mismatch(expected);
    }

    @FunctionalInterface
    private interface Parser<V> {
        V parse(String text);
    }

    private static Object integral(Object value, long min, long max) throws Mismatch {
        String expected = "an integer from " + min + " to " + max;
        BigDecimal decimal = decimal(value);
        if (decimal == null) {
            throw new Mismatch(expected);
        }
        try {
            BigInteger integer = decimal.toBigIntegerExact();
            if (integer.compareTo(BigInteger.valueOf(min)) < 0 || integer.compareTo(BigInteger.valueOf(max)) > 0) {
                throw new Mismatch(expected);
            }
            long number = integer.longValue();
            return max <= Integer.MAX_VALUE ? (Object) (int) number : (Object) number;
        } catch (ArithmeticException e) {
            throw new Mismatch(expected);
        }
    }

    private static double floating(Object value) throws Mismatch {
        String expected = "a finite number";
        double number;
        if (value instanceof Number n) {
            number = n.doubleValue();
        } else if (value instanceof String text && text.length() <= 100) {
            BigDecimal decimal = decimal(text);
            if (decimal == null) {
                throw new Mismatch(expected);
            }
            number = decimal.doubleValue();
        } else {
            throw new Mismatch(expected);
        }
        // NaN and the infinities have no portable SQL form (MariaDB's text protocol even sends NaN as a name).
        if (!Double.isFinite(number)) {
            throw new Mismatch(expected);
        }
        return number;
    }

    /**
     * A decimal from a number or numeric text, or {@code null} when it is neither or is out of range: at most 100
     * digits before and after the point, so that {@code 1e999999999} cannot make an integer of a billion digits.
     */
    private static @org.jspecify.annotations.Nullable BigDecimal decimal(Object value) {
        BigDecimal decimal = unbounded(value);
        if (decimal == null || decimal.scale() > 100 || decimal.precision() - decimal.scale() > 100) {
            return null;
        }
        return decimal;
    }

    private static @org.jspecify.annotations.Nullable BigDecimal unbounded(Object value) {
        return switch (value) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case Double d -> Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
            case Float f -> Float.isFinite(f) ? new BigDecimal(f.toString()) : null;
            case String text -> {
                // A bounded, plain number: no exponent of a thousand digits, no hex, no spaces.
                if (text.length() > 100 || !text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
                    yield null;
                }
                yield new BigDecimal(text);
            }
            default -> null;
        };
    }
}
