package dev.ormdantic.internal.error;

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
            sqlState("22", SqlErrorKind.DATA),
            sqlState("28", SqlErrorKind.PERMISSION),
            sqlState("42501", SqlErrorKind.PERMISSION),
            sqlState("40001", SqlErrorKind.CONFLICT),
            sqlState("40P01", SqlErrorKind.CONFLICT),
            sqlState("40", SqlErrorKind.CONFLICT),
            // JDBC's own exception classes, for drivers and pools that set no SQLSTATE (HikariCP's
            // "connection is not available" among them)
            type(java.sql.SQLTransientConnectionException.class, SqlErrorKind.CONNECTION),
            type(java.sql.SQLNonTransientConnectionException.class, SqlErrorKind.CONNECTION),
            type(java.sql.SQLTimeoutException.class, SqlErrorKind.TIMEOUT),
            type(java.sql.SQLTransactionRollbackException.class, SqlErrorKind.CONFLICT),
            type(java.sql.SQLInvalidAuthorizationSpecException.class, SqlErrorKind.PERMISSION)));

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
     * A rule on the vendor's error number ({@link SQLException#getErrorCode()}).
     *
     * @param code the vendor code
     * @param kind the meaning
     * @return the rule
     */
    public static Rule vendorCode(int code, SqlErrorKind kind) {
        return new Rule(e -> e.getErrorCode() == code, kind);
    }

    /**
     * A rule on the vendor's error number and a fragment of the message, for codes shared by several meanings
     * (SQL Server's 547 is both a foreign-key and a check failure).
     *
     * @param code the vendor code
     * @param fragment text the message contains
     * @param kind the meaning
     * @return the rule
     */
    public static Rule vendorCode(int code, String fragment, SqlErrorKind kind) {
        return new Rule(e -> e.getErrorCode() == code && contains(e, fragment), kind);
    }

    /**
     * A rule on the SQLSTATE and a fragment of the message: PostgreSQL reports primary-key and unique clashes with
     * one state, and only the constraint name ({@code <table>_pkey}) tells them apart.
     *
     * @param state the exact state
     * @param fragment text the message contains
     * @param kind the meaning
     * @return the rule
     */
    public static Rule sqlState(String state, String fragment, SqlErrorKind kind) {
        return new Rule(e -> state.equals(e.getSQLState()) && contains(e, fragment), kind);
    }

    /**
     * A rule on a fragment of the message alone, for a driver that reports a condition with neither a state nor a
     * code of its own (MySQL Connector/J's {@code PacketTooBigException}).
     *
     * @param fragment text the message contains
     * @param kind the meaning
     * @return the rule
     */
    public static Rule message(String fragment, SqlErrorKind kind) {
        return new Rule(e -> contains(e, fragment), kind);
    }

    /**
     * A rule on the exception's class.
     *
     * @param type the class
     * @param kind the meaning
     * @return the rule
     */
    public static Rule type(Class<? extends SQLException> type, SqlErrorKind kind) {
        return new Rule(type::isInstance, kind);
    }

    private static boolean contains(SQLException e, String fragment) {
        String message = e.getMessage();
        return message != null && message.contains(fragment);
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
