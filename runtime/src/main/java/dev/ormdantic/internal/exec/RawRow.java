package dev.ormdantic.internal.exec;

import dev.ormdantic.SqlRow;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.HydrationException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Redactor;
import dev.ormdantic.internal.jdbc.SqlFailure;
import dev.ormdantic.internal.jdbc.ValueCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The {@link SqlRow} of a raw SQL statement's result: one view per result set, moved along by the reader and valid
 * only while a mapper runs ({@link #enter()}/{@link #leave()}). Values are read through the dialect's
 * {@link ValueCodec}, as a table's columns are. The labels are read from the result's metadata on first use.
 */
final class RawRow implements SqlRow {

    private static final int NOT_FOUND = -1;
    private static final int AMBIGUOUS = -2;

    private final ResultSet rs;
    private final ValueCodec codec;
    private final Call call;
    private @Nullable List<String> labels;
    private @Nullable Map<String, Integer> byLabel;
    private boolean active;

    RawRow(ResultSet rs, ValueCodec codec, Call call) {
        this.rs = rs;
        this.codec = codec;
        this.call = call;
    }

    /** The mapper of the current row starts. */
    void enter() {
        active = true;
    }

    /** The mapper of the current row returned or threw. */
    void leave() {
        active = false;
    }

    private void requireActive() {
        if (!active) {
            throw new IllegalStateException(
                    "a SqlRow is valid only during the RowMapper call it was given to; keep its values, not the row");
        }
    }

    @Override
    public int columnCount() {
        return labels().size();
    }

    @Override
    public List<String> labels() {
        requireActive();
        List<String> known = labels;
        if (known == null) {
            try {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> read = new ArrayList<>(meta.getColumnCount());
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    read.add(meta.getColumnLabel(i));
                }
                known = List.copyOf(read);
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
            labels = known;
        }
        return known;
    }

    private int position(String label) {
        java.util.Objects.requireNonNull(label, "label");
        Map<String, Integer> index = byLabel;
        if (index == null) {
            index = new HashMap<>();
            List<String> all = labels();
            for (int i = 0; i < all.size(); i++) {
                index.merge(all.get(i).toLowerCase(Locale.ROOT), i + 1, (first, second) -> AMBIGUOUS);
            }
            byLabel = index;
        }
        int position = index.getOrDefault(label.toLowerCase(Locale.ROOT), NOT_FOUND);
        if (position == NOT_FOUND || position == AMBIGUOUS) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT,
                    call.context(),
                    call.failed() + ": the result has " + (position == NOT_FOUND ? "no column" : "two columns")
                            + " labelled '" + label + "'; its labels are " + labels(),
                    position == NOT_FOUND
                            ? "use one of the labels, or give the column an alias (AS name)"
                            : "give the columns distinct aliases (AS name), or read them by position",
                    null);
        }
        return position;
    }

    private void check(int column) {
        requireActive();
        int count = labels().size();
        if (column < 1 || column > count) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT,
                    call.context(),
                    call.failed() + ": the result has no column " + column + "; it has " + count + " (from 1)",
                    "read a position from 1 to " + count,
                    null);
        }
    }

    @Override
    public <V> @Nullable V get(int column, Class<V> type) {
        java.util.Objects.requireNonNull(type, "type");
        check(column);
        try {
            return type.cast(read(column, type));
        } catch (SQLException e) {
            throw new SqlFailure(e);
        } catch (OrmdanticException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(column, type, e);
        }
    }

    @Override
    public <V> @Nullable V get(String label, Class<V> type) {
        return get(position(label), type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an enum type's constant by name
    private @Nullable Object read(int column, Class<?> type) throws SQLException {
        if (type == String.class) {
            return codec.getString(rs, column);
        }
        if (type == Integer.class) {
            return codec.getInt(rs, column);
        }
        if (type == Long.class) {
            return codec.getLong(rs, column);
        }
        if (type == Boolean.class) {
            return codec.getBoolean(rs, column);
        }
        if (type == Double.class) {
            return codec.getDouble(rs, column);
        }
        if (type == Float.class) {
            return codec.getFloat(rs, column);
        }
        if (type == Short.class) {
            return codec.getShort(rs, column);
        }
        if (type == Byte.class) {
            return codec.getByte(rs, column);
        }
        if (type == BigDecimal.class) {
            return codec.getBigDecimal(rs, column);
        }
        if (type == BigInteger.class) {
            return codec.getBigInteger(rs, column);
        }
        if (type == UUID.class) {
            return codec.getUuid(rs, column);
        }
        if (type == LocalDate.class) {
            return codec.getLocalDate(rs, column);
        }
        if (type == LocalDateTime.class) {
            return codec.getLocalDateTime(rs, column);
        }
        if (type == LocalTime.class) {
            return codec.getLocalTime(rs, column);
        }
        if (type == OffsetDateTime.class) {
            return codec.getOffsetDateTime(rs, column);
        }
        if (type == Instant.class) {
            return codec.getInstant(rs, column);
        }
        if (type == byte[].class) {
            return codec.getBytes(rs, column);
        }
        if (type.isEnum()) {
            String name = codec.getString(rs, column);
            return name == null ? null : Enum.valueOf((Class) type, name);
        }
        if (type == Object.class) {
            return rs.getObject(column);
        }
        throw new InvalidArgumentException(
                ErrorCode.INVALID_ARGUMENT,
                call.context(),
                call.failed() + ": a column cannot be read as " + type.getName(),
                "read it as String, Boolean, Byte, Short, Integer, Long, Float, Double, BigDecimal, BigInteger, UUID,"
                        + " LocalDate, LocalDateTime, LocalTime, OffsetDateTime, Instant, byte[], an enum or Object",
                null);
    }

    private HydrationException unreadable(int column, Class<?> type, RuntimeException e) {
        // A parse failure quotes the value; a secret-looking column's value must not reach the message.
        String label = labels().get(column - 1);
        boolean secret = Redactor.isSecretName(label);
        return new HydrationException(
                ErrorCode.UNREADABLE_VALUE,
                call.context(),
                call.failed() + ": column " + column + " ('" + label + "') holds a value that cannot be read as "
                        + type.getSimpleName() + " ("
                        + (secret ? "value hidden: the column looks secret" : e.getMessage())
                        + ")",
                "read it as another type, or correct the stored value",
                secret ? null : e);
    }

    private <V> V required(int column, Class<V> type, String getter) {
        V value = get(column, type);
        if (value == null) {
            throw new HydrationException(
                    ErrorCode.NULL_IN_NOT_NULL_COLUMN,
                    call.context(),
                    call.failed() + ": column " + column + " ('" + labels().get(column - 1) + "') is NULL, which "
                            + getter + " cannot return",
                    "read it with get(column, " + type.getSimpleName() + ".class), which returns null for NULL",
                    null);
        }
        return value;
    }

    @Override
    public @Nullable Object getObject(int column) {
        return get(column, Object.class);
    }

    @Override
    public @Nullable Object getObject(String label) {
        return get(position(label), Object.class);
    }

    @Override
    public @Nullable String getString(int column) {
        return get(column, String.class);
    }

    @Override
    public @Nullable String getString(String label) {
        return get(position(label), String.class);
    }

    @Override
    public int getInt(int column) {
        return required(column, Integer.class, "getInt");
    }

    @Override
    public int getInt(String label) {
        return getInt(position(label));
    }

    @Override
    public long getLong(int column) {
        return required(column, Long.class, "getLong");
    }

    @Override
    public long getLong(String label) {
        return getLong(position(label));
    }

    @Override
    public double getDouble(int column) {
        return required(column, Double.class, "getDouble");
    }

    @Override
    public double getDouble(String label) {
        return getDouble(position(label));
    }

    @Override
    public boolean getBoolean(int column) {
        return required(column, Boolean.class, "getBoolean");
    }

    @Override
    public boolean getBoolean(String label) {
        return getBoolean(position(label));
    }

    @Override
    public @Nullable BigDecimal getBigDecimal(int column) {
        return get(column, BigDecimal.class);
    }

    @Override
    public @Nullable BigDecimal getBigDecimal(String label) {
        return get(position(label), BigDecimal.class);
    }

    @Override
    public String toString() {
        return "SqlRow" + (labels == null ? "" : labels);
    }
}
