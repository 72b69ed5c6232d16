package dev.ormdantic.internal.jdbc;

import dev.ormdantic.dialect.sql.LikeText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * What a database can store exactly, checked before a value is bound, so that a value it would round, truncate, turn
 * into {@code NULL}, into an infinity or into {@code '?'} is refused with a message that says how to fix it instead of
 * being written changed. Filter values go through the {@linkplain #refusal representable part} of the same checks, so
 * that a value the database cannot hold never reaches a comparison (or, with MariaDB's client-side statements, the
 * SQL text).
 *
 * @param database the database's name, for messages
 * @param fractionDigits the fraction-of-second digits its date-time types keep (9 keeps nanoseconds)
 * @param nan whether a floating-point column stores {@code NaN}
 * @param infinity whether a floating-point column stores the infinities
 * @param maxDecimalScale the most fraction digits any decimal column keeps, {@code 0} for no limit
 * @param maxIntegerDigits the most digits an unconstrained big-integer column keeps, {@code 0} for no limit
 * @param maxDecimalIntegerDigits the most digits before the point any decimal column keeps, {@code 0} for no limit
 * @param maxDecimalPrecision the most significant digits any decimal column keeps, {@code 0} for no limit
 * @param minDate the earliest date (and date-time, from its midnight) the database and its driver keep
 * @param maxDate the latest date a date column keeps
 * @param maxDateTimeDay the last day a date-time column keeps, to its last fraction of a second
 * @param nul whether text and JSON columns store the NUL character U+0000
 */
public record StorageLimits(
        String database,
        int fractionDigits,
        boolean nan,
        boolean infinity,
        int maxDecimalScale,
        int maxIntegerDigits,
        int maxDecimalIntegerDigits,
        int maxDecimalPrecision,
        LocalDate minDate,
        LocalDate maxDate,
        LocalDate maxDateTimeDay,
        boolean nul) {

    /** No limit: every value is stored exactly (but text with a lone surrogate, which no database keeps). */
    public static final StorageLimits EXACT = new StorageLimits("the database", 9, true, true, 0, 0);

    /** SQLSTATE 22003 "numeric value out of range" and 22008 "datetime field overflow", the standard's codes. */
    static final String NUMERIC_STATE = "22003";

    private static final String DATETIME_STATE = "22008";

    /** SQLSTATE 22021 "character not in repertoire". */
    private static final String CHARACTER_STATE = "22021";

    /**
     * Limits without date, decimal-size or precision bounds.
     *
     * @param database the database's name, for messages
     * @param fractionDigits the fraction-of-second digits its date-time types keep
     * @param nan whether it stores {@code NaN}
     * @param infinity whether it stores the infinities
     * @param maxDecimalScale the most fraction digits a decimal keeps, {@code 0} for no limit
     * @param maxIntegerDigits the most digits a big integer keeps, {@code 0} for no limit
     */
    public StorageLimits(
            String database,
            int fractionDigits,
            boolean nan,
            boolean infinity,
            int maxDecimalScale,
            int maxIntegerDigits) {
        this(
                database,
                fractionDigits,
                nan,
                infinity,
                maxDecimalScale,
                maxIntegerDigits,
                0,
                0,
                LocalDate.MIN,
                LocalDate.MAX,
                LocalDate.MAX,
                true);
    }

    /**
     * These limits with a range of dates and date-times.
     *
     * @param min the earliest date, and the midnight that starts it the earliest date-time
     * @param maxDay the latest date
     * @param maxDateTime the last day of date-times
     * @return the limits
     */
    public StorageLimits dates(LocalDate min, LocalDate maxDay, LocalDate maxDateTime) {
        return new StorageLimits(
                database,
                fractionDigits,
                nan,
                infinity,
                maxDecimalScale,
                maxIntegerDigits,
                maxDecimalIntegerDigits,
                maxDecimalPrecision,
                min,
                maxDay,
                maxDateTime,
                nul);
    }

    /**
     * These limits with bounds on the size of decimals.
     *
     * @param integerDigits the most digits before the point, {@code 0} for no limit
     * @param precision the most significant digits, {@code 0} for no limit
     * @return the limits
     */
    public StorageLimits decimals(int integerDigits, int precision) {
        return new StorageLimits(
                database,
                fractionDigits,
                nan,
                infinity,
                maxDecimalScale,
                maxIntegerDigits,
                integerDigits,
                precision,
                minDate,
                maxDate,
                maxDateTimeDay,
                nul);
    }

    /**
     * These limits for a database whose text and JSON columns refuse the NUL character U+0000 (PostgreSQL: SQLSTATE
     * 22021 for text, 22P05 for the JSON escape of U+0000 in {@code jsonb}).
     *
     * @return the limits
     */
    public StorageLimits withoutNul() {
        return new StorageLimits(
                database,
                fractionDigits,
                nan,
                infinity,
                maxDecimalScale,
                maxIntegerDigits,
                maxDecimalIntegerDigits,
                maxDecimalPrecision,
                minDate,
                maxDate,
                maxDateTimeDay,
                false);
    }

    /**
     * Why the database cannot hold a value, with the fix.
     *
     * @param problem what is wrong, without the value where it could be a secret
     * @param fix how to fix it
     * @param sqlState the SQLSTATE a database would report
     */
    public record Refusal(String problem, String fix, String sqlState) {

        SQLDataException exception() {
            return exception("");
        }

        /** The exception, its message starting with {@code prefix} (which names the column). */
        SQLDataException exception(String prefix) {
            return new SQLDataException(prefix + problem + "; " + fix, sqlState);
        }
    }

    /**
     * Why a value cannot be held as given, or {@code null} when it can. A {@code stored} value must also be kept
     * exactly (no fraction digits rounded away); a compared one only has to be representable, so a filter may compare
     * with an instant in nanoseconds or a decimal of any scale, but not with {@code NaN} where the database has none,
     * a date outside its range or text with a lone surrogate.
     *
     * @param value the value, of a bound type
     * @param stored whether the value is written, not only compared
     * @return the refusal, or {@code null}
     */
    @SuppressWarnings({"JavaLocalTimeGetNano", "JavaLocalDateTimeGetNano", "JavaInstantGetSecondsGetNano"})
    public @Nullable Refusal refusal(Object value, boolean stored) {
        return switch (value) {
            case String text -> firstOf(text(text), nul(text));
            case LikeText like -> firstOf(text(like.text()), likeNul(like.text()));
            case Double d -> floating(d);
            case Float f -> floating(f);
            case BigDecimal d -> decimal(d, stored);
            case BigInteger i -> integer(i);
            case LocalDate date -> date(date);
            case LocalDateTime time ->
                firstOf(dateTime(time.toString(), time), stored ? nanos(time.getNano(), time.toString()) : null);
            case Instant instant ->
                firstOf(instant(instant), stored ? nanos(instant.getNano(), instant.toString()) : null);
            case OffsetDateTime time ->
                firstOf(instant(time.toInstant()), stored ? nanos(time.getNano(), time.toString()) : null);
            case LocalTime time -> stored ? nanos(time.getNano(), time.toString()) : null;
            default -> null;
        };
    }

    /**
     * Why a number cannot be compared with a {@code float} column: finite, but beyond a float's range, so that it
     * would become an infinity.
     *
     * @param number the number
     * @return the refusal, or {@code null} when it fits
     */
    static @Nullable Refusal floatRange(Number number) {
        if (Float.isInfinite(number.floatValue()) && Double.isFinite(number.doubleValue())) {
            return new Refusal(
                    number + " is beyond the range of a float column (" + Float.MAX_VALUE + ") and would become "
                            + number.floatValue(),
                    "use a bound within the float range, such as Float.MAX_VALUE",
                    NUMERIC_STATE);
        }
        return null;
    }

    private static @Nullable Refusal firstOf(@Nullable Refusal first, @Nullable Refusal second) {
        return first != null ? first : second;
    }

    /**
     * The text of a lone UTF-16 surrogate: every database's driver encodes text as UTF-8, which has no form for one,
     * and puts {@code '?'} in its place (MariaDB even swallows the next character).
     */
    private static @Nullable Refusal text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return new Refusal(
                    "the text holds a lone UTF-16 surrogate (\\u"
                            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " at index " + i
                            + "), which no database stores: it would be written as '?'",
                    "repair the string (a surrogate pair cut in two by substring, or bytes decoded with the wrong"
                            + " charset), or store the raw data as byte[]",
                    CHARACTER_STATE);
        }
        return null;
    }

    /** A NUL character in text, where the database refuses it. */
    private @Nullable Refusal nul(String text) {
        if (nul) {
            return null;
        }
        int at = text.indexOf((char) 0);
        if (at < 0) {
            return null;
        }
        return new Refusal(
                "the text holds a NUL character (\\u0000 at index " + at + "), which " + database
                        + " does not store in text",
                "remove or replace the NUL characters (e.g. text.replace(\"\\u0000\", \"\")), or store the raw data"
                        + " as byte[]",
                CHARACTER_STATE);
    }

    /**
     * A NUL character in a search text ({@code startsWith}, {@code contains}, {@code like}), refused on every
     * database: SQLite's {@code LIKE} reads the pattern as a C string and ends it at the NUL, so it would match other
     * rows; PostgreSQL refuses NUL in text.
     */
    private static @Nullable Refusal likeNul(String text) {
        int at = text.indexOf((char) 0);
        if (at < 0) {
            return null;
        }
        return new Refusal(
                "the search text holds a NUL character (\\u0000 at index " + at + "), which not every database's"
                        + " LIKE matches (SQLite ends the pattern there, PostgreSQL refuses it)",
                "search for the text on either side of the NUL, or compare the whole value with eq",
                CHARACTER_STATE);
    }

    /**
     * Why a JSON document's text cannot be stored, or {@code null} when it can: a lone surrogate, as in any text, or,
     * where the database refuses NUL, the JSON escape of U+0000 (the form a NUL in a JSON string takes).
     *
     * @param json the document's text
     * @return the refusal, or {@code null}
     */
    public @Nullable Refusal json(String json) {
        Refusal lone = text(json);
        if (lone != null || nul) {
            return lone;
        }
        int i = 0;
        while (i < json.length()) {
            if (json.charAt(i) != '\\') {
                i++;
                continue;
            }
            if (json.startsWith("u0000", i + 1)) {
                return new Refusal(
                        "the JSON document holds a NUL character (\\u0000 at index " + i + " of its JSON text), which "
                                + database + " does not store in JSON",
                        "remove or replace the NUL characters in the document's strings, or store the raw data as"
                                + " base64 text",
                        CHARACTER_STATE);
            }
            i += 2; // skip the escaped character: an escaped backslash followed by u0000 is text, not a NUL
        }
        return null;
    }

    private @Nullable Refusal floating(double value) {
        if (Double.isNaN(value) && !nan) {
            return new Refusal(
                    "NaN cannot be held by " + database + " (it would not read back as NaN)",
                    "store a null instead (make the component @Nullable); in a filter, compare with isNull()",
                    NUMERIC_STATE);
        }
        if (Double.isInfinite(value) && !infinity) {
            return new Refusal(
                    value + " cannot be held by " + database,
                    "store a null or a finite bound instead, such as Double.MAX_VALUE",
                    NUMERIC_STATE);
        }
        return null;
    }

    private @Nullable Refusal decimal(BigDecimal value, boolean stored) {
        BigDecimal stripped = value.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        if (maxDecimalIntegerDigits > 0 && integerDigits > maxDecimalIntegerDigits) {
            return new Refusal(
                    "a decimal with " + integerDigits + " digits before the point is more than the "
                            + maxDecimalIntegerDigits + " any " + database + " decimal column holds",
                    "keep decimals within " + maxDecimalIntegerDigits + " digits before the point",
                    NUMERIC_STATE);
        }
        if (!stored) {
            return null;
        }
        if (maxDecimalScale > 0 && stripped.scale() > maxDecimalScale) {
            return new Refusal(
                    value.toPlainString() + " has more than " + maxDecimalScale + " fraction digits, the most "
                            + database + " keeps",
                    "round it first, e.g. value.setScale(" + maxDecimalScale + ", RoundingMode.HALF_EVEN)",
                    NUMERIC_STATE);
        }
        if (maxDecimalPrecision > 0 && stripped.precision() > maxDecimalPrecision) {
            return new Refusal(
                    "a decimal with " + stripped.precision() + " significant digits is more than the "
                            + maxDecimalPrecision + " " + database + " keeps (it would be rounded)",
                    "round it first, e.g. value.round(new MathContext(" + maxDecimalPrecision + "))",
                    NUMERIC_STATE);
        }
        return null;
    }

    private @Nullable Refusal integer(BigInteger value) {
        if (maxIntegerDigits > 0 && value.abs().toString().length() > maxIntegerDigits) {
            return new Refusal(
                    value + " has " + value.abs().toString().length() + " digits, more than the " + maxIntegerDigits
                            + " a " + database + " integer column holds",
                    "store it as text, or keep it within " + maxIntegerDigits + " digits",
                    NUMERIC_STATE);
        }
        return null;
    }

    private @Nullable Refusal date(LocalDate value) {
        if (value.isBefore(minDate) || value.isAfter(maxDate)) {
            return outOfRange(value.toString(), "dates", minDate.toString(), maxDate.toString());
        }
        return null;
    }

    private @Nullable Refusal dateTime(String shown, LocalDateTime value) {
        if (value.isBefore(minDate.atStartOfDay()) || value.toLocalDate().isAfter(maxDateTimeDay)) {
            return outOfRange(shown, "date-times", minDate.atStartOfDay().toString(), maxDateTimeDay + "T23:59:59");
        }
        return null;
    }

    private @Nullable Refusal instant(Instant value) {
        // Compared as instants: LocalDateTime cannot hold Instant.MIN or Instant.MAX.
        Instant min = minDate.equals(LocalDate.MIN)
                ? Instant.MIN
                : minDate.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = maxDateTimeDay.equals(LocalDate.MAX)
                ? Instant.MAX
                : maxDateTimeDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        if (value.isBefore(min) || (!maxDateTimeDay.equals(LocalDate.MAX) && !value.isBefore(end))) {
            return outOfRange(value.toString(), "instants", min.toString(), maxDateTimeDay + "T23:59:59Z");
        }
        return null;
    }

    private Refusal outOfRange(String shown, String what, String min, String max) {
        return new Refusal(
                shown + " is outside the " + what + " " + database + " holds (" + min + " to " + max
                        + "); it would be refused, or stored as another value",
                "keep it within that range, or use a null for 'no date'",
                DATETIME_STATE);
    }

    private @Nullable Refusal nanos(int nanos, String shown) {
        if (fractionDigits >= 9) {
            return null;
        }
        int unit = (int) Math.pow(10, 9 - fractionDigits);
        if (nanos % unit != 0) {
            return new Refusal(
                    shown + " has more fraction-of-second digits than the " + fractionDigits + " " + database
                            + " keeps, so it would be stored rounded",
                    "truncate it first, e.g. value.truncatedTo("
                            + (fractionDigits >= 6 ? "ChronoUnit.MICROS" : "ChronoUnit.MILLIS") + ")",
                    DATETIME_STATE);
        }
        return null;
    }

    /**
     * Refuses a value the database would not store exactly.
     *
     * @param value the value
     * @throws SQLDataException when it would be stored changed, or not at all
     */
    void check(Object value) throws SQLDataException {
        Refusal refusal = refusal(value, true);
        if (refusal != null) {
            throw refusal.exception();
        }
    }
}
