package dev.ormdantic.internal.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * SQLite has no decimal, date or time storage class, so these travel as text in fixed formats that read back exactly
 * and sort in value order: decimals as plain digits ({@link BigDecimal#toPlainString()}, never a rounded double),
 * dates as ISO {@code 2024-05-01}, date-times and times of day with nine fraction digits, instants (and the instant
 * of an {@code OffsetDateTime}, which reads back at offset UTC) in UTC with nine fraction digits and a {@code Z}; big
 * integers as their digits. Booleans are bound as 0 and 1 by the driver, bytes as BLOBs.
 */
public final class SqliteValueCodec extends ValueCodec {

    /** Fixed width, so that text order is time order. */
    static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    /** Fixed width and always UTC, so that text order is time order. */
    static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** Fixed width, so that text order is time order. */
    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");

    /** Creates the codec. */
    public SqliteValueCodec() {
        // SQLite stores NaN as NULL, so it is refused; date-times are text with nine fraction digits and a four-digit
        // year, so that text order stays time order (a fifth digit or a minus sign would break it)
        super(new StorageLimits("SQLite", 9, false, true, 0, 0)
                .dates(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(9999, 12, 31)));
    }

    @Override
    public void setBigDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        ps.setString(index, value.toPlainString());
    }

    @Override
    public void setLocalDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        ps.setString(index, value.toString());
    }

    @Override
    public void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        ps.setString(index, LOCAL_DATE_TIME.format(value));
    }

    @Override
    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setString(index, INSTANT.format(value));
    }

    @Override
    public void setBigInteger(PreparedStatement ps, int index, BigInteger value) throws SQLException {
        ps.setString(index, value.toString());
    }

    @Override
    public @Nullable BigInteger getBigInteger(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text).toBigIntegerExact();
    }

    @Override
    public void setLocalTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        ps.setString(index, LOCAL_TIME.format(value));
    }

    @Override
    public @Nullable LocalTime getLocalTime(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalTime.parse(text);
    }

    @Override
    public void setOffsetDateTime(PreparedStatement ps, int index, OffsetDateTime value) throws SQLException {
        ps.setString(index, INSTANT.format(value.toInstant()));
    }

    @Override
    public @Nullable OffsetDateTime getOffsetDateTime(ResultSet rs, int column) throws SQLException {
        Instant instant = getInstant(rs, column);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public @Nullable BigDecimal getBigDecimal(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text);
    }

    @Override
    public @Nullable LocalDate getLocalDate(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    @Override
    public @Nullable LocalDateTime getLocalDateTime(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDateTime.parse(isoSeparator(text));
    }

    @Override
    public @Nullable Instant getInstant(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        String iso = isoSeparator(text);
        // SQLite's CURRENT_TIMESTAMP (a column default) is UTC without a zone: 2024-05-01 12:00:00.
        return Instant.parse(iso.length() == "2024-05-01T12:00:00".length() ? iso + "Z" : iso);
    }

    /** Accepts SQLite's own {@code datetime()} spelling, with a space between date and time. */
    private static String isoSeparator(String text) {
        return text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    }
}
