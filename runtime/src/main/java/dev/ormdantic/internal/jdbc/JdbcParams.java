package dev.ormdantic.internal.jdbc;

import com.fasterxml.jackson.core.JacksonException;
import dev.ormdantic.dialect.QuerySyntax;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.ValueList;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.observe.ParameterNames;
import dev.ormdantic.support.JsonType;
import dev.ormdantic.support.Params;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
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
 * Binds the parameters of one statement in order, through the dialect's {@link ValueCodec}: the generated binders
 * call the typed setters, dynamic filters go through {@link #setParam}. A driver's {@link SQLException} leaves as a
 * {@link SqlFailure}.
 */
public final class JdbcParams implements Params {

    private final PreparedStatement ps;
    private final ValueCodec codec;
    private final Call call;
    private int index;
    /** Whether the statement writes its values, so that they must be stored exactly, not only be representable. */
    private final boolean writes;
    /**
     * Filter values are compared, not stored: they only have to be representable, and a refusal is a filter error.
     */
    private boolean comparing;

    /**
     * The column each parameter writes, by position from 0, repeated for each row of a multi-row statement; empty
     * when unknown. Named only in a refusal's message, so kept as given (no copy per statement).
     */
    private final List<ColumnSpec> columns;

    /**
     * Binds parameters of one statement whose columns are not known (a dynamic query).
     *
     * @param ps the statement
     * @param codec the dialect's value codec
     * @param call the call, for error messages
     */
    public JdbcParams(PreparedStatement ps, ValueCodec codec, Call call) {
        this(ps, codec, call, List.of());
    }

    /**
     * Parameters of a fixed write, whose columns are known, so that a value refused before binding names its column.
     *
     * @param ps the statement
     * @param codec the dialect's value codec
     * @param call the call, for error messages
     * @param columns the columns of one row's parameters, in binding order; a multi-row statement repeats them
     */
    public JdbcParams(PreparedStatement ps, ValueCodec codec, Call call, List<ColumnSpec> columns) {
        this.ps = ps;
        this.codec = codec;
        this.call = call;
        this.writes = call.operation().storesValues();
        this.columns = columns;
        if (!columns.isEmpty() && ps instanceof ParameterNames watched) {
            watched.columns(columns); // a watched statement (a listener, the SQL log): its events name the columns
        }
    }

    /** The number of parameters bound so far. */
    int count() {
        return index;
    }

    /** A setter of the codec, which may throw the driver's exception. */
    @FunctionalInterface
    private interface Binder<V> {
        void bind(PreparedStatement ps, int index, V value) throws SQLException;
    }

    /**
     * A binder that first refuses a value the database cannot hold: in a write, one it would store changed
     * ({@code ORM2105}); in a filter, one it cannot compare ({@code ORM2503}); as a key to look up, {@code ORM2103}.
     */
    private <V> Binder<V> checked(Binder<V> binder) {
        return (ps, at, value) -> {
            refuse(value, at);
            binder.bind(ps, at, value);
        };
    }

    /** A JSON document's text, checked as text and for what the database refuses in JSON (a NUL escape). */
    private Binder<String> checkedJson(Binder<String> binder) {
        return (ps, at, json) -> {
            refuse(codec.limits().json(json), at);
            binder.bind(ps, at, json);
        };
    }

    private void refuse(Object value, int at) throws SQLException {
        refuse(codec.limits().refusal(value, writes && !comparing), at);
    }

    private void refuse(StorageLimits.@Nullable Refusal refusal, int at) throws SQLException {
        boolean stored = writes && !comparing;
        if (refusal == null) {
            return;
        }
        if (stored) {
            throw columns.isEmpty()
                    ? refusal.exception()
                    : refusal.exception(
                            "column \"" + columns.get((at - 1) % columns.size()).name() + "\": ");
        }
        if (comparing) {
            throw FilterValues.refused(call, null, refusal);
        }
        throw new InvalidArgumentException(
                ErrorCode.INVALID_ARGUMENT,
                call.context(),
                call.failed() + ": a key or argument cannot be held by the database: " + refusal.problem(),
                refusal.fix(),
                null);
    }

    private <V> void bind(@Nullable V value, Kind kind, Binder<V> binder) {
        int at = ++index;
        try {
            if (value == null) {
                codec.setNull(ps, at, kind);
            } else {
                binder.bind(ps, at, value);
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * Binds a parameter of a dynamic filter, by its column's kind.
     *
     * @param param the parameter
     */
    public void setParam(Expr.Param param) {
        comparing = true;
        try {
            setParamValue(param);
        } finally {
            comparing = false;
        }
    }

    private void setParamValue(Expr.Param param) {
        Object value = param.value();
        Kind kind = param.type().kind();
        if (value instanceof ValueList list) {
            int at = ++index;
            try {
                for (Object item : list.values()) {
                    refuse(item, at);
                    refuseRounded(item, list.maxScale());
                }
                codec.setArray(ps, at, kind, list.values());
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
            return;
        }
        if (param.nativeEnum()) {
            setNativeEnum(value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString());
            return;
        }
        switch (kind) {
            case STRING -> setString(value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString());
            case BOOLEAN -> setNullableBoolean(as(value, Boolean.class, kind));
            case BYTE -> setNullableByte(value == null ? null : (byte) integral(value, Byte.MIN_VALUE, Byte.MAX_VALUE));
            case SHORT ->
                setNullableShort(value == null ? null : (short) integral(value, Short.MIN_VALUE, Short.MAX_VALUE));
            case INT ->
                setNullableInt(value == null ? null : (int) integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case LONG -> setNullableLong(value == null ? null : integral(value, Long.MIN_VALUE, Long.MAX_VALUE));
            case FLOAT -> setNullableFloat(value == null ? null : toFloat(cast(value, Number.class, kind)));
            case DOUBLE ->
                setNullableDouble(
                        value == null ? null : cast(value, Number.class, kind).doubleValue());
            case DECIMAL -> setBigDecimal(value == null ? null : decimal(value));
            case UUID -> setUuid(as(value, UUID.class, kind));
            case DATE -> setLocalDate(as(value, LocalDate.class, kind));
            case DATETIME -> setLocalDateTime(as(value, LocalDateTime.class, kind));
            case INSTANT -> setInstant(as(value, Instant.class, kind));
            case BYTES -> setBytes(as(value, byte[].class, kind));
            case BIG_INTEGER -> setBigInteger(value == null ? null : bigInteger(value));
            case TIME -> setLocalTime(as(value, LocalTime.class, kind));
            case OFFSET_DATETIME -> setOffsetDateTime(as(value, OffsetDateTime.class, kind));
            case JSON -> {
                if (value != null) {
                    throw wrongType(value, "null (JSON documents are not compared)", kind);
                }
                bind(null, kind, (ps, at, v) -> {});
            }
        }
    }

    /**
     * Binds a value of raw SQL by its Java type, through the same setters as the generated binders, so that a value
     * binds as it does in a table's operations: text, booleans, the integer and floating types, {@link BigDecimal},
     * {@link BigInteger}, {@link UUID}, the {@code java.time} types of {@link ValueCodec}, {@code byte[]}, enums (by
     * name) and {@code null} (untyped, see {@link ValueCodec#setUntypedNull}).
     *
     * @param value the value
     * @throws InvalidArgumentException ({@code ORM2108}) for a value of another type; the message names its class,
     *     never the value
     */
    public void setValue(@Nullable Object value) {
        switch (value) {
            case null -> {
                int at = ++index;
                try {
                    codec.setUntypedNull(ps, at);
                } catch (SQLException e) {
                    throw new SqlFailure(e);
                }
            }
            case String text -> setString(text);
            case Character character -> setString(character.toString());
            case Boolean bool -> setNullableBoolean(bool);
            case Byte number -> setNullableByte(number);
            case Short number -> setNullableShort(number);
            case Integer number -> setNullableInt(number);
            case Long number -> setNullableLong(number);
            case Float number -> setNullableFloat(number);
            case Double number -> setNullableDouble(number);
            case BigDecimal number -> setBigDecimal(number);
            case BigInteger number -> setBigInteger(number);
            case UUID uuid -> setUuid(uuid);
            case LocalDate date -> setLocalDate(date);
            case LocalDateTime time -> setLocalDateTime(time);
            case LocalTime time -> setLocalTime(time);
            case OffsetDateTime time -> setOffsetDateTime(time);
            case Instant instant -> setInstant(instant);
            case byte[] bytes -> setBytes(bytes);
            case Enum<?> constant -> setEnum(constant);
            default -> throw unbindable(value, index + 1, call);
        }
    }

    /**
     * Whether {@link #setValue} binds a value.
     *
     * @param value the value
     * @return {@code true} for a value of a bindable type, and for {@code null}
     */
    public static boolean bindable(@Nullable Object value) {
        return value == null
                || value instanceof String
                || value instanceof Character
                || value instanceof Boolean
                || value instanceof Byte
                || value instanceof Short
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Float
                || value instanceof Double
                || value instanceof BigDecimal
                || value instanceof BigInteger
                || value instanceof UUID
                || value instanceof LocalDate
                || value instanceof LocalDateTime
                || value instanceof LocalTime
                || value instanceof OffsetDateTime
                || value instanceof Instant
                || value instanceof byte[]
                || value instanceof Enum<?>;
    }

    /** The types {@link #setValue} binds, as its refusal lists them. */
    public static final String BINDABLE_TYPES = "String, Character, Boolean, Byte, Short, Integer, Long, Float,"
            + " Double, BigDecimal, BigInteger, UUID, LocalDate, LocalDateTime, LocalTime, OffsetDateTime, Instant,"
            + " byte[], an enum (bound by name) or null";

    /**
     * The refusal of a value {@link #setValue} does not bind ({@code ORM2108}), naming its position and class, never
     * the value.
     *
     * @param value the value
     * @param position where it was to be bound, such as {@code 3} or {@code 2 of row 7}
     * @param call the call, for the message
     * @return the exception
     */
    public static InvalidArgumentException unbindable(Object value, Object position, Call call) {
        String type = value.getClass().getName();
        String fix = value instanceof java.time.ZonedDateTime
                ? "bind an OffsetDateTime (toOffsetDateTime()) or an Instant (toInstant())"
                : value instanceof java.util.Date
                        ? "bind a java.time value instead: Instant, LocalDate, LocalDateTime or LocalTime"
                        : value instanceof java.util.Optional<?>
                                ? "bind the Optional's value, or null when it is empty"
                                : "bind one of " + BINDABLE_TYPES + "; a JSON document binds as its text (a String),"
                                        + " cast in SQL where the column needs it (CAST(? AS jsonb) on PostgreSQL),"
                                        + " and a list as one placeholder per element (IN (?, ?, ?))";
        return new InvalidArgumentException(
                ErrorCode.VALUE_NOT_BINDABLE,
                call.context(),
                call.failed() + ": value " + position + " is a " + type + ", which raw SQL cannot bind; nothing was"
                        + " sent",
                fix,
                null);
    }

    /**
     * Refuses a decimal of a long list that the statement would read with fewer fraction digits than it has (SQL
     * Server reads the list as {@code DECIMAL(38, s)}): rounded, it could equal a stored value it differs from.
     */
    private void refuseRounded(Object item, int maxScale) {
        if (maxScale < 0 || !(item instanceof BigDecimal decimal)) {
            return;
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() > maxScale) {
            throw FilterValues.refused(
                    call,
                    null,
                    new StorageLimits.Refusal(
                            "a decimal with " + stripped.scale() + " fraction digits in a list of more than "
                                    + QuerySyntax.InLists.ARRAY_THRESHOLD + " values, which is compared with "
                                    + maxScale + " fraction digits",
                            "round the values to " + maxScale
                                    + " fraction digits (a value with more equals no stored value), or split the list",
                            StorageLimits.NUMERIC_STATE));
        }
    }

    /** A number as a {@code float}, refused when it is finite but beyond a float's range (it would become infinite). */
    private float toFloat(Number number) {
        StorageLimits.Refusal refusal = StorageLimits.floatRange(number);
        if (refusal != null) {
            throw FilterValues.refused(call, null, refusal);
        }
        return number.floatValue();
    }

    private <V> @Nullable V as(@Nullable Object value, Class<V> type, Kind kind) {
        return value == null ? null : cast(value, type, kind);
    }

    private <V> V cast(Object value, Class<V> type, Kind kind) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        throw wrongType(value, type.getName(), kind);
    }

    private long integral(Object value, long min, long max) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long number = ((Number) value).longValue();
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw wrongType(value, "an integer in [" + min + ", " + max + "]", Kind.LONG);
    }

    private BigDecimal decimal(Object value) {
        return switch (value) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            default -> throw wrongType(value, BigDecimal.class.getName(), Kind.DECIMAL);
        };
    }

    private BigInteger bigInteger(Object value) {
        return switch (value) {
            case BigInteger i -> i;
            case Long l -> BigInteger.valueOf(l);
            case Integer i -> BigInteger.valueOf(i);
            case Short s -> BigInteger.valueOf(s);
            case Byte b -> BigInteger.valueOf(b);
            default -> throw wrongType(value, BigInteger.class.getName(), Kind.BIG_INTEGER);
        };
    }

    private InvalidArgumentException wrongType(Object value, String expected, Kind kind) {
        return new InvalidArgumentException(
                ErrorCode.INVALID_ARGUMENT,
                call.context(),
                call.failed() + ": a filter value for a " + kind + " column must be " + expected + ", not a "
                        + value.getClass().getName(),
                "compare the column with a value of its own type",
                null);
    }

    @Override
    public void setString(@Nullable String value) {
        bind(value, Kind.STRING, checked(codec::setString));
    }

    @Override
    public void setBoolean(boolean value) {
        setNullableBoolean(value);
    }

    @Override
    public void setNullableBoolean(@Nullable Boolean value) {
        bind(value, Kind.BOOLEAN, codec::setBoolean);
    }

    @Override
    public void setShort(short value) {
        setNullableShort(value);
    }

    @Override
    public void setNullableShort(@Nullable Short value) {
        bind(value, Kind.SHORT, codec::setShort);
    }

    @Override
    public void setInt(int value) {
        setNullableInt(value);
    }

    @Override
    public void setNullableInt(@Nullable Integer value) {
        bind(value, Kind.INT, codec::setInt);
    }

    @Override
    public void setLong(long value) {
        setNullableLong(value);
    }

    @Override
    public void setNullableLong(@Nullable Long value) {
        bind(value, Kind.LONG, codec::setLong);
    }

    @Override
    public void setFloat(float value) {
        setNullableFloat(value);
    }

    @Override
    public void setNullableFloat(@Nullable Float value) {
        bind(value, Kind.FLOAT, checked(codec::setFloat));
    }

    @Override
    public void setDouble(double value) {
        setNullableDouble(value);
    }

    @Override
    public void setNullableDouble(@Nullable Double value) {
        bind(value, Kind.DOUBLE, checked(codec::setDouble));
    }

    @Override
    public void setBigDecimal(@Nullable BigDecimal value) {
        bind(value, Kind.DECIMAL, checked(codec::setBigDecimal));
    }

    @Override
    public void setUuid(@Nullable UUID value) {
        bind(value, Kind.UUID, codec::setUuid);
    }

    @Override
    public void setLocalDate(@Nullable LocalDate value) {
        bind(value, Kind.DATE, checked(codec::setLocalDate));
    }

    @Override
    public void setLocalDateTime(@Nullable LocalDateTime value) {
        bind(value, Kind.DATETIME, checked(codec::setLocalDateTime));
    }

    @Override
    public void setInstant(@Nullable Instant value) {
        bind(value, Kind.INSTANT, checked(codec::setInstant));
    }

    @Override
    public void setBytes(byte @Nullable [] value) {
        bind(value, Kind.BYTES, codec::setBytes);
    }

    @Override
    public void setByte(byte value) {
        setNullableByte(value);
    }

    @Override
    public void setNullableByte(@Nullable Byte value) {
        bind(value, Kind.BYTE, codec::setByte);
    }

    @Override
    public void setBigInteger(@Nullable BigInteger value) {
        bind(value, Kind.BIG_INTEGER, checked(codec::setBigInteger));
    }

    @Override
    public void setLocalTime(@Nullable LocalTime value) {
        bind(value, Kind.TIME, checked(codec::setLocalTime));
    }

    @Override
    public void setOffsetDateTime(@Nullable OffsetDateTime value) {
        bind(value, Kind.OFFSET_DATETIME, checked(codec::setOffsetDateTime));
    }

    @Override
    public <V> void setJson(@Nullable V value, JsonType<V> type) {
        String json;
        try {
            json = value == null ? null : JsonValues.write(value, type);
        } catch (JacksonException e) {
            throw new InvalidArgumentException(
                    ErrorCode.JSON_NOT_WRITABLE,
                    call.context(),
                    call.failed() + ": the value of column '" + type.column() + "' cannot be written as JSON ("
                            + e.getOriginalMessage() + ")",
                    JsonValues.fix(
                            e,
                            "make the component's type one Jackson writes and reads back: records, maps with string"
                                    + " keys, lists, sets, strings, numbers, booleans, enums and UUIDs"),
                    e);
        }
        bind(json, Kind.JSON, checkedJson(codec::setJson));
    }

    @Override
    public void setNativeEnum(@Nullable String value) {
        int at = ++index;
        try {
            codec.setNativeEnum(ps, at, value);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void setEnum(@Nullable Enum<?> value) {
        setString(value == null ? null : value.name());
    }
}
