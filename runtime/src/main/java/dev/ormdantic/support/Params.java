package dev.ormdantic.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a statement being bound, in order: each call binds the next {@code ?} marker, with the dialect's
 * conversions applied. Generated binders call one setter per column, in column order, so a multi-row statement is
 * bound by calling the binder once per row.
 *
 * <p>The setters taking a reference bind SQL {@code NULL} for {@code null}.
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
}
