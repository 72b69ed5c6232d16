package dev.ormdantic.dialect.sql;

import java.util.Objects;

/**
 * A piece of literal text searched with {@code LIKE}: the value of a {@link Expr.Param} for {@code contains},
 * {@code startsWith} and {@code endsWith}. The dialect turns it into a pattern at bind time, escaping its wildcards
 * ({@code %}, {@code _}, SQL Server's {@code [}) and the escape character {@code !} itself, so the text matches only
 * itself; the statement carries {@code ESCAPE '!'}.
 *
 * @param text the literal text
 * @param match where the text must occur
 * @since 0.1.0
 */
public record LikeText(String text, Match match) {

    /** The escape character of every escaped pattern; not a backslash, whose meaning differs between dialects. */
    public static final char ESCAPE = '!';

    /**
     * Checks the text. A NUL character, which would end the pattern early in SQLite (matching too much) and which
     * PostgreSQL refuses in text, is refused by the runtime when the filter is bound, as a coded filter error that
     * names the column.
     */
    public LikeText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(match, "match");
    }

    /** Where the text must occur in the value. */
    public enum Match {
        /** Anywhere: {@code %text%}. */
        CONTAINS,
        /** At the start: {@code text%}. */
        STARTS_WITH,
        /** At the end: {@code %text}. */
        ENDS_WITH
    }

    /**
     * The pattern to bind.
     *
     * @param bracketIsWildcard whether {@code [} opens a character class in the dialect's {@code LIKE} (SQL Server)
     * @return the escaped text with the wildcards of its match
     */
    public String pattern(boolean bracketIsWildcard) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        if (match != Match.STARTS_WITH) {
            escaped.append('%');
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_' || (bracketIsWildcard && c == '[')) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        if (match != Match.ENDS_WITH) {
            escaped.append('%');
        }
        return escaped.toString();
    }
}
