package dev.ormdantic.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An ordered table of rules that classify a driver's {@link SQLException}; the first rule that matches any exception
 * of the chain (causes and {@code getNextException()}) wins. Each dialect's profile lists its own rules (SQLite's
 * extended result codes, a server's vendor codes) in front of the {@linkplain #standard() SQLSTATE rules} every
 * driver shares, so supporting a new database means adding rules, not branches.
 */
public final class ErrorRules {

    /**
     * One rule: a test on one exception of the chain, and what a match means.
     *
     * @param matches the test
     * @param kind the meaning
     */
    public record Rule(Predicate<SQLException> matches, SqlErrorKind kind) {}

    private static final ErrorRules STANDARD = new ErrorRules(List.of(
            sqlState("23505", SqlErrorKind.UNIQUE),
            sqlState("23503", SqlErrorKind.FOREIGN_KEY),
            sqlState("23502", SqlErrorKind.NOT_NULL),
            sqlState("23514", SqlErrorKind.CHECK),
            sqlState("23", SqlErrorKind.CONSTRAINT),
            sqlState("08", SqlErrorKind.CONNECTION),
            sqlState("40001", SqlErrorKind.BUSY),
            sqlState("40P01", SqlErrorKind.BUSY)));

    private final List<Rule> rules;

    private ErrorRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The rules every driver shares: the SQL standard's SQLSTATE classes.
     *
     * @return the standard rules
     */
    public static ErrorRules standard() {
        return STANDARD;
    }

    /**
     * These rules preceded by more specific ones.
     *
     * @param first the rules to try first
     * @return the combined rules
     */
    public ErrorRules after(List<Rule> first) {
        List<Rule> all = new ArrayList<>(first);
        all.addAll(rules);
        return new ErrorRules(all);
    }

    /**
     * A rule on the SQLSTATE: an exact five-character state, or a two-character class.
     *
     * @param state the state or class
     * @param kind the meaning
     * @return the rule
     */
    public static Rule sqlState(String state, SqlErrorKind kind) {
        return new Rule(
                e -> {
                    String actual = e.getSQLState();
                    return actual != null && actual.startsWith(state);
                },
                kind);
    }

    /**
     * Classifies an exception.
     *
     * @param exception the driver's exception
     * @return what it means, {@link SqlErrorKind#OTHER} when no rule matches
     */
    public SqlErrorKind classify(SQLException exception) {
        List<SQLException> chain = chain(exception);
        for (Rule rule : rules) {
            for (SQLException link : chain) {
                if (rule.matches().test(link)) {
                    return rule.kind();
                }
            }
        }
        return SqlErrorKind.OTHER;
    }

    private static List<SQLException> chain(SQLException exception) {
        List<SQLException> chain = new ArrayList<>();
        Set<Throwable> seen = new HashSet<>();
        @Nullable Throwable current = exception;
        while (current != null && seen.add(current)) {
            if (current instanceof SQLException sql) {
                chain.add(sql);
                SQLException next = sql.getNextException();
                if (next != null && !seen.contains(next)) {
                    chain.add(next);
                }
            }
            current = current.getCause();
        }
        return chain;
    }
}
