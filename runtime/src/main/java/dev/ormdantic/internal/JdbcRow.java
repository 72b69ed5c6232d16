package dev.ormdantic.internal;

import dev.ormdantic.ErrorCode;
import dev.ormdantic.HydrationException;
import dev.ormdantic.OrmdanticException;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.support.Row;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The current row of a {@link ResultSet} whose columns are a table's, in its column order, read through the dialect's
 * {@link ValueCodec}. {@code NULL} in a column read with a non-null getter, and a stored value that does not parse,
 * become a {@link HydrationException} naming the column.
 */
final class JdbcRow implements Row {

    private final ResultSet rs;
    private final ValueCodec codec;
    private final List<ColumnSpec> columns;
    private final Call call;

    JdbcRow(ResultSet rs, ValueCodec codec, List<ColumnSpec> columns, Call call) {
        this.rs = rs;
        this.codec = codec;
        this.columns = columns;
        this.call = call;
    }

    /** A getter of the codec, which may throw the driver's exception. */
    @FunctionalInterface
    private interface Getter<V> {
        @Nullable
        V get(ResultSet rs, int column) throws SQLException;
    }

    private <V> @Nullable V nullable(int column, Getter<V> getter) {
        try {
            return getter.get(rs, column);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        } catch (OrmdanticException e) {
            throw e;
        } catch (RuntimeException e) {
            // Text that is not a UUID, a decimal or a date: the data was written by something else.
            throw new HydrationException(
                    ErrorCode.UNREADABLE_VALUE,
                    call.context(),
                    call.failed() + ": column '" + columnName(column) + "' holds a value that cannot be read as "
                            + kindOf(column) + " (" + e.getMessage() + ")",
                    "correct the stored value, or the component's type",
                    e);
        }
    }

    private <V> V required(int column, Getter<V> getter) {
        V value = nullable(column, getter);
        if (value == null) {
            throw new HydrationException(
                    ErrorCode.NULL_IN_NOT_NULL_COLUMN,
                    call.context(),
                    call.failed() + ": column '" + columnName(column)
                            + "' is NULL in the database, but its record component is not nullable",
                    "annotate the component @Nullable, or replace the NULL values in the database",
                    null);
        }
        return value;
    }

    private String kindOf(int column) {
        return column >= 1 && column <= columns.size()
                ? columns.get(column - 1).type().kind().name()
                : "its component's type";
    }

    private String columnName(int column) {
        return column >= 1 && column <= columns.size() ? columns.get(column - 1).name() : "#" + column;
    }

    @Override
    public String getString(int column) {
        return required(column, codec::getString);
    }

    @Override
    public @Nullable String getNullableString(int column) {
        return nullable(column, codec::getString);
    }

    @Override
    public boolean getBoolean(int column) {
        return required(column, codec::getBoolean);
    }

    @Override
    public @Nullable Boolean getNullableBoolean(int column) {
        return nullable(column, codec::getBoolean);
    }

    @Override
    public short getShort(int column) {
        return required(column, codec::getShort);
    }

    @Override
    public @Nullable Short getNullableShort(int column) {
        return nullable(column, codec::getShort);
    }

    @Override
    public int getInt(int column) {
        return required(column, codec::getInt);
    }

    @Override
    public @Nullable Integer getNullableInt(int column) {
        return nullable(column, codec::getInt);
    }

    @Override
    public long getLong(int column) {
        return required(column, codec::getLong);
    }

    @Override
    public @Nullable Long getNullableLong(int column) {
        return nullable(column, codec::getLong);
    }

    @Override
    public float getFloat(int column) {
        return required(column, codec::getFloat);
    }

    @Override
    public @Nullable Float getNullableFloat(int column) {
        return nullable(column, codec::getFloat);
    }

    @Override
    public double getDouble(int column) {
        return required(column, codec::getDouble);
    }

    @Override
    public @Nullable Double getNullableDouble(int column) {
        return nullable(column, codec::getDouble);
    }

    @Override
    public BigDecimal getBigDecimal(int column) {
        return required(column, codec::getBigDecimal);
    }

    @Override
    public @Nullable BigDecimal getNullableBigDecimal(int column) {
        return nullable(column, codec::getBigDecimal);
    }

    @Override
    public UUID getUuid(int column) {
        return required(column, codec::getUuid);
    }

    @Override
    public @Nullable UUID getNullableUuid(int column) {
        return nullable(column, codec::getUuid);
    }

    @Override
    public LocalDate getLocalDate(int column) {
        return required(column, codec::getLocalDate);
    }

    @Override
    public @Nullable LocalDate getNullableLocalDate(int column) {
        return nullable(column, codec::getLocalDate);
    }

    @Override
    public LocalDateTime getLocalDateTime(int column) {
        return required(column, codec::getLocalDateTime);
    }

    @Override
    public @Nullable LocalDateTime getNullableLocalDateTime(int column) {
        return nullable(column, codec::getLocalDateTime);
    }

    @Override
    public Instant getInstant(int column) {
        return required(column, codec::getInstant);
    }

    @Override
    public @Nullable Instant getNullableInstant(int column) {
        return nullable(column, codec::getInstant);
    }

    @Override
    public byte[] getBytes(int column) {
        return required(column, codec::getBytes);
    }

    @Override
    public byte @Nullable [] getNullableBytes(int column) {
        return nullable(column, codec::getBytes);
    }
}
