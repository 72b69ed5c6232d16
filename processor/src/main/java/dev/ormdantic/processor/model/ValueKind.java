package dev.ormdantic.processor.model;

import dev.ormdantic.dialect.schema.ColumnType;

/**
 * The Java type of a record component, as far as storing it is concerned: one constant per supported type (a
 * primitive and its box share one) plus {@link #UNSUPPORTED}.
 */
public enum ValueKind {
    /** {@code String}. */
    STRING,
    /** {@code boolean}, {@code Boolean}. */
    BOOLEAN,
    /** {@code byte}, {@code Byte}. */
    BYTE,
    /** {@code short}, {@code Short}. */
    SHORT,
    /** {@code int}, {@code Integer}. */
    INT,
    /** {@code long}, {@code Long}. */
    LONG,
    /** {@code float}, {@code Float}. */
    FLOAT,
    /** {@code double}, {@code Double}. */
    DOUBLE,
    /** {@code java.math.BigDecimal}. */
    DECIMAL,
    /** {@code java.math.BigInteger}. */
    BIG_INTEGER,
    /** {@code java.util.UUID}. */
    UUID,
    /** {@code java.time.LocalDate}. */
    DATE,
    /** {@code java.time.LocalDateTime}. */
    DATETIME,
    /** {@code java.time.Instant}. */
    INSTANT,
    /** {@code java.time.LocalTime}. */
    TIME,
    /** {@code java.time.OffsetDateTime}. */
    OFFSET_DATETIME,
    /** {@code byte[]}. */
    BYTES,
    /** {@code Map<String, ...>}, {@code List<...>}, {@code Set<...>} or a record that is not a table: JSON. */
    JSON,
    /** Any enum, stored by constant name. */
    ENUM,
    /** Anything else; an error. */
    UNSUPPORTED;

    /**
     * The kind of column that stores this kind of value.
     *
     * @return the column kind
     * @throws IllegalStateException for {@link #UNSUPPORTED}
     */
    public ColumnType.Kind columnKind() {
        return switch (this) {
            case STRING, ENUM -> ColumnType.Kind.STRING;
            case BOOLEAN -> ColumnType.Kind.BOOLEAN;
            case BYTE -> ColumnType.Kind.BYTE;
            case SHORT -> ColumnType.Kind.SHORT;
            case INT -> ColumnType.Kind.INT;
            case LONG -> ColumnType.Kind.LONG;
            case FLOAT -> ColumnType.Kind.FLOAT;
            case DOUBLE -> ColumnType.Kind.DOUBLE;
            case DECIMAL -> ColumnType.Kind.DECIMAL;
            case UUID -> ColumnType.Kind.UUID;
            case DATE -> ColumnType.Kind.DATE;
            case DATETIME -> ColumnType.Kind.DATETIME;
            case INSTANT -> ColumnType.Kind.INSTANT;
            case BYTES -> ColumnType.Kind.BYTES;
            case BIG_INTEGER -> ColumnType.Kind.BIG_INTEGER;
            case TIME -> ColumnType.Kind.TIME;
            case OFFSET_DATETIME -> ColumnType.Kind.OFFSET_DATETIME;
            case JSON -> ColumnType.Kind.JSON;
            case UNSUPPORTED -> throw new IllegalStateException("an unsupported type has no column kind");
        };
    }
}
