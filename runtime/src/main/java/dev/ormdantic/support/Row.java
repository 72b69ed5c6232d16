package dev.ormdantic.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The current row of a result, read by column position (1-based) with each dialect's conversions applied. Generated
 * row mappers call one getter per component, in column order.
 *
 * <p>The plain getters are for {@code NOT NULL} columns and throw a {@code HydrationException} (code ORM2301) that
 * names the column if the database holds {@code NULL} there anyway; the {@code getNullable*} getters return
 * {@code null}.
 *
 * @since 0.1.0
 */
public interface Row {

    /**
     * A text value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    String getString(int column);

    /**
     * A text value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    String getNullableString(int column);

    /**
     * A boolean value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    boolean getBoolean(int column);

    /**
     * A boolean value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    Boolean getNullableBoolean(int column);

    /**
     * A {@code short} value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    short getShort(int column);

    /**
     * A {@code short} value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    Short getNullableShort(int column);

    /**
     * An {@code int} value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    int getInt(int column);

    /**
     * An {@code int} value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    Integer getNullableInt(int column);

    /**
     * A {@code long} value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    long getLong(int column);

    /**
     * A {@code long} value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    Long getNullableLong(int column);

    /**
     * A {@code float} value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    float getFloat(int column);

    /**
     * A {@code float} value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    Float getNullableFloat(int column);

    /**
     * A {@code double} value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    double getDouble(int column);

    /**
     * A {@code double} value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    Double getNullableDouble(int column);

    /**
     * An exact decimal value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    BigDecimal getBigDecimal(int column);

    /**
     * An exact decimal value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    BigDecimal getNullableBigDecimal(int column);

    /**
     * A UUID value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    UUID getUuid(int column);

    /**
     * A UUID value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    UUID getNullableUuid(int column);

    /**
     * A date value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    LocalDate getLocalDate(int column);

    /**
     * A date value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    LocalDate getNullableLocalDate(int column);

    /**
     * A date-time value without a zone.
     *
     * @param column the 1-based column position
     * @return the value
     */
    LocalDateTime getLocalDateTime(int column);

    /**
     * A date-time value without a zone, or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    LocalDateTime getNullableLocalDateTime(int column);

    /**
     * An instant.
     *
     * @param column the 1-based column position
     * @return the value
     */
    Instant getInstant(int column);

    /**
     * An instant or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    Instant getNullableInstant(int column);

    /**
     * A binary value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    byte[] getBytes(int column);

    /**
     * A binary value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    byte @Nullable [] getNullableBytes(int column);

    /**
     * A {@code byte} value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    byte getByte(int column);

    /**
     * A {@code byte} value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    Byte getNullableByte(int column);

    /**
     * An exact integer value.
     *
     * @param column the 1-based column position
     * @return the value
     */
    BigInteger getBigInteger(int column);

    /**
     * An exact integer value or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    BigInteger getNullableBigInteger(int column);

    /**
     * A time of day.
     *
     * @param column the 1-based column position
     * @return the value
     */
    LocalTime getLocalTime(int column);

    /**
     * A time of day or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    LocalTime getNullableLocalTime(int column);

    /**
     * A date-time with an offset (UTC where the database keeps only the instant).
     *
     * @param column the 1-based column position
     * @return the value
     */
    OffsetDateTime getOffsetDateTime(int column);

    /**
     * A date-time with an offset (UTC where the database keeps only the instant) or {@code null}.
     *
     * @param column the 1-based column position
     * @return the value
     */
    @Nullable
    OffsetDateTime getNullableOffsetDateTime(int column);

    /**
     * A JSON document read as its component's type.
     *
     * @param column the 1-based column position
     * @param type the component's full generic type
     * @param <V> the component's type
     * @return the value
     */
    <V> V getJson(int column, JsonType<V> type);

    /**
     * A JSON document read as its component's type, or {@code null}.
     *
     * @param column the 1-based column position
     * @param type the component's full generic type
     * @param <V> the component's type
     * @return the value
     */
    <V> @Nullable V getNullableJson(int column, JsonType<V> type);
}
