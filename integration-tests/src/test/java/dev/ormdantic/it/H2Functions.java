package dev.ormdantic.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/** SQL Server functions that H2's {@code MODE=MSSQLServer} lacks, registered on a connection as Java aliases. */
public final class H2Functions {

    private H2Functions() {}

    /**
     * Registers {@code DATALENGTH}.
     *
     * @param connection an H2 connection
     * @throws SQLException from H2
     */
    static void register(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE ALIAS DATALENGTH FOR 'dev.ormdantic.it.H2Functions.dataLength'");
        }
    }

    /**
     * SQL Server's {@code DATALENGTH} of an {@code NVARCHAR}: two bytes per UTF-16 unit, trailing spaces included.
     *
     * @param text the text, or {@code null}
     * @return its length in bytes, or {@code null} for {@code NULL} (as on SQL Server)
     */
    public static @Nullable Integer dataLength(@Nullable String text) {
        return text == null ? null : text.length() * 2;
    }
}
