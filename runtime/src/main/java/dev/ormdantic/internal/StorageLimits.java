package dev.ormdantic.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * What a database can store exactly, checked before a value is bound, so that a value it would round, truncate or
 * turn into {@code NULL} is refused with a message that says how to fix it instead of being written changed.
 *
 * @param database the database's name, for messages
 * @param fractionDigits the fraction-of-second digits its date-time types keep (9 keeps nanoseconds)
 * @param nan whether a floating-point column stores {@code NaN}
 * @param infinity whether a floating-point column stores the infinities
 * @param maxDecimalScale the most fraction digits any decimal column keeps, {@code 0} for no limit
 * @param maxIntegerDigits the most digits an unconstrained big-integer column keeps, {@code 0} for no limit
 */
public record StorageLimits(
        String database, int fractionDigits, boolean nan, boolean infinity, int maxDecimalScale, int maxIntegerDigits) {

    /** No limit: every value is stored exactly. */
    public static final StorageLimits EXACT = new StorageLimits("the database", 9, true, true, 0, 0);

    /** SQLSTATE 22003 "numeric value out of range" and 22008 "datetime field overflow", the standard's codes. */
    private static final String NUMERIC_STATE = "22003";

    private static final String DATETIME_STATE = "22008";

    /**
     * Refuses a floating-point value the database cannot store.
     *
     * @param value the value
     * @throws SQLDataException when it is {@code NaN} or infinite and the database cannot store it
     */
    void check(double value) throws SQLDataException {
        if (Double.isNaN(value) && !nan) {
            throw new SQLDataException(
                    "NaN cannot be stored by " + database + " (it would not read back as NaN); store a null instead"
                            + " (make the component @Nullable)",
                    NUMERIC_STATE);
        }
        if (Double.isInfinite(value) && !infinity) {
            throw new SQLDataException(
                    value + " cannot be stored by " + database + "; store a null or a finite bound instead",
                    NUMERIC_STATE);
        }
    }

    /**
     * Refuses a decimal with more fraction digits than any decimal column of the database keeps.
     *
     * @param value the value
     * @throws SQLDataException when its scale is beyond the limit
     */
    void check(BigDecimal value) throws SQLDataException {
        if (maxDecimalScale > 0 && value.stripTrailingZeros().scale() > maxDecimalScale) {
            throw new SQLDataException(
                    value.toPlainString() + " has more than " + maxDecimalScale + " fraction digits, the most "
                            + database + " keeps; round it first, e.g. value.setScale(" + maxDecimalScale
                            + ", RoundingMode.HALF_EVEN)",
                    NUMERIC_STATE);
        }
    }

    /**
     * Refuses an integer with more digits than the database's widest exact integer column keeps.
     *
     * @param value the value
     * @throws SQLDataException when it has too many digits
     */
    void check(BigInteger value) throws SQLDataException {
        if (maxIntegerDigits > 0 && value.abs().toString().length() > maxIntegerDigits) {
            throw new SQLDataException(
                    value + " has " + value.abs().toString().length() + " digits, more than the " + maxIntegerDigits
                            + " a " + database + " integer column holds; store it as text, or keep it within "
                            + maxIntegerDigits + " digits",
                    NUMERIC_STATE);
        }
    }

    /**
     * Refuses a time of day with more fraction digits than the database keeps.
     *
     * @param value the value
     * @throws SQLDataException when it would be rounded
     */
    @SuppressWarnings("JavaLocalTimeGetNano") // only the fraction of the second matters here
    void check(LocalTime value) throws SQLDataException {
        checkNanos(value.getNano(), value.toString());
    }

    /**
     * Refuses a date-time with an offset with more fraction digits than the database keeps.
     *
     * @param value the value
     * @throws SQLDataException when it would be rounded
     */
    void check(OffsetDateTime value) throws SQLDataException {
        checkNanos(value.getNano(), value.toString());
    }

    /**
     * Refuses a date-time with more fraction digits than the database keeps.
     *
     * @param value the value
     * @throws SQLDataException when it would be rounded
     */
    @SuppressWarnings("JavaLocalDateTimeGetNano") // only the fraction of the second matters here
    void check(LocalDateTime value) throws SQLDataException {
        checkNanos(value.getNano(), value.toString());
    }

    /**
     * Refuses an instant with more fraction digits than the database keeps.
     *
     * @param value the value
     * @throws SQLDataException when it would be rounded
     */
    @SuppressWarnings("JavaInstantGetSecondsGetNano") // only the fraction of the second matters here
    void check(Instant value) throws SQLDataException {
        checkNanos(value.getNano(), value.toString());
    }

    private void checkNanos(int nanos, String shown) throws SQLDataException {
        if (fractionDigits >= 9) {
            return;
        }
        int unit = (int) Math.pow(10, 9 - fractionDigits);
        if (nanos % unit != 0) {
            throw new SQLDataException(
                    shown + " has more fraction-of-second digits than the " + fractionDigits + " " + database
                            + " keeps, so it would be stored rounded; truncate it first, e.g. value.truncatedTo("
                            + (fractionDigits >= 6 ? "ChronoUnit.MICROS" : "ChronoUnit.MILLIS") + ")",
                    DATETIME_STATE);
        }
    }
}
