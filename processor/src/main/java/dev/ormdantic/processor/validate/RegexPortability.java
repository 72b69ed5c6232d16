package dev.ormdantic.processor.validate;

import java.util.Optional;

/**
 * Whether a {@code @Pattern} expression means the same to {@code java.util.regex} and to the databases' regular
 * expressions (PostgreSQL's, ICU on MySQL, PCRE on MariaDB, Oracle's POSIX ones), which check it in the column's
 * {@code CHECK}. The common core (literals, {@code . [...] [^...] ( ) | ? * + {n,m} ^ $}, {@code \d \w \s} and
 * escaped punctuation) is portable; Java's own syntax is not, and is refused rather than read differently.
 */
final class RegexPortability {

    private RegexPortability() {}

    /**
     * The first construct the databases would read differently, described for a message, or empty.
     *
     * @param regexp a pattern that compiles in Java
     * @return what is not portable
     */
    static Optional<String> problem(String regexp) {
        boolean inClass = false;
        for (int i = 0; i < regexp.length(); i++) {
            char c = regexp.charAt(i);
            char next = i + 1 < regexp.length() ? regexp.charAt(i + 1) : '\0';
            if (c == '\\') {
                if ("dDwWsS".indexOf(next) >= 0 || (!Character.isLetterOrDigit(next) && next != '\0')) {
                    i++;
                    continue;
                }
                if (next == 'n' || next == 't' || next == 'r') {
                    i++;
                    continue;
                }
                return Optional.of("the escape \\" + next + " (only \\d \\D \\w \\W \\s \\S \\n \\t \\r and escaped"
                        + " punctuation read alike)");
            }
            if (inClass) {
                if (c == '[') {
                    return Optional.of("a '[' inside a character class (a nested class or a POSIX class such as"
                            + " [:alpha:]); escape it as \\[");
                }
                if (c == '&' && next == '&') {
                    return Optional.of("a class intersection (&&)");
                }
                if (c == ']') {
                    inClass = false;
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
                if (next == '^') {
                    i++;
                }
                if (i + 1 < regexp.length() && regexp.charAt(i + 1) == ']') {
                    i++; // a ']' first in a class is a literal
                }
                continue;
            }
            if (c == '(' && next == '?') {
                return Optional.of("a group starting with (? (lookaround, non-capturing, named, atomic group or"
                        + " embedded flag); use a plain group");
            }
            if ((c == '*' || c == '+' || c == '?' || c == '}') && next == '+') {
                return Optional.of("a possessive quantifier (" + c + "+)");
            }
        }
        return Optional.empty();
    }
}
