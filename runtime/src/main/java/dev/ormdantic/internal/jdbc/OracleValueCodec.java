package dev.ormdantic.internal.jdbc;

import dev.ormdantic.dialect.schema.ColumnType;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Oracle has no time-of-day type: a {@link LocalTime} is stored as fixed-width text {@code HH:MM:SS.ffffff} (a
 * {@code VARCHAR2(15)}), whose text order is time order. JSON documents go to a {@code CLOB} as a character stream,
 * which has no 32 KiB limit.
 */
public final class OracleValueCodec extends ValueCodec {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS", Locale.ROOT);

    /**
     * Creates the codec: Oracle keeps microseconds, NaN and the infinities, 38 significant digits in a NUMBER (it
     * rounds the rest) up to 10^126, and dates from 4712 BC (ISO year -4711; Oracle has no year 0) to 9999.
     */
    public OracleValueCodec() {
        super(new StorageLimits("Oracle", 6, true, true, 0, 38)
                .dates(LocalDate.of(-4711, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(9999, 12, 31))
                .decimals(126, 38));
    }

    @Override
    public void setLocalTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        ps.setString(index, TIME.format(value));
    }

    /** A time in a long {@code IN} list as the column stores it, since the column is text. */
    @Override
    protected String listText(Object value) {
        return value instanceof LocalTime time ? TIME.format(time) : super.listText(value);
    }

    @Override
    public @Nullable LocalTime getLocalTime(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalTime.parse(text);
    }

    @Override
    public void setJson(PreparedStatement ps, int index, String json) throws SQLException {
        ps.setCharacterStream(index, new StringReader(json), json.length());
    }

    /** Oracle's driver has no untyped {@code NULL}; a {@code VARCHAR} one converts to any column's type. */
    @Override
    public void setUntypedNull(PreparedStatement ps, int index) throws SQLException {
        ps.setNull(index, Types.VARCHAR);
    }

    @Override
    protected int sqlType(ColumnType.Kind kind) {
        return switch (kind) {
            case TIME -> Types.VARCHAR;
            case JSON -> Types.CLOB;
            default -> super.sqlType(kind);
        };
    }
}
