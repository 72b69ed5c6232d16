package dev.ormdantic.internal.jdbc;

import dev.ormdantic.dialect.schema.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How values of each {@link ColumnType.Kind} travel between Java and one database's JDBC driver. This base class is
 * plain JDBC 4.2: {@code java.time} values through {@code setObject}/{@code getObject}, instants as
 * {@link OffsetDateTime} in UTC, UUIDs as text. A database whose driver or storage differs overrides the kinds that
 * differ ({@link SqliteValueCodec}, {@link PostgresValueCodec}); the driver profiles of {@code internal.connect} pick
 * the codec for a dialect.
 *
 * <p>Setters receive non-null values; {@code NULL} is bound with {@link #setNull}. Getters return {@code null} for SQL
 * {@code NULL}.
 */
public class ValueCodec {

    private final StorageLimits limits;

    /**
     * Creates the plain JDBC codec.
     *
     * @param limits what the database stores exactly
     */
    public ValueCodec(StorageLimits limits) {
        this.limits = limits;
    }

    /**
     * What the database stores exactly; values beyond it are refused before binding.
     *
     * @return the limits
     */
    public final StorageLimits limits() {
        return limits;
    }

    /**
     * Binds SQL {@code NULL} for a column of the given kind.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param kind the column's kind
     * @throws SQLException from the driver
     */
    public void setNull(PreparedStatement ps, int index, ColumnType.Kind kind) throws SQLException {
        ps.setNull(index, sqlType(kind));
    }

    /**
     * Binds a SQL {@code NULL} whose type the statement decides, for raw SQL, where no column is known: JDBC's
     * {@link Types#NULL}, which PostgreSQL sends untyped so that the server infers it.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @throws SQLException from the driver
     */
    public void setUntypedNull(PreparedStatement ps, int index) throws SQLException {
        ps.setNull(index, Types.NULL);
    }

    /**
     * Binds a label of a native enum column ({@code @NativeEnum}), or {@code NULL}. Only PostgreSQL has native enum
     * types; elsewhere the column is text and this binds a string.
     *
     * @param ps the statement
     * @param index the parameter index, from 1
     * @param label the stored value, or {@code null}
     * @throws SQLException from the driver
     */
    public void setNativeEnum(PreparedStatement ps, int index, @Nullable String label) throws SQLException {
        if (label == null) {
            setNull(ps, index, ColumnType.Kind.STRING);
        } else {
            setString(ps, index, label);
        }
    }

    /**
     * Binds a list of values of one kind as one parameter, for a long {@code IN} list. Here a JSON array of the
     * values' texts ({@link #listText}), which SQL Server reads with {@code OPENJSON} and Oracle with
     * {@code JSON_TABLE}, converting each to the column's type; PostgreSQL binds an array instead. SQLite, MySQL and
     * MariaDB never call it.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param kind the values' kind
     * @param values the values, none {@code null}
     * @throws SQLException from the driver
     */
    public void setArray(PreparedStatement ps, int index, ColumnType.Kind kind, List<Object> values)
            throws SQLException {
        List<String> texts = new ArrayList<>(values.size());
        for (Object value : values) {
            texts.add(listText(value));
        }
        setJson(ps, index, JsonValues.stringArray(texts));
    }

    /**
     * A value of a long {@code IN} list as the text the database converts back to it: ISO 8601 for dates and times
     * (fractions without trailing zeros, offsets as {@code +00:00}), plain digits for decimals, {@code 1}/{@code 0}
     * for booleans, hex for bytes.
     *
     * @param value the value
     * @return its text
     */
    protected String listText(Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal.toPlainString();
            case Boolean bool -> bool ? "1" : "0";
            case byte[] bytes -> HexFormat.of().formatHex(bytes);
            case LocalDateTime time -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
            case LocalTime time -> DateTimeFormatter.ISO_LOCAL_TIME.format(time);
            case Instant instant -> OFFSET_TEXT.format(instant.atOffset(ZoneOffset.UTC));
            case OffsetDateTime time -> OFFSET_TEXT.format(time);
            default -> value.toString();
        };
    }

    private static final DateTimeFormatter OFFSET_TEXT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter(Locale.ROOT);

    /**
     * The {@link Types} code used to bind {@code NULL} for a kind.
     *
     * @param kind the kind
     * @return the JDBC type code
     */
    protected int sqlType(ColumnType.Kind kind) {
        return switch (kind) {
            case STRING, UUID -> Types.VARCHAR;
            case BOOLEAN -> Types.BOOLEAN;
            case BYTE, SHORT -> Types.SMALLINT;
            case INT -> Types.INTEGER;
            case LONG -> Types.BIGINT;
            case FLOAT -> Types.REAL;
            case DOUBLE -> Types.DOUBLE;
            case DECIMAL, BIG_INTEGER -> Types.NUMERIC;
            case DATE -> Types.DATE;
            case DATETIME -> Types.TIMESTAMP;
            case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
            case TIME -> Types.TIME;
            case OFFSET_DATETIME -> Types.TIMESTAMP_WITH_TIMEZONE;
            case BYTES -> Types.VARBINARY;
            case JSON -> Types.LONGVARCHAR;
        };
    }

    /**
     * Binds a text.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setString(PreparedStatement ps, int index, String value) throws SQLException {
        ps.setString(index, value);
    }

    /**
     * Binds a boolean.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setBoolean(PreparedStatement ps, int index, boolean value) throws SQLException {
        ps.setBoolean(index, value);
    }

    /**
     * Binds a {@code short}.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setShort(PreparedStatement ps, int index, short value) throws SQLException {
        ps.setShort(index, value);
    }

    /**
     * Binds an {@code int}.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setInt(PreparedStatement ps, int index, int value) throws SQLException {
        ps.setInt(index, value);
    }

    /**
     * Binds a {@code long}.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setLong(PreparedStatement ps, int index, long value) throws SQLException {
        ps.setLong(index, value);
    }

    /**
     * Binds a {@code float}.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setFloat(PreparedStatement ps, int index, float value) throws SQLException {
        ps.setFloat(index, value);
    }

    /**
     * Binds a {@code double}.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
        ps.setDouble(index, value);
    }

    /**
     * Binds an exact decimal.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setBigDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        ps.setBigDecimal(index, value);
    }

    /**
     * Binds a UUID.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        ps.setString(index, value.toString());
    }

    /**
     * Binds a date.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setLocalDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        ps.setObject(index, value);
    }

    /**
     * Binds a date-time without a zone.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        ps.setObject(index, value);
    }

    /**
     * Binds an instant.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, value.atOffset(ZoneOffset.UTC));
    }

    /**
     * Binds a binary value.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setBytes(PreparedStatement ps, int index, byte[] value) throws SQLException {
        ps.setBytes(index, value);
    }

    /**
     * Reads a text.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable String getString(ResultSet rs, int column) throws SQLException {
        return rs.getString(column);
    }

    /**
     * Reads a boolean.
     *
     * <p>Final: {@link JdbcRow} reads the non-null form straight from the result set without boxing, so a dialect
     * cannot change how this type is read.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public final @Nullable Boolean getBoolean(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Reads a {@code short}.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable Short getShort(ResultSet rs, int column) throws SQLException {
        short value = rs.getShort(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Reads an {@code int}.
     *
     * <p>Final: {@link JdbcRow} reads the non-null form straight from the result set without boxing, so a dialect
     * cannot change how this type is read.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public final @Nullable Integer getInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Reads a {@code long}.
     *
     * <p>Final: {@link JdbcRow} reads the non-null form straight from the result set without boxing, so a dialect
     * cannot change how this type is read.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public final @Nullable Long getLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Reads a {@code float}.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable Float getFloat(ResultSet rs, int column) throws SQLException {
        float value = rs.getFloat(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Reads a {@code double}.
     *
     * <p>Final: {@link JdbcRow} reads the non-null form straight from the result set without boxing, so a dialect
     * cannot change how this type is read.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public final @Nullable Double getDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Reads an exact decimal.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable BigDecimal getBigDecimal(ResultSet rs, int column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    /**
     * Reads a UUID.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable UUID getUuid(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : UUID.fromString(text);
    }

    /**
     * Reads a date.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable LocalDate getLocalDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * Reads a date-time without a zone.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable LocalDateTime getLocalDateTime(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    /**
     * Reads an instant.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable Instant getInstant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Reads a binary value.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public byte @Nullable [] getBytes(ResultSet rs, int column) throws SQLException {
        return rs.getBytes(column);
    }

    /**
     * Binds a {@code byte}.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setByte(PreparedStatement ps, int index, byte value) throws SQLException {
        // As a SMALLINT: SQL Server's TINYINT is unsigned, and every database takes a small integer.
        ps.setShort(index, value);
    }

    /**
     * Reads a {@code byte}.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     * @throws IllegalArgumentException when the stored number is outside the range of a {@code byte}
     */
    public @Nullable Byte getByte(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        if (rs.wasNull()) {
            return null;
        }
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw new IllegalArgumentException(value + " is outside the range of a byte");
        }
        return (byte) value;
    }

    /**
     * Binds an exact integer.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setBigInteger(PreparedStatement ps, int index, BigInteger value) throws SQLException {
        ps.setBigDecimal(index, new BigDecimal(value));
    }

    /**
     * Reads an exact integer.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     * @throws ArithmeticException when the stored number has a fraction
     */
    public @Nullable BigInteger getBigInteger(ResultSet rs, int column) throws SQLException {
        BigDecimal value = getBigDecimal(rs, column);
        return value == null ? null : value.toBigIntegerExact();
    }

    /**
     * Binds a time of day.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setLocalTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        ps.setObject(index, value);
    }

    /**
     * Reads a time of day.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable LocalTime getLocalTime(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }

    /**
     * Binds a date-time with an offset. This base keeps the offset (SQL Server's {@code DATETIMEOFFSET}, Oracle's
     * {@code TIMESTAMP WITH TIME ZONE}).
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException from the driver
     */
    public void setOffsetDateTime(PreparedStatement ps, int index, OffsetDateTime value) throws SQLException {
        ps.setObject(index, value);
    }

    /**
     * Reads a date-time with an offset.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the value, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable OffsetDateTime getOffsetDateTime(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    /**
     * Binds a JSON document.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param json the document's text
     * @throws SQLException from the driver
     */
    public void setJson(PreparedStatement ps, int index, String json) throws SQLException {
        ps.setString(index, json);
    }

    /**
     * Reads a JSON document's text.
     *
     * @param rs the result, on a row
     * @param column the 1-based column index
     * @return the text, or {@code null}
     * @throws SQLException from the driver
     */
    public @Nullable String getJson(ResultSet rs, int column) throws SQLException {
        return rs.getString(column);
    }
}
