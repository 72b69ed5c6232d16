package dev.ormdantic.internal;

import dev.ormdantic.dialect.schema.ColumnType;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Oracle has no time-of-day type: a {@link LocalTime} is stored as fixed-width text {@code HH:MM:SS.ffffff} (a
 * {@code VARCHAR2(15)}), whose text order is time order. JSON documents go to a {@code CLOB} as a character stream,
 * which has no 32 KiB limit.
 */
final class OracleValueCodec extends ValueCodec {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS", Locale.ROOT);

    /** Creates the codec: Oracle keeps microseconds, NaN and the infinities, and 38 digits in a NUMBER. */
    OracleValueCodec() {
        super(new StorageLimits("Oracle", 6, true, true, 0, 38));
    }

    @Override
    public void setLocalTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        ps.setString(index, TIME.format(value));
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

    @Override
    protected int sqlType(ColumnType.Kind kind) {
        return switch (kind) {
            case TIME -> Types.VARCHAR;
            case JSON -> Types.CLOB;
            default -> super.sqlType(kind);
        };
    }
}
