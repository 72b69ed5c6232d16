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
 * The parameters of a statement being bound, in order: each call binds the next {@code ?} marker, with the dialect's
 * conversions applied. Generated binders call one setter per column, in column order, so a multi-row statement is
 * bound by calling the binder once per row.
 *
 * <p>The setters taking a reference bind SQL {@code NULL} for {@code null}.
 *
 * @since 0.1.0
 */
public interface Params {

    /**
     * Binds a text value.
     *
     * @param value the value
     */
    void setString(@Nullable String value);

    /**
     * Binds a boolean.
     *
     * @param value the value
     */
    void setBoolean(boolean value);

    /**
     * Binds a boolean or {@code NULL}.
     *
     * @param value the value
     */
    void setNullableBoolean(@Nullable Boolean value);

    /**
     * Binds a {@code short}.
     *
     * @param value the value
     */
    void setShort(short value);

    /**
     * Binds a {@code short} or {@code NULL}.
     *
     * @param value the value
     */
    void setNullableShort(@Nullable Short value);

    /**
     * Binds an {@code int}.
     *
     * @param value the value
     */
    void setInt(int value);

    /**
     * Binds an {@code int} or {@code NULL}.
     *
     * @param value the value
     */
    void setNullableInt(@Nullable Integer value);

    /**
     * Binds a {@code long}.
     *
     * @param value the value
     */
    void setLong(long value);

    /**
     * Binds a {@code long} or {@code NULL}.
     *
     * @param value the value
     */
    void setNullableLong(@Nullable Long value);

    /**
     * Binds a {@code float}.
     *
     * @param value the value
     */
    void setFloat(float value);

    /**
     * Binds a {@code float} or {@code NULL}.
     *
     * @param value the value
     */
    void setNullableFloat(@Nullable Float value);

    /**
     * Binds a {@code double}.
     *
     * @param value the value
     */
    void setDouble(double value);

    /**
     * Binds a {@code double} or {@code NULL}.
     *
     * @param value the value
     */
    void setNullableDouble(@Nullable Double value);

    /**
     * Binds an exact decimal.
     *
     * @param value the value
     */
    void setBigDecimal(@Nullable BigDecimal value);

    /**
     * Binds a UUID.
     *
     * @param value the value
     */
    void setUuid(@Nullable UUID value);

    /**
     * Binds a date.
     *
     * @param value the value
     */
    void setLocalDate(@Nullable LocalDate value);

    /**
     * Binds a date-time without a zone.
     *
     * @param value the value
     */
    void setLocalDateTime(@Nullable LocalDateTime value);

    /**
     * Binds an instant.
     *
     * @param value the value
     */
    void setInstant(@Nullable Instant value);

    /**
     * Binds a binary value.
     *
     * @param value the value
     */
    void setBytes(byte @Nullable [] value);

    /**
     * Binds an enum constant by its name.
     *
     * @param value the value
     */
    void setEnum(@Nullable Enum<?> value);

    /**
     * Binds the stored value of an enum kept in a native enum type ({@code @NativeEnum}): on PostgreSQL untyped, so
     * that the server takes it as the column's enum type; elsewhere as a string.
     *
     * @param value the stored value
     */
    void setNativeEnum(@Nullable String value);

    /**
     * Binds a {@code byte}.
     *
     * @param value the value
     */
    void setByte(byte value);

    /**
     * Binds a {@code byte} or {@code NULL}.
     *
     * @param value the value
     */
    void setNullableByte(@Nullable Byte value);

    /**
     * Binds an exact integer; one with more digits than the database's widest integer column is refused (ORM2105).
     *
     * @param value the value
     */
    void setBigInteger(@Nullable BigInteger value);

    /**
     * Binds a time of day; one finer than the database keeps is refused (ORM2105).
     *
     * @param value the value
     */
    void setLocalTime(@Nullable LocalTime value);

    /**
     * Binds a date-time with an offset; one finer than the database keeps is refused (ORM2105).
     *
     * @param value the value
     */
    void setOffsetDateTime(@Nullable OffsetDateTime value);

    /**
     * Binds a value as a JSON document written by Jackson; one Jackson cannot write is refused (ORM2106).
     *
     * @param value the value
     * @param type its full generic type, which names the column
     * @param <V> the value type
     */
    <V> void setJson(@Nullable V value, JsonType<V> type);
}
