package dev.ormdantic.internal.jdbc;

import dev.ormdantic.dialect.schema.ColumnType;
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
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and MariaDB. Date-times are bound as text in the server's literal form with every fraction digit: MySQL
 * Connector/J drops fractional seconds from {@code LocalDateTime} parameters when it believes the server older than
 * MySQL 5.6.4, which it does of every MariaDB server (they announce themselves as {@code 5.5.5-...}). Instants are
 * stored in a {@code DATETIME(6)} as their UTC date and time ({@code TIMESTAMP} ends in 2038), and read back as such,
 * whatever the JVM's and the server's time zones; so is the instant of an {@code OffsetDateTime}, which reads back at
 * offset UTC. Times of day travel as text, for the same reason as date-times.
 */
public final class MySqlValueCodec extends ValueCodec {

    /**
     * Creates the codec.
     *
     * @param database MySQL or MariaDB, for messages: both keep microseconds, no NaN or infinity, and at most 30
     *     fraction digits and 65 digits in all in a decimal; dates and date-times from 0001-01-01 to 9999-12-31 (year 0
     *     would read as MySQL's "zero date")
     */
    public MySqlValueCodec(String database) {
        super(new StorageLimits(database, 6, false, false, 30, 65)
                .dates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(9999, 12, 31))
                .decimals(65, 65));
    }

    private static final DateTimeFormatter LITERAL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS", Locale.ROOT);

    private static final DateTimeFormatter TIME_LITERAL =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS", Locale.ROOT);

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
    public void setLocalTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        ps.setString(index, TIME_LITERAL.format(value));
    }

    @Override
    public @Nullable LocalTime getLocalTime(ResultSet rs, int column) throws SQLException {
        // As text: the drivers' LocalTime conversion drops the fraction of a second on some server versions.
        String text = rs.getString(column);
        return text == null ? null : LocalTime.parse(text);
    }

    @Override
    public void setOffsetDateTime(PreparedStatement ps, int index, OffsetDateTime value) throws SQLException {
        setInstant(ps, index, value.toInstant());
    }

    @Override
    public @Nullable OffsetDateTime getOffsetDateTime(ResultSet rs, int column) throws SQLException {
        Instant instant = getInstant(rs, column);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    protected int sqlType(ColumnType.Kind kind) {
        return switch (kind) {
            case INSTANT, OFFSET_DATETIME -> Types.TIMESTAMP;
            case TIME -> Types.VARCHAR;
            default -> super.sqlType(kind);
        };
    }
}
