package dev.ormdantic.internal.connect;

import dev.ormdantic.dialect.QuerySyntax;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.sqlite.Collation;
import org.sqlite.Function;

/**
 * What Ormdantic's SQLite tables need on every connection, registered on every pooled one: the
 * {@code ormdantic_decimal} collation, which compares decimals stored as text by value (filters, ordering and
 * {@code CHECK} bounds use it), {@code regexp(pattern, text)}, which SQLite's {@code REGEXP} operator calls, and
 * Unicode-aware {@code lower(text)} and {@code upper(text)} in place of SQLite's own, which change only ASCII letters
 * (so that {@code ilike}, {@code icontains} and {@code eqIgnoreCase} match {@code 'CRÈME'} with {@code 'crème'} as
 * PostgreSQL and MariaDB do). A plain SQLite client has none of them, so it cannot write to a table whose checks use
 * them, and its {@code lower} folds ASCII only.
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
        Collation.create(connection, QuerySyntax.SQLITE_DECIMAL_COLLATION, new SqliteDataSource.DecimalCollation());
        registerRegexp(connection);
        registerCaseMapping(connection, "lower", text -> text.toLowerCase(Locale.ROOT));
        registerCaseMapping(connection, "upper", text -> text.toUpperCase(Locale.ROOT));
    }

    /**
     * Replaces SQLite's one-argument {@code lower} or {@code upper}, which map ASCII letters only, with Java's
     * Unicode case mapping in the root locale (the same on every machine). {@code NULL} stays {@code NULL}; a number
     * becomes its text, as with SQLite's own function. Deterministic, so SQLite allows it in an index or a check.
     */
    static void registerCaseMapping(Connection connection, String name, UnaryOperator<String> mapping)
            throws SQLException {
        Function.create(
                connection,
                name,
                new Function() {
                    @Override
                    protected void xFunc() throws SQLException {
                        String text = value_text(0);
                        if (text == null) {
                            result();
                            return;
                        }
                        result(mapping.apply(text));
                    }
                },
                1,
                Function.FLAG_DETERMINISTIC);
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
}
