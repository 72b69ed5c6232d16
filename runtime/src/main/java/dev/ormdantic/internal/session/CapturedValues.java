package dev.ormdantic.internal.session;

import dev.ormdantic.support.JsonType;
import dev.ormdantic.support.Params;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Parameters that keep the values bound to them, in order: how a session reads a row's column values through the
 * generated binder (for the unique values a delete frees), with no reflection. A {@code byte[]} is kept as
 * {@link Bytes}, which compares by content.
 */
final class CapturedValues implements Params {

    /** A {@code byte[]} that compares by content; it keeps its own copy. */
    static final class Bytes {
        private final byte[] value;

        Bytes(byte[] value) {
            this.value = value.clone();
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "bytes[" + value.length + "]";
        }
    }

    private final List<@Nullable Object> values = new ArrayList<>();

    /** The values bound so far, in order. */
    List<@Nullable Object> values() {
        return values;
    }

    @Override
    public void setString(@Nullable String value) {
        values.add(value);
    }

    @Override
    public void setBoolean(boolean value) {
        values.add(value);
    }

    @Override
    public void setNullableBoolean(@Nullable Boolean value) {
        values.add(value);
    }

    @Override
    public void setShort(short value) {
        values.add(value);
    }

    @Override
    public void setNullableShort(@Nullable Short value) {
        values.add(value);
    }

    @Override
    public void setInt(int value) {
        values.add(value);
    }

    @Override
    public void setNullableInt(@Nullable Integer value) {
        values.add(value);
    }

    @Override
    public void setLong(long value) {
        values.add(value);
    }

    @Override
    public void setNullableLong(@Nullable Long value) {
        values.add(value);
    }

    @Override
    public void setFloat(float value) {
        values.add(value);
    }

    @Override
    public void setNullableFloat(@Nullable Float value) {
        values.add(value);
    }

    @Override
    public void setDouble(double value) {
        values.add(value);
    }

    @Override
    public void setNullableDouble(@Nullable Double value) {
        values.add(value);
    }

    @Override
    public void setBigDecimal(@Nullable BigDecimal value) {
        values.add(value);
    }

    @Override
    public void setUuid(@Nullable UUID value) {
        values.add(value);
    }

    @Override
    public void setLocalDate(@Nullable LocalDate value) {
        values.add(value);
    }

    @Override
    public void setLocalDateTime(@Nullable LocalDateTime value) {
        values.add(value);
    }

    @Override
    public void setInstant(@Nullable Instant value) {
        values.add(value);
    }

    @Override
    public void setBytes(byte @Nullable [] value) {
        values.add(value == null ? null : new Bytes(value));
    }

    @Override
    public void setEnum(@Nullable Enum<?> value) {
        values.add(value);
    }

    @Override
    public void setNativeEnum(@Nullable String value) {
        values.add(value);
    }

    @Override
    public void setByte(byte value) {
        values.add(value);
    }

    @Override
    public void setNullableByte(@Nullable Byte value) {
        values.add(value);
    }

    @Override
    public void setBigInteger(@Nullable BigInteger value) {
        values.add(value);
    }

    @Override
    public void setLocalTime(@Nullable LocalTime value) {
        values.add(value);
    }

    @Override
    public void setOffsetDateTime(@Nullable OffsetDateTime value) {
        values.add(value);
    }

    @Override
    public <V> void setJson(@Nullable V value, JsonType<V> type) {
        values.add(value);
    }
}
