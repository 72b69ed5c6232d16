package dev.ormdantic.internal.jdbc;

import dev.ormdantic.dialect.DialectId;

/**
 * Counts the {@code ?} placeholders of a raw SQL statement as the database's driver will see them, so that a wrong
 * number of values is refused before anything is sent. A {@code ?} counts only outside string literals, quoted
 * identifiers and comments, by each dialect's rules:
 *
 * <ul>
 *   <li>everywhere: {@code '...'} strings ({@code ''} inside), {@code "..."} ({@code ""} inside; an identifier, or on
 *       MySQL and MariaDB a string), {@code -- ...} line comments and {@code /* ... *}{@code /} block comments;
 *   <li>MySQL and MariaDB: backslash escapes in strings, {@code #} line comments, {@code `...`} identifiers, and
 *       {@code --} starts a comment only when white space follows, as the server reads it;
 *   <li>SQLite: {@code `...`} and {@code [...]} identifiers; SQL Server: {@code [...]} identifiers;
 *   <li>PostgreSQL: {@code E'...'} strings with backslash escapes, dollar-quoted strings ({@code $$...$$},
 *       {@code $tag$...$tag$}), nested block comments, and {@code ??}, which the driver sends as one literal
 *       {@code ?} (how the JSON operators {@code ?}, {@code ?|} and {@code ?&} are written through JDBC), so it is not
 *       a placeholder;
 *   <li>Oracle: {@code q'[...]'} strings with any delimiter.
 * </ul>
 *
 * <p>Only {@code ?} is a placeholder; SQLite's {@code ?NNN}, {@code :name}, {@code @name} and {@code $name} are not
 * supported by raw SQL. A literal or comment left open at the end ends the scan, where the database will refuse the
 * statement anyway.
 */
public final class Placeholders {

    private Placeholders() {}

    /**
     * Counts the placeholders of a statement.
     *
     * @param sql the statement
     * @param dialect whose quoting and comment rules apply
     * @return the number of {@code ?} placeholders
     */
    public static int count(String sql, DialectId dialect) {
        boolean mysql = dialect == DialectId.MYSQL || dialect == DialectId.MARIADB;
        boolean postgres = dialect == DialectId.POSTGRESQL;
        int count = 0;
        int length = sql.length();
        int i = 0;
        while (i < length) {
            char c = sql.charAt(i);
            switch (c) {
                case '?' -> {
                    if (postgres && i + 1 < length && sql.charAt(i + 1) == '?') {
                        i += 2; // the driver's escape for a literal '?'
                        continue;
                    }
                    count++;
                    i++;
                }
                case '\'' -> i = quoted(sql, i, '\'', mysql || (postgres && escapeString(sql, i)));
                case '"' -> i = quoted(sql, i, '"', mysql);
                case '`' -> i = mysql || dialect == DialectId.SQLITE ? quoted(sql, i, '`', false) : i + 1;
                case '[' ->
                    i = dialect == DialectId.SQLITE || dialect == DialectId.MSSQL ? quoted(sql, i, ']', false) : i + 1;
                case '-' -> i = lineComment(sql, i, mysql) ? endOfLine(sql, i) : i + 1;
                case '#' -> i = mysql ? endOfLine(sql, i) : i + 1;
                case '/' -> i = i + 1 < length && sql.charAt(i + 1) == '*' ? blockComment(sql, i, postgres) : i + 1;
                case '$' -> i = postgres ? dollarQuoted(sql, i) : i + 1;
                case 'q', 'Q' -> i = dialect == DialectId.ORACLE ? oracleQuoted(sql, i) : i + 1;
                default -> i++;
            }
        }
        return count;
    }

    /** Whether the quote at {@code at} opens PostgreSQL's {@code E'...'}, whose backslashes escape. */
    private static boolean escapeString(String sql, int at) {
        if (at == 0 || (sql.charAt(at - 1) != 'E' && sql.charAt(at - 1) != 'e')) {
            return false;
        }
        return at == 1 || !isWordPart(sql.charAt(at - 2));
    }

    /** The index after a quoted run that opened at {@code open} and closes with {@code close}, doubled inside. */
    private static int quoted(String sql, int open, char close, boolean backslashes) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == close) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean lineComment(String sql, int at, boolean mysql) {
        if (at + 1 >= sql.length() || sql.charAt(at + 1) != '-') {
            return false;
        }
        // MySQL and MariaDB read "--" as a comment only before white space or a control character ("1--1" is 2).
        return !mysql || at + 2 >= sql.length() || sql.charAt(at + 2) <= ' ';
    }

    private static int endOfLine(String sql, int at) {
        int end = sql.indexOf('\n', at);
        return end < 0 ? sql.length() : end + 1;
    }

    /** The index after a block comment; PostgreSQL's nest. */
    private static int blockComment(String sql, int open, boolean nested) {
        int depth = 1;
        int i = open + 2;
        while (i < sql.length()) {
            if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0 || !nested) {
                    return i;
                }
            } else if (nested && sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** The index after PostgreSQL's {@code $tag$...$tag$}, or after the {@code $} when it opens none ({@code $1}). */
    private static int dollarQuoted(String sql, int open) {
        if (open > 0 && isWordPart(sql.charAt(open - 1))) {
            return open + 1; // part of an identifier such as a$b
        }
        int i = open + 1;
        while (i < sql.length() && sql.charAt(i) != '$') {
            char c = sql.charAt(i);
            boolean allowed = Character.isLetter(c) || c == '_' || (i > open + 1 && Character.isDigit(c));
            if (!allowed) {
                return open + 1;
            }
            i++;
        }
        if (i >= sql.length()) {
            return open + 1;
        }
        String tag = sql.substring(open, i + 1);
        int close = sql.indexOf(tag, i + 1);
        return close < 0 ? sql.length() : close + tag.length();
    }

    /** The index after Oracle's {@code q'<...>'}, or after the {@code q} when it opens none. */
    private static int oracleQuoted(String sql, int at) {
        if ((at > 0 && isWordPart(sql.charAt(at - 1))) || at + 2 >= sql.length() || sql.charAt(at + 1) != '\'') {
            return at + 1;
        }
        char open = sql.charAt(at + 2);
        char close = switch (open) {
            case '[' -> ']';
            case '{' -> '}';
            case '<' -> '>';
            case '(' -> ')';
            default -> open;
        };
        int end = sql.indexOf(close + "'", at + 3);
        return end < 0 ? sql.length() : end + 2;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
