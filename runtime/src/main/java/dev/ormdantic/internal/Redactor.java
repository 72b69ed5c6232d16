package dev.ormdantic.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps secrets out of messages and logs: the password of the database URL wherever a driver repeats it, and values
 * of columns whose names look secret.
 */
public final class Redactor {

    /** What a hidden value is replaced with. */
    public static final String MASK = "***";

    private static final List<String> SECRET_NAME_PARTS = List.of(
            "password",
            "passwd",
            "pwd",
            "secret",
            "token",
            "apikey",
            "api_key",
            "private_key",
            "access_key",
            "credential");

    /** {@code user:password@} in a URL's authority. */
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@?#]*:)[^@/?#]*@");

    /** Oracle's {@code jdbc:oracle:thin:user/password@...}. */
    private static final Pattern ORACLE_USER_PASSWORD =
            Pattern.compile("(jdbc:oracle:[a-z]+:[^/@:]*/)[^@]*@", Pattern.CASE_INSENSITIVE);

    /** {@code password=...} and friends in a URL's query or a JDBC property list. */
    private static final Pattern URL_SECRET_PARAM =
            Pattern.compile("((?:password|passwd|pwd|secret|token)[^=&;]*=)[^&;]*", Pattern.CASE_INSENSITIVE);

    private static final int MAX_VALUE_LENGTH = 100;

    private final List<String> secrets;

    /**
     * Creates a redactor.
     *
     * @param secrets the literal secrets to hide wherever they appear, such as the URL's password
     */
    public Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> !s.isEmpty()).toList();
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
        String lower = column.toLowerCase(Locale.ROOT);
        for (String part : SECRET_NAME_PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
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
        return result;
    }
}
