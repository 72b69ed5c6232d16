package dev.ormdantic.internal;

import dev.ormdantic.dialect.schema.ColumnType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL has a native {@code UUID} type, which pgjdbc binds and reads as {@link UUID} through {@code setObject};
 * JSON documents and the labels of native enum columns are bound untyped so that the server takes them as the column's
 * type ({@code JSONB}, the enum type).
 */
public final class PostgresValueCodec extends ValueCodec {

    /** Creates the codec: PostgreSQL keeps microseconds, and stores NaN and the infinities. */
    public PostgresValueCodec() {
        super(new StorageLimits("PostgreSQL", 6, true, true, 0, 0));
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
    public void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        ps.setObject(index, value);
    }

    @Override
    public @Nullable UUID getUuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
