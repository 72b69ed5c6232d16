package dev.ormdantic.internal.connect;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.Operation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The session settings of MySQL and MariaDB under which a write could be stored changed, checked once on the first
 * connection that {@code open()} gets: a character set other than {@code utf8mb4} between the driver and the server
 * (an emoji would become {@code '?'}), and a {@code sql_mode} without strict mode (a too-long string would be cut and an
 * out-of-range number clamped, each with only a warning). Either refuses the open with a coded error that says how to
 * fix it, before anything is written. The session is only read, never changed: a character set or mode forced by the
 * URL or the server is the application's choice, and the message says where to change it.
 */
public final class SessionCheck {

    /** The session variables that must be {@code utf8mb4}. */
    private static final List<String> CHARSET_VARIABLES =
            List.of("character_set_client", "character_set_connection", "character_set_results");

    private static final String UTF8MB4 = "utf8mb4";

    /** The index of {@code character_set_results} in {@link #CHARSET_VARIABLES}. */
    private static final int RESULTS = 2;

    private SessionCheck() {}

    /**
     * Refuses a MySQL or MariaDB session that is not {@code utf8mb4} or not strict; does nothing for other dialects.
     *
     * @param connection a connection of the pool or {@code DataSource} being opened
     * @param dialect the dialect
     * @param where the database, as shown in messages (a redacted URL or a {@code DataSource}'s class)
     * @throws SQLException when the session's variables cannot be read
     * @throws ConfigurationException ({@link ErrorCode#CHARSET_NOT_UTF8MB4}, {@link ErrorCode#SQL_MODE_NOT_STRICT})
     *     when the session could store a value changed
     */
    public static void check(Connection connection, Dialect dialect, String where) throws SQLException {
        DialectId id = dialect.id();
        if (id != DialectId.MYSQL && id != DialectId.MARIADB) {
            return;
        }
        ErrorContext context = new ErrorContext(Operation.OPEN.method(), null, dialect.name());
        String[] charsets = new String[CHARSET_VARIABLES.size()];
        String sqlMode;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT @@character_set_client, @@character_set_connection,"
                        + " @@character_set_results, @@sql_mode")) {
            rs.next();
            for (int i = 0; i < charsets.length; i++) {
                charsets[i] = rs.getString(i + 1);
            }
            sqlMode = rs.getString(charsets.length + 1);
        }
        for (int i = 0; i < charsets.length; i++) {
            // NULL results (MySQL Connector/J's choice): rows come in each column's character set, which the driver
            // decodes by the column's metadata, so nothing is lost
            boolean unconverted = charsets[i] == null && i == RESULTS;
            if (!unconverted && !UTF8MB4.equalsIgnoreCase(charsets[i])) {
                throw new ConfigurationException(
                        ErrorCode.CHARSET_NOT_UTF8MB4,
                        context,
                        "cannot open Ormdantic on " + where + ": the session's " + CHARSET_VARIABLES.get(i) + " is "
                                + shown(charsets[i]) + ", not utf8mb4, so text outside that character set (an emoji,"
                                + " most scripts) would be stored as '?' or refused",
                        "remove what sets another character set: the URL's characterEncoding (MySQL Connector/J"
                                + " uses utf8mb4 by default, or with characterEncoding=UTF-8), a character_set_* or"
                                + " names setting in its sessionVariables, or the server's init_connect; the server's"
                                + " own default does not matter, the driver asks for utf8mb4",
                        null);
            }
        }
        if (!strict(sqlMode)) {
            throw new ConfigurationException(
                    ErrorCode.SQL_MODE_NOT_STRICT,
                    context,
                    "cannot open Ormdantic on " + where + ": the session's sql_mode is " + shown(sqlMode)
                            + ", without STRICT_TRANS_TABLES or STRICT_ALL_TABLES, so the server would cut a too-long"
                            + " string and clamp an out-of-range number with only a warning, storing the write changed",
                    "keep a strict sql_mode: remove sql_mode from the URL's sessionVariables and the server's"
                            + " configuration (strict is the default of MySQL 5.7+ and MariaDB 10.2.4+), or add"
                            + " STRICT_ALL_TABLES to it, e.g. sessionVariables=sql_mode='STRICT_ALL_TABLES'",
                    null);
        }
    }

    private static boolean strict(@Nullable String sqlMode) {
        return sqlMode != null
                && Arrays.stream(sqlMode.split(",", -1))
                        .map(mode -> mode.strip().toUpperCase(Locale.ROOT))
                        .anyMatch(mode -> mode.equals("STRICT_TRANS_TABLES") || mode.equals("STRICT_ALL_TABLES"));
    }

    private static String shown(@Nullable String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }
}
