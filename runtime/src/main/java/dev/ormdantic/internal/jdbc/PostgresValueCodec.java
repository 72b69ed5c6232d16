package dev.ormdantic.internal.jdbc;

import dev.ormdantic.dialect.schema.ColumnType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL has a native {@code UUID} type, which pgjdbc binds and reads as {@link UUID} through {@code setObject};
 * JSON documents and the labels of native enum columns are bound untyped so that the server takes them as the column's
 * type ({@code JSONB}, the enum type).
 */
public final class PostgresValueCodec extends ValueCodec {

    /**
     * Creates the codec: PostgreSQL keeps microseconds, and stores NaN and the infinities. pgjdbc sends a date before
     * 4713 BC (ISO year -4712) as {@code -infinity}, and a {@code NUMERIC} holds 131,072 digits before the point and
     * 16,383 after (pgjdbc sends a larger one as 0); dates end in 5874897, date-times in 294276. Text and
     * {@code jsonb} refuse the NUL character (SQLSTATE 22021 and 22P05), so it is refused before the statement runs.
     */
    public PostgresValueCodec() {
        super(new StorageLimits("PostgreSQL", 6, true, true, 16_383, 131_072)
                .dates(LocalDate.of(-4712, 1, 1), LocalDate.of(5_874_897, 12, 31), LocalDate.of(294_276, 12, 31))
                .decimals(131_072, 0)
                .withoutNul());
    }

    @Override
    protected int sqlType(ColumnType.Kind kind) {
        // A NULL typed VARCHAR does not convert to UUID; OTHER lets the server infer the column's type.
        return kind == ColumnType.Kind.UUID || kind == ColumnType.Kind.JSON ? Types.OTHER : super.sqlType(kind);
    }

    @Override
    public void setJson(PreparedStatement ps, int index, String json) throws SQLException {
        // pgjdbc sends a string as VARCHAR, which the server does not convert to JSONB; OTHER lets it infer the type.
        ps.setObject(index, json, Types.OTHER);
    }

    @Override
    public void setNativeEnum(PreparedStatement ps, int index, @Nullable String label) throws SQLException {
        // As for JSON: a VARCHAR does not convert to the enum type, in a write or a comparison; OTHER (untyped) lets
        // the server take the column's type, and refuse a label the type lacks.
        ps.setObject(index, label, Types.OTHER);
    }

    @Override
    public @Nullable OffsetDateTime getOffsetDateTime(ResultSet rs, int column) throws SQLException {
        // TIMESTAMPTZ keeps the instant only: pgjdbc gives it at offset UTC whatever the session's time zone.
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Override
    public void setArray(PreparedStatement ps, int index, ColumnType.Kind kind, List<Object> values)
            throws SQLException {
        // As text, which the statement casts to the element type (CAST(? AS bigint[])): every kind has a text form
        // the server parses, where pgjdbc's typed arrays cover only some.
        String[] texts = new String[values.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = text(values.get(i));
        }
        ps.setArray(index, ps.getConnection().createArrayOf("text", texts));
    }

    private static String text(Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal.toPlainString();
            case byte[] bytes -> "\\x" + HexFormat.of().formatHex(bytes);
            case LocalDate date -> dateText(date);
            case LocalDateTime time -> dateText(time.toLocalDate()) + " " + time.toLocalTime();
            case Instant instant -> text(instant.atOffset(ZoneOffset.UTC));
            case OffsetDateTime time -> dateText(time.toLocalDate()) + " " + time.toLocalTime() + time.getOffset();
            default -> value.toString();
        };
    }

    /** A date as PostgreSQL reads it: {@code 2024-05-31}, {@code 10000-01-01}, {@code 4713-01-01 BC}. */
    private static String dateText(LocalDate date) {
        // The year is formatted by hand: ISO text writes +10000 and -4712, which PostgreSQL does not read.
        int year = date.getYear();
        String monthDay =
                String.format(java.util.Locale.ROOT, "-%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
        return year > 0
                ? String.format(java.util.Locale.ROOT, "%04d", year) + monthDay
                : String.format(java.util.Locale.ROOT, "%04d", 1 - year) + monthDay + " BC";
    }

    @Override
    public void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        ps.setObject(index, value);
    }

    @Override
    public @Nullable UUID getUuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
