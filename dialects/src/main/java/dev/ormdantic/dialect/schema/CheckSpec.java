package dev.ormdantic.dialect.schema;

import java.util.List;
import java.util.Objects;

/**
 * A named {@code CHECK} constraint of a table: one derived from a column's {@code jakarta.validation} constraints or
 * enum type, or one written in SQL on {@code @Table(checks)}. Each dialect renders the condition with its own
 * functions ({@code LENGTH}, {@code CHAR_LENGTH}, {@code ~}, {@code REGEXP}, {@code REGEXP_LIKE}), or refuses one it
 * cannot express.
 *
 * @since 0.1.0
 */
public sealed interface CheckSpec {

    /**
     * The constraint name, unquoted ({@code flavor_rating_ge_check}).
     *
     * @return the name
     */
    String name();

    /** A comparison operator and the suffix of the constraint name it gives. */
    enum Comparison {
        /** {@code >=}. */
        GE(">=", "ge"),
        /** {@code >}. */
        GT(">", "gt"),
        /** {@code <=}. */
        LE("<=", "le"),
        /** {@code <}. */
        LT("<", "lt");

        private final String operator;
        private final String suffix;

        Comparison(String operator, String suffix) {
            this.operator = operator;
            this.suffix = suffix;
        }

        /**
         * The SQL operator.
         *
         * @return the operator
         */
        public String operator() {
            return operator;
        }

        /**
         * The suffix of the constraint name ({@code ge}).
         *
         * @return the suffix
         */
        public String suffix() {
            return suffix;
        }
    }

    /**
     * A numeric bound: {@code column op bound}.
     *
     * @param name the constraint name
     * @param column the column name
     * @param comparison the operator
     * @param bound the bound as an exact decimal literal ({@code 0}, {@code 0.01}, {@code -5})
     */
    record Compare(String name, String column, Comparison comparison, String bound) implements CheckSpec {
        /** Checks the bound is a plain decimal literal, so that it is safe to inline. */
        public Compare {
            Objects.requireNonNull(comparison, "comparison");
            if (!bound.matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw new IllegalArgumentException("not a plain decimal literal: " + bound);
            }
        }
    }

    /**
     * A bound on the length of a text column, in characters: at least {@code length} ({@code min_length}) or at most
     * ({@code max_length}).
     *
     * @param name the constraint name
     * @param column the column name
     * @param atLeast {@code true} for a least length, {@code false} for a greatest
     * @param length the bound, {@code >= 0}
     */
    record Length(String name, String column, boolean atLeast, int length) implements CheckSpec {
        /** Checks the length. */
        public Length {
            if (length < 0) {
                throw new IllegalArgumentException("a length bound must be >= 0: " + length);
            }
        }
    }

    /**
     * The text holds a character other than a space ({@code @NotBlank}).
     *
     * @param name the constraint name
     * @param column the column name
     */
    record NotBlank(String name, String column) implements CheckSpec {}

    /**
     * The whole text matches a regular expression ({@code @Pattern}); the dialects anchor it.
     *
     * @param name the constraint name
     * @param column the column name
     * @param regexp the expression, in the syntax the six databases read alike
     */
    record Matches(String name, String column, String regexp) implements CheckSpec {}

    /**
     * The column holds one of the given values (an enum's stored values).
     *
     * @param name the constraint name
     * @param column the column name
     * @param values the allowed values, in declaration order
     */
    record OneOf(String name, String column, List<String> values) implements CheckSpec {
        /** Copies the values. */
        public OneOf {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("no allowed values for column " + column);
            }
        }
    }

    /**
     * A condition written in SQL ({@code @Table(checks = @Check(...))}), rendered as written.
     *
     * @param name the constraint name
     * @param sql the condition
     */
    record Sql(String name, String sql) implements CheckSpec {}
}
