package dev.ormdantic.internal.error;

import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.support.SecretNames;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps secrets out of messages and logs: the password of the database URL wherever a driver repeats it, and values
 * of columns whose names look secret.
 *
 * <p>Three layers: {@link #url} masks every password form of a URL (userinfo, Oracle's {@code user/password@} with or
 * without {@code jdbc:oracle:thin:}, {@code password=}/{@code pwd=}/{@code sslpassword=} parameters in any case),
 * whatever characters the password holds; {@link #text} masks, in a
 * driver's message, the literal secrets of this database, every URL form above, and the values that servers quote
 * next to a secret-looking column or key ({@code Duplicate entry '...' for key '..._password_...'}, {@code Key
 * (password)=(...)}, {@code Failing row contains (...)}); {@link #cause} replaces a driver's exception chain by
 * {@link RedactedSqlException} copies whose messages went through {@link #text}, because a driver's own message cannot
 * be changed and a logged stack trace prints every cause.
 */
public final class Redactor {

    /** What a hidden value is replaced with. */
    public static final String MASK = SecretNames.MASK;

    /**
     * {@code user:password@} in a URL's authority. The password may hold {@code / # ? @} (unencoded, as users type
     * them), so it runs to the last {@code @} before white space: masking too much is safe, too little is not.
     */
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@?#\\s]*:)\\S*@");

    /**
     * Oracle's {@code jdbc:oracle:thin:user/password@...}, the password again up to the last {@code @}; a password in
     * double quotes may hold white space.
     */
    private static final Pattern ORACLE_USER_PASSWORD =
            Pattern.compile("(jdbc:oracle:[a-z]+:[^/@:\\s]*/)(?:\"[^\"]*\"|[^\\s\"])*@", Pattern.CASE_INSENSITIVE);

    /**
     * Oracle's connect string without the {@code jdbc:} prefix, as SQL*Plus and Oracle's messages write it:
     * {@code user/password@//host:1521/service}, {@code user/password@(DESCRIPTION=...)} or
     * {@code user/password@host:1521:sid}. Only where the {@code @} is followed by one of those, so that a path such
     * as {@code a/b@c} stays.
     */
    private static final Pattern ORACLE_CONNECT_STRING = Pattern.compile(
            "((?:^|(?<=[\\s'\"(=,]))[^/@:\\s'\"(=,]+/)(?:\"[^\"]*\"|[^\\s\"])*@(?=//|\\(|[\\w.-]+:\\d)");

    /**
     * {@code password=...} and friends in a URL's query or a JDBC property list, in any case, with white space around
     * the {@code =} (SQL Server's connection strings allow it), and SQL Server's braced {@code password={...}} and
     * quoted values included.
     */
    private static final Pattern URL_SECRET_PARAM = Pattern.compile(
            "((?:password|passwd|pwd|secret|token)[^=&;\\s()]*[ \\t]*=[ \\t]*)"
                    + "(?:\\{(?:[^}]|}})*}?|\"[^\"]*\"?|'[^']*'?|[^&;\\s]*)",
            Pattern.CASE_INSENSITIVE);

    /** MariaDB and MySQL: {@code Duplicate entry 'value' for key 'name'}. */
    private static final Pattern DUPLICATE_ENTRY =
            Pattern.compile("(Duplicate entry ')(.*)(' for key [`'\"]?([^`'\"]*))", Pattern.DOTALL);

    /** MariaDB and MySQL: {@code Incorrect ... value: 'value' for column `db`.`t`.`name`}. */
    private static final Pattern VALUE_FOR_COLUMN =
            Pattern.compile("(value: ')(.*?)(' for column ([`'\"][^\\s]*))", Pattern.DOTALL);

    /** PostgreSQL: {@code Key (columns)=(values)}. */
    private static final Pattern KEY_VALUES = Pattern.compile(
            "(Key \\((.*?)\\)=\\()(.*?)(\\) (?:already exists|is not" + " present|is still referenced|conflicts))",
            Pattern.DOTALL);

    /** PostgreSQL: {@code Failing row contains (values)} of a NOT NULL or CHECK violation. */
    private static final Pattern FAILING_ROW = Pattern.compile("(Failing row contains \\()(.*)(\\))");

    /** SQL Server: {@code ... constraint 'name' ... The duplicate key value is (values).} */
    private static final Pattern DUPLICATE_KEY_VALUE =
            Pattern.compile("(.*)(The duplicate key value is \\()(.*)(\\))", Pattern.DOTALL);

    /** Oracle 23: {@code row with column values (NAME:value, ...)}. */
    private static final Pattern COLUMN_VALUES = Pattern.compile("(column values \\()(.*)(\\))");

    /** A name in single quotes. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** A bound against cyclic cause chains. */
    private static final int MAX_CAUSES = 20;

    private static final int MAX_VALUE_LENGTH = 100;

    /**
     * MySQL's and MariaDB's {@code ... near '...' at line N} of a syntax error, which quotes the statement as the server
     * got it: with the values in it where the driver bound them in the client.
     */
    private static final Pattern NEAR_SQL = Pattern.compile("(near ')(.*)(' at line \\d+)", Pattern.DOTALL);

    private final List<String> secrets;
    private final Set<String> secretKeys;
    private final boolean secretRows;
    private final boolean quotedSql;

    /**
     * Creates a redactor that knows no table.
     *
     * @param secrets the literal secrets to hide wherever they appear, such as the URL's password
     */
    public Redactor(List<String> secrets) {
        this(secrets, Set.of(), false, false);
    }

    private Redactor(List<String> secrets, Set<String> secretKeys, boolean secretRows, boolean quotedSql) {
        this.secrets = secrets.stream().filter(s -> !s.isEmpty()).toList();
        this.secretKeys = Set.copyOf(secretKeys);
        this.secretRows = secretRows;
        this.quotedSql = quotedSql;
    }

    /**
     * This redactor, also hiding the values a raw SQL statement bound: each of the texts wherever it appears, and the
     * statement as MySQL and MariaDB quote it in a syntax error ({@code near '...'}), where a driver that binds in the
     * client has put the values.
     *
     * @param texts the values' texts
     * @return the redactor
     */
    public Redactor hidingValues(List<String> texts) {
        List<String> all = new java.util.ArrayList<>(secrets);
        all.addAll(texts);
        // The longest first, so that a value holding another is masked whole.
        all.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return new Redactor(all, secretKeys, secretRows, true);
    }

    /**
     * A redactor that also knows the keys of the managed tables whose values are secret: the primary keys, unique
     * constraints and unique indexes that hold a secret-looking column, whose names (such as {@code user_unique_0})
     * need not say so.
     *
     * @param secrets the literal secrets to hide
     * @param tables the managed tables
     * @return the redactor
     */
    public static Redactor forTables(List<String> secrets, List<TableSpec> tables) {
        Set<String> keys = new HashSet<>();
        boolean rows = false;
        for (TableSpec table : tables) {
            rows |= table.columns().stream().anyMatch(column -> isSecretName(column.name()));
            if (table.primaryKey().stream().anyMatch(Redactor::isSecretName)) {
                keys.add("primary");
                keys.add(lower(table.name() + "_pkey"));
            }
            for (UniqueSpec unique : table.uniques()) {
                if (unique.columns().stream().anyMatch(Redactor::isSecretName)) {
                    keys.add(lower(unique.name()));
                }
            }
            for (IndexSpec index : table.indexes()) {
                if (index.unique() && index.columns().stream().anyMatch(Redactor::isSecretName)) {
                    keys.add(lower(index.name()));
                }
            }
        }
        return new Redactor(secrets, keys, rows, false);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether a key named in a server's message guards a secret-looking column. */
    private boolean isSecretKey(String name) {
        String key = lower(name);
        int dot = key.lastIndexOf('.');
        return isSecretName(key)
                || secretKeys.contains(key)
                || (dot >= 0 && secretKeys.contains(key.substring(dot + 1)));
    }

    /**
     * A URL with its password and secret-looking parameters masked.
     *
     * @param url the URL
     * @return the URL, safe to show
     */
    public static String url(String url) {
        String masked = URL_USER_INFO.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
        masked =
                ORACLE_USER_PASSWORD.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
        masked = ORACLE_CONNECT_STRING
                .matcher(masked)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
        return URL_SECRET_PARAM.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }

    /**
     * Whether a column's values must not be shown: its name contains {@code password}, {@code secret},
     * {@code token}, {@code api_key} and the like.
     *
     * @param column the column name
     * @return {@code true} for a secret-looking name
     */
    public static boolean isSecretName(String column) {
        return SecretNames.isSecret(column);
    }

    /**
     * A value of a column as shown in a message: text quoted and shortened, secret columns masked.
     *
     * @param column the column name
     * @param value the value
     * @return the text to show
     */
    public String value(String column, @Nullable Object value) {
        if (isSecretName(column)) {
            return MASK;
        }
        if (value == null) {
            return "NULL";
        }
        String text = text(value.toString());
        if (value instanceof Number || value instanceof Boolean) {
            return text;
        }
        if (text.length() > MAX_VALUE_LENGTH) {
            text = text.substring(0, MAX_VALUE_LENGTH) + "...";
        }
        return "'" + text + "'";
    }

    /**
     * A text with every known secret masked, such as a driver's message.
     *
     * @param text the text
     * @return the text, safe to show
     */
    public String text(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        result = url(result);
        if (quotedSql) {
            result = mask(NEAR_SQL, result, 2, m -> true);
        }
        result = mask(DUPLICATE_ENTRY, result, 2, m -> isSecretKey(m.group(4)));
        result = mask(VALUE_FOR_COLUMN, result, 2, m -> isSecretKey(m.group(4)));
        result = mask(KEY_VALUES, result, 3, m -> isSecretKey(m.group(2)));
        result = mask(FAILING_ROW, result, 2, m -> secretRows);
        result = mask(DUPLICATE_KEY_VALUE, result, 3, m -> namesSecretKey(m.group(1)));
        return mask(COLUMN_VALUES, result, 2, m -> isSecretName(m.group(2)));
    }

    /** Whether a quoted name in a SQL Server message ({@code constraint 'UQ_x'}, {@code index 'ix'}) is secret. */
    private boolean namesSecretKey(String text) {
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            if (isSecretKey(quoted.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Replaces one group of each match by the mask when the test says so; the other groups stay. */
    private static String mask(Pattern pattern, String text, int group, java.util.function.Predicate<Matcher> secret) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            StringBuilder replaced = new StringBuilder();
            for (int i = 1; i <= matcher.groupCount(); i++) {
                String part = matcher.group(i);
                if (part == null || isNested(pattern, i)) {
                    continue;
                }
                replaced.append(i == group && secret.test(matcher) ? MASK : part);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replaced.toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Groups inside another group, which the outer group already reproduces. */
    private static boolean isNested(Pattern pattern, int group) {
        return ((pattern == DUPLICATE_ENTRY || pattern == VALUE_FOR_COLUMN) && group == 4)
                || (pattern == KEY_VALUES && group == 2);
    }

    /**
     * A driver's or pool's exception as it may be kept as a cause: a copy of the whole chain (causes, suppressed
     * exceptions, SQL next-exceptions) whose messages went through {@link #text}, keeping each original's class name
     * (in {@code toString()}, hence in a printed stack trace), SQLState, vendor code and stack trace.
     *
     * @param exception the original
     * @return the copy
     */
    public RedactedSqlException cause(Throwable exception) {
        return copy(exception, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private RedactedSqlException copy(Throwable original, Set<Throwable> seen, int depth) {
        seen.add(original);
        SQLException sql = original instanceof SQLException e ? e : null;
        RedactedSqlException copy = new RedactedSqlException(
                original.getClass().getName(),
                original.getMessage() == null ? null : text(original.getMessage()),
                sql == null ? null : sql.getSQLState(),
                sql == null ? 0 : sql.getErrorCode());
        copy.setStackTrace(original.getStackTrace());
        Throwable cause = original.getCause();
        if (cause != null && depth < MAX_CAUSES && !seen.contains(cause)) {
            copy.initCause(copy(cause, seen, depth + 1));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            if (depth < MAX_CAUSES && !seen.contains(suppressed)) {
                copy.addSuppressed(copy(suppressed, seen, depth + 1));
            }
        }
        SQLException next = sql == null ? null : sql.getNextException();
        if (next != null && depth < MAX_CAUSES && !seen.contains(next)) {
            copy.setNextException(copy(next, seen, depth + 1));
        }
        return copy;
    }
}
