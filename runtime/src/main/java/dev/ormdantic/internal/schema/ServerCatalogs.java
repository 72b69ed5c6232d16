package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.DialectId;
import java.sql.SQLFeatureNotSupportedException;

/** SQL Server and Oracle: their catalog views. */
final class ServerCatalogs {

    private ServerCatalogs() {}

    static SQLFeatureNotSupportedException unsupported(DialectId dialect) {
        return new SQLFeatureNotSupportedException("reflection of " + dialect + " is not built yet");
    }
}
