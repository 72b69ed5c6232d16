package dev.ormdantic.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and MariaDB have no time-zone-aware timestamp that covers the years after 2038 ({@code TIMESTAMP} stops
 * there), so an instant is stored in a {@code DATETIME(6)} as its UTC date and time, and read back as such, whatever
 * the JVM's and the server's time zones.
 */
final class MySqlValueCodec extends ValueCodec {

    @Override
    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public @Nullable Instant getInstant(ResultSet rs, int column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    @Override
    protected int sqlType(dev.ormdantic.dialect.schema.ColumnType.Kind kind) {
        return kind == dev.ormdantic.dialect.schema.ColumnType.Kind.INSTANT
                ? java.sql.Types.TIMESTAMP
                : super.sqlType(kind);
    }
}
