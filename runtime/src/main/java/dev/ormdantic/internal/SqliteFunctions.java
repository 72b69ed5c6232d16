package dev.ormdantic.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sqlite.Function;

/**
 * The SQL functions Ormdantic's SQLite tables use in their {@code CHECK} constraints, registered on every pooled
 * connection: {@code regexp(pattern, text)}, which SQLite's {@code REGEXP} operator calls, and
 * {@code ormdantic_decimal_cmp(a, b)}, which compares decimals stored as text numerically. A plain SQLite client has
 * neither, so it cannot write to a table whose checks use them.
 */
public final class SqliteFunctions {

    /** Patterns compiled once per text; a table has few. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private SqliteFunctions() {}

    /**
     * Registers every function on a connection; pooled connections get them already, a plain one (a test's, a
     * migration tool's) needs this call before it writes to a table with checks.
     *
     * @param connection a SQLite connection
     * @throws SQLException when the driver refuses
     */
    public static void register(Connection connection) throws SQLException {
        registerRegexp(connection);
        registerDecimalCompare(connection);
    }

    /**
     * {@code regexp(pattern, text)}: 1 when {@code java.util.regex} finds the pattern in the text, {@code NULL} when
     * either is {@code NULL}. Deterministic, so SQLite allows it in a {@code CHECK}.
     */
    static void registerRegexp(Connection connection) throws SQLException {
        Function.create(
                connection,
                "regexp",
                new Function() {
                    @Override
                    protected void xFunc() throws SQLException {
                        String pattern = value_text(0);
                        String text = value_text(1);
                        if (pattern == null || text == null) {
                            result();
                            return;
                        }
                        result(
                                PATTERNS.computeIfAbsent(pattern, Pattern::compile)
                                                .matcher(text)
                                                .find()
                                        ? 1
                                        : 0);
                    }
                },
                2,
                Function.FLAG_DETERMINISTIC);
    }

    /**
     * {@code ormdantic_decimal_cmp(a, b)}: -1, 0 or 1 as the decimal text {@code a} is less than, equal to or greater
     * than {@code b}, {@code NULL} when either is {@code NULL}. The TYPES work defines the same function for
     * decimal filters; the two must stay one.
     */
    static void registerDecimalCompare(Connection connection) throws SQLException {
        Function.create(
                connection,
                "ormdantic_decimal_cmp",
                new Function() {
                    @Override
                    protected void xFunc() throws SQLException {
                        String left = value_text(0);
                        String right = value_text(1);
                        if (left == null || right == null) {
                            result();
                            return;
                        }
                        result(Integer.signum(new BigDecimal(left.trim()).compareTo(new BigDecimal(right.trim()))));
                    }
                },
                2,
                Function.FLAG_DETERMINISTIC);
    }
}
