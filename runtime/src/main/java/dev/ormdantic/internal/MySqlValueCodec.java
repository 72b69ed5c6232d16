package dev.ormdantic.internal;

import dev.ormdantic.dialect.schema.ColumnType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and MariaDB. Date-times are bound as text in the server's literal form with every fraction digit: MySQL
 * Connector/J drops fractional seconds from {@code LocalDateTime} parameters when it believes the server older than
 * MySQL 5.6.4, which it does of every MariaDB server (they announce themselves as {@code 5.5.5-...}). Instants are
 * stored in a {@code DATETIME(6)} as their UTC date and time ({@code TIMESTAMP} ends in 2038), and read back as such,
 * whatever the JVM's and the server's time zones.
 */
final class MySqlValueCodec extends ValueCodec {

    private static final DateTimeFormatter LITERAL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS", Locale.ROOT);

    @Override
    public void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        ps.setString(index, LITERAL.format(value));
    }

    @Override
    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setString(index, LITERAL.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC)));
    }

    @Override
    public @Nullable Instant getInstant(ResultSet rs, int column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    @Override
    protected int sqlType(ColumnType.Kind kind) {
        return kind == ColumnType.Kind.INSTANT ? Types.TIMESTAMP : super.sqlType(kind);
    }
}
