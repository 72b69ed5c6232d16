package dev.ormdantic.dialect.schema;

/**
 * The logical type of a column: what the Java component holds, independent of any database. Each dialect maps it to
 * its own DDL type and each runtime codec to its own JDBC calls.
 *
 * @param kind the kind of value
 * @param length the maximum length of a {@link Kind#STRING}, or {@code 0} when unbounded
 * @param precision the total number of digits of a {@link Kind#DECIMAL}, or {@code 0} when unspecified
 * @param scale the number of fraction digits of a {@link Kind#DECIMAL} (meaningful only with a precision)
 */
public record ColumnType(Kind kind, int length, int precision, int scale) {

    /** The kinds of value a column can hold. */
    public enum Kind {
        /** {@code String}, and enums stored by name. */
        STRING,
        /** {@code boolean} and {@code Boolean}. */
        BOOLEAN,
        /** {@code short} and {@code Short}. */
        SHORT,
        /** {@code int} and {@code Integer}. */
        INT,
        /** {@code long} and {@code Long}. */
        LONG,
        /** {@code float} and {@code Float}. */
        FLOAT,
        /** {@code double} and {@code Double}. */
        DOUBLE,
        /** {@code java.math.BigDecimal}, exact. */
        DECIMAL,
        /** {@code java.util.UUID}. */
        UUID,
        /** {@code java.time.LocalDate}. */
        DATE,
        /** {@code java.time.LocalDateTime}: a date and time without a zone. */
        DATETIME,
        /** {@code java.time.Instant}: a point on the time line, stored so that it reads back equal. */
        INSTANT,
        /** {@code byte[]}, stored as real binary. */
        BYTES
    }

    /**
     * Checks the combination of attributes.
     *
     * @throws IllegalArgumentException when a length, precision or scale is negative, or set on a kind without it
     */
    public ColumnType {
        if (length < 0 || precision < 0 || scale < 0) {
            throw new IllegalArgumentException(
                    "length, precision and scale must be >= 0: " + length + ", " + precision + ", " + scale);
        }
        if (length > 0 && kind != Kind.STRING) {
            throw new IllegalArgumentException("a length applies to STRING columns only, not " + kind);
        }
        if ((precision > 0 || scale > 0) && kind != Kind.DECIMAL) {
            throw new IllegalArgumentException("precision and scale apply to DECIMAL columns only, not " + kind);
        }
        if (scale > precision) {
            throw new IllegalArgumentException("scale " + scale + " exceeds precision " + precision);
        }
    }

    /**
     * A type of the given kind with no length, precision or scale.
     *
     * @param kind the kind of value
     * @return the type
     */
    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, 0, 0, 0);
    }

    /**
     * A string type of bounded length.
     *
     * @param length the maximum length in characters, {@code 0} for unbounded
     * @return the type
     */
    public static ColumnType string(int length) {
        return new ColumnType(Kind.STRING, length, 0, 0);
    }

    /**
     * An exact decimal type.
     *
     * @param precision total digits, {@code 0} for the dialect's widest exact decimal
     * @param scale fraction digits
     * @return the type
     */
    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(Kind.DECIMAL, 0, precision, scale);
    }
}
