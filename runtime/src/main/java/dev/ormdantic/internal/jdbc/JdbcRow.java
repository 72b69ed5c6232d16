package dev.ormdantic.internal.jdbc;

import com.fasterxml.jackson.core.JacksonException;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.HydrationException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Redactor;
import dev.ormdantic.support.JsonType;
import dev.ormdantic.support.Row;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The current row of a {@link ResultSet} whose columns are a table's, in its column order, read through the dialect's
 * {@link ValueCodec}. {@code NULL} in a column read with a non-null getter, and a stored value that does not parse,
 * become a {@link HydrationException} naming the column.
 */
public final class JdbcRow implements Row {

    private final ResultSet rs;
    private final ValueCodec codec;
    private final List<ColumnSpec> columns;
    private final Call call;
    /** The result set's column before this table's first: 0 unless the table's columns follow another's (a join). */
    private final int offset;

    /** The column {@link #readKey} last read, whose value the getters give without asking the driver again; or -1. */
    private int keyColumn = -1;

    private @Nullable Object keyValue;

    /**
     * Reads rows of one result set.
     *
     * @param rs the result set
     * @param codec the dialect's value codec
     * @param columns the specs of the columns read, in order
     * @param call the call, for error messages
     */
    public JdbcRow(ResultSet rs, ValueCodec codec, List<ColumnSpec> columns, Call call) {
        this(rs, codec, columns, call, 0);
    }

    /**
     * Reads rows of one result set whose columns of this table start after {@code offset} others, as in a query that
     * joins tables: position 1 of the table is column {@code offset + 1} of the result.
     *
     * @param rs the result set
     * @param codec the dialect's value codec
     * @param columns the specs of the table's columns, in order
     * @param call the call, for error messages
     * @param offset the number of result columns before the table's first
     */
    public JdbcRow(ResultSet rs, ValueCodec codec, List<ColumnSpec> columns, Call call, int offset) {
        this.rs = rs;
        this.codec = codec;
        this.columns = columns;
        this.call = call;
        this.offset = offset;
    }

    /**
     * Reads a one-column key of the current row as the record's own read will (a text, long or int key through its
     * getter, any other through {@link ResultSet#getObject(int)}), and keeps a text, long or int value for the current
     * row, so that reading the record next does not ask the driver for that column a second time. A joined read
     * calls this for each table of each result row before reading the table's record from it.
     *
     * @param column the key's position among the table's columns, from 1
     * @return the value, or {@code null} when the column is {@code NULL}
     */
    public @Nullable Object readKey(int column) {
        keyColumn = -1;
        Object value;
        try {
            switch (columns.get(column - 1).type().kind()) {
                case STRING -> value = codec.getString(rs, column + offset);
                case LONG -> value = codec.getLong(rs, column + offset);
                case INT -> value = codec.getInt(rs, column + offset);
                default -> {
                    return rs.getObject(column + offset); // the record reads it by another getter: not kept
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw readFailure(column, e);
        }
        keyColumn = column;
        keyValue = value;
        return value;
    }

    /** A getter of the codec, which may throw the driver's exception. */
    @FunctionalInterface
    private interface Getter<V> {
        @Nullable
        V get(ResultSet rs, int column) throws SQLException;
    }

    private <V> @Nullable V nullable(int column, Getter<V> getter) {
        try {
            return getter.get(rs, column + offset);
        } catch (SQLException | RuntimeException e) {
            throw readFailure(column, e);
        }
    }

    /**
     * What a failed read throws: the driver's exception wrapped for translation, this library's own as it is, and
     * anything else (text that is not a UUID, a decimal or a date: the data was written by something else) as
     * {@link ErrorCode#UNREADABLE_VALUE}.
     */
    private RuntimeException readFailure(int column, Exception e) {
        if (e instanceof SQLException sql) {
            return new SqlFailure(sql);
        }
        if (e instanceof OrmdanticException own) {
            return own;
        }
        return unreadable(column, (RuntimeException) e);
    }

    /** After a primitive getter returned 0 or false, which is also what NULL reads as. */
    private void requirePresent(int column) throws SQLException {
        if (rs.wasNull()) {
            throw nullInNotNull(column);
        }
    }

    private <V> V required(int column, Getter<V> getter) {
        V value = nullable(column, getter);
        if (value == null) {
            throw nullInNotNull(column);
        }
        return value;
    }

    private HydrationException nullInNotNull(int column) {
        return new HydrationException(
                ErrorCode.NULL_IN_NOT_NULL_COLUMN,
                call.context(),
                call.failed() + ": column '" + columnName(column)
                        + "' is NULL in the database, but its record component is not nullable",
                "annotate the component @Nullable, or replace the NULL values in the database",
                null);
    }

    private HydrationException unreadable(int column, RuntimeException e) {
        // A parse failure quotes the value it could not read; a secret column's value must not reach the message.
        boolean secret = Redactor.isSecretName(columnName(column));
        return new HydrationException(
                ErrorCode.UNREADABLE_VALUE,
                call.context(),
                call.failed() + ": column '" + columnName(column) + "' holds a value that cannot be read as "
                        + kindOf(column) + " (" + (secret ? "value hidden: the column looks secret" : e.getMessage())
                        + ")",
                "correct the stored value, or the component's type",
                secret ? null : e);
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
        // The hot getters below read without a getter lambda or boxing: they run once per column of every row.
        String value = getNullableString(column);
        if (value == null) {
            throw nullInNotNull(column);
        }
        return value;
    }

    @Override
    public @Nullable String getNullableString(int column) {
        if (column == keyColumn) {
            return (String) keyValue;
        }
        try {
            return codec.getString(rs, column + offset);
        } catch (SQLException | RuntimeException e) {
            throw readFailure(column, e);
        }
    }

    @Override
    public boolean getBoolean(int column) {
        try {
            boolean value = rs.getBoolean(column + offset);
            if (!value) {
                requirePresent(column); // a NULL reads as false: only then is wasNull() worth asking
            }
            return value;
        } catch (SQLException | RuntimeException e) {
            throw readFailure(column, e);
        }
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
        if (column == keyColumn && keyValue instanceof Integer value) {
            return value;
        }
        try {
            int value = rs.getInt(column + offset);
            if (value == 0) {
                requirePresent(column); // a NULL reads as 0: only then is wasNull() worth asking
            }
            return value;
        } catch (SQLException | RuntimeException e) {
            throw readFailure(column, e);
        }
    }

    @Override
    public @Nullable Integer getNullableInt(int column) {
        if (column == keyColumn && keyValue instanceof Integer value) {
            return value;
        }
        return nullable(column, codec::getInt);
    }

    @Override
    public long getLong(int column) {
        if (column == keyColumn && keyValue instanceof Long value) {
            return value;
        }
        try {
            long value = rs.getLong(column + offset);
            if (value == 0) {
                requirePresent(column); // a NULL reads as 0: only then is wasNull() worth asking
            }
            return value;
        } catch (SQLException | RuntimeException e) {
            throw readFailure(column, e);
        }
    }

    @Override
    public @Nullable Long getNullableLong(int column) {
        if (column == keyColumn && keyValue instanceof Long value) {
            return value;
        }
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
        try {
            double value = rs.getDouble(column + offset);
            if (value == 0) {
                requirePresent(column); // a NULL reads as 0: only then is wasNull() worth asking
            }
            return value;
        } catch (SQLException | RuntimeException e) {
            throw readFailure(column, e);
        }
    }

    @Override
    public @Nullable Double getNullableDouble(int column) {
        return nullable(column, codec::getDouble);
    }

    @Override
    public BigDecimal getBigDecimal(int column) {
        return required(column, this::decimal);
    }

    @Override
    public @Nullable BigDecimal getNullableBigDecimal(int column) {
        return nullable(column, this::decimal);
    }

    /**
     * A decimal with the scale rule of every dialect: a column with {@code @Digits} reads back with exactly its
     * fraction digits; any other with the fewest that hold the value, never fewer than none ({@code 1.50} reads back
     * as {@code 1.5}, {@code 100} as {@code 100}), whatever scale the database keeps (MySQL's 30, SQL Server's 10).
     */
    private @Nullable BigDecimal decimal(ResultSet rs, int resultColumn) throws SQLException {
        BigDecimal value = codec.getBigDecimal(rs, resultColumn);
        int column = resultColumn - offset;
        if (value == null || column < 1 || column > columns.size()) {
            return value;
        }
        ColumnType type = columns.get(column - 1).type();
        if (type.kind() != ColumnType.Kind.DECIMAL) {
            return value;
        }
        if (type.precision() > 0) {
            // Never rounds: a longer fraction (SQLite does not enforce the scale) reads back as stored.
            return value.scale() < type.scale() ? value.setScale(type.scale(), RoundingMode.UNNECESSARY) : value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
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

    @Override
    public byte getByte(int column) {
        return required(column, codec::getByte);
    }

    @Override
    public @Nullable Byte getNullableByte(int column) {
        return nullable(column, codec::getByte);
    }

    @Override
    public BigInteger getBigInteger(int column) {
        return required(column, codec::getBigInteger);
    }

    @Override
    public @Nullable BigInteger getNullableBigInteger(int column) {
        return nullable(column, codec::getBigInteger);
    }

    @Override
    public LocalTime getLocalTime(int column) {
        return required(column, codec::getLocalTime);
    }

    @Override
    public @Nullable LocalTime getNullableLocalTime(int column) {
        return nullable(column, codec::getLocalTime);
    }

    @Override
    public OffsetDateTime getOffsetDateTime(int column) {
        return required(column, codec::getOffsetDateTime);
    }

    @Override
    public @Nullable OffsetDateTime getNullableOffsetDateTime(int column) {
        return nullable(column, codec::getOffsetDateTime);
    }

    @Override
    public <V> V getJson(int column, JsonType<V> type) {
        return required(column, (rs, at) -> json(rs, at, type));
    }

    @Override
    public <V> @Nullable V getNullableJson(int column, JsonType<V> type) {
        return nullable(column, (rs, at) -> json(rs, at, type));
    }

    private <V> @Nullable V json(ResultSet rs, int column, JsonType<V> type) throws SQLException {
        String text = codec.getJson(rs, column + offset);
        if (text == null) {
            return null;
        }
        try {
            return JsonValues.read(text, type);
        } catch (JacksonException e) {
            throw new HydrationException(
                    ErrorCode.JSON_NOT_READABLE,
                    call.context(),
                    call.failed() + ": column '" + columnName(column) + "' holds JSON that does not read as "
                            + type.type().getTypeName() + " (" + e.getOriginalMessage() + ")",
                    JsonValues.fix(e, "correct the stored document, or change the component's type to match it"),
                    e);
        }
    }
}
