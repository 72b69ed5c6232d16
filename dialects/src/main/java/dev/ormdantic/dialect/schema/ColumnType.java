package dev.ormdantic.dialect.schema;

/**
 * The logical type of a column: what the Java component holds, independent of any database. Each dialect maps it to
 * its own DDL type and each runtime codec to its own JDBC calls.
 *
 * @param kind the kind of value
 * @param length the maximum length of a {@link Kind#STRING}, or {@code 0} when unbounded
 * @param precision the total number of digits of a {@link Kind#DECIMAL} or {@link Kind#BIG_INTEGER}, or {@code 0} when
 *     unspecified (the dialect's widest exact number)
 * @param scale the number of fraction digits of a {@link Kind#DECIMAL} (meaningful only with a precision)
 * @since 0.1.0
 */
public record ColumnType(Kind kind, int length, int precision, int scale) {

    /** The kinds of value a column can hold. */
    public enum Kind {
        /** {@code String}, and enums stored by name. */
        STRING,
        /** {@code boolean} and {@code Boolean}. */
        BOOLEAN,
        /** {@code byte} and {@code Byte}: a signed 8-bit integer. */
        BYTE,
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
        /** {@code java.math.BigInteger}: an exact integer of any size the column holds. */
        BIG_INTEGER,
        /** {@code java.util.UUID}. */
        UUID,
        /** {@code java.time.LocalDate}. */
        DATE,
        /** {@code java.time.LocalDateTime}: a date and time without a zone. */
        DATETIME,
        /** {@code java.time.Instant}: a point on the time line, stored so that it reads back equal. */
        INSTANT,
        /** {@code java.time.LocalTime}: a time of day without a zone. */
        TIME,
        /**
         * {@code java.time.OffsetDateTime}: an instant with an offset. Its instant always reads back equal; the offset
         * is kept only where the database stores one (SQL Server, Oracle), elsewhere it reads back as UTC.
         */
        OFFSET_DATETIME,
        /** {@code byte[]}, stored as real binary. */
        BYTES,
        /** A map, list, set or nested record, stored as a JSON document written and read with Jackson. */
        JSON
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
        if ((precision > 0 || scale > 0) && kind != Kind.DECIMAL && kind != Kind.BIG_INTEGER) {
            throw new IllegalArgumentException("precision and scale apply to DECIMAL columns only, not " + kind);
        }
        if (scale > 0 && kind == Kind.BIG_INTEGER) {
            throw new IllegalArgumentException("a BIG_INTEGER column has no fraction digits, not " + scale);
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
     * @param length the maximum length in characters, at least one
     * @return the type
     * @throws IllegalArgumentException when {@code length < 1}; use {@link #unboundedString()} for no bound
     */
    public static ColumnType string(int length) {
        if (length < 1) {
            throw new IllegalArgumentException(
                    "a bounded string needs a length of at least 1, not " + length + "; use unboundedString()");
        }
        return new ColumnType(Kind.STRING, length, 0, 0);
    }

    /**
     * A string type with no length bound: {@code TEXT} where the dialect has it, else its widest indexable string.
     *
     * @return the type
     */
    public static ColumnType unboundedString() {
        return new ColumnType(Kind.STRING, 0, 0, 0);
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

    /**
     * An exact integer type.
     *
     * @param precision the most digits, {@code 0} for the dialect's widest exact number
     * @return the type
     */
    public static ColumnType bigInteger(int precision) {
        return new ColumnType(Kind.BIG_INTEGER, 0, precision, 0);
    }

    /**
     * Whether values of this type are exact numbers that SQLite stores as text ({@link Kind#DECIMAL} and
     * {@link Kind#BIG_INTEGER}), so that comparing or ordering them there needs a numeric comparison function.
     *
     * @return whether the type is an exact number
     */
    public boolean isExactNumber() {
        return kind == Kind.DECIMAL || kind == Kind.BIG_INTEGER;
    }
}
