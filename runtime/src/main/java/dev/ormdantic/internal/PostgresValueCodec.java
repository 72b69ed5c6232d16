package dev.ormdantic.internal;

import dev.ormdantic.dialect.schema.ColumnType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** PostgreSQL has a native {@code UUID} type, which pgjdbc binds and reads as {@link UUID} through {@code setObject}. */
public final class PostgresValueCodec extends ValueCodec {

    /** Creates the codec: PostgreSQL keeps microseconds, and stores NaN and the infinities. */
    public PostgresValueCodec() {
        super(new StorageLimits("PostgreSQL", 6, true, true, 0));
    }

    @Override
    protected int sqlType(ColumnType.Kind kind) {
        // A NULL typed VARCHAR does not convert to UUID; OTHER lets the server infer the column's type.
        return kind == ColumnType.Kind.UUID ? Types.OTHER : super.sqlType(kind);
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
