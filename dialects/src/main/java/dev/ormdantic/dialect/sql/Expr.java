package dev.ormdantic.dialect.sql;

import dev.ormdantic.dialect.schema.ColumnType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A node of a SQL boolean or value expression. Dialects render it; values appear only as {@link Param}s, so a value
 * never reaches the SQL text.
 */
public sealed interface Expr {

    /**
     * A column of the queried table.
     *
     * @param name the column name, taken from generated table metadata (never from user input)
     */
    record Column(String name) implements Expr {
        /** Checks the name. */
        public Column {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A bound parameter.
     *
     * @param value the value to bind, {@code null} for SQL {@code NULL}
     * @param type the logical type, which decides how the value is bound
     */
    record Param(@Nullable Object value, ColumnType type) implements Expr {}

    /** The comparison operators. */
    enum CompareOp {
        /** {@code =} */
        EQ("="),
        /** {@code <>} */
        NE("<>"),
        /** {@code <} */
        LT("<"),
        /** {@code <=} */
        LE("<="),
        /** {@code >} */
        GT(">"),
        /** {@code >=} */
        GE(">=");

        private final String sql;

        CompareOp(String sql) {
            this.sql = sql;
        }

        /**
         * The operator as written in SQL.
         *
         * @return the SQL operator
         */
        public String sql() {
            return sql;
        }
    }

    /**
     * {@code left <op> right}.
     *
     * @param left the left operand
     * @param op the operator
     * @param right the right operand
     */
    record Compare(Expr left, CompareOp op, Expr right) implements Expr {}

    /**
     * {@code operand [NOT] LIKE pattern}, optionally case-insensitive on every dialect.
     *
     * @param operand the matched value
     * @param pattern the pattern ({@code %} and {@code _} wildcards)
     * @param negated {@code NOT LIKE}
     * @param caseInsensitive match regardless of case
     */
    record Like(Expr operand, Expr pattern, boolean negated, boolean caseInsensitive) implements Expr {}

    /**
     * {@code operand [NOT] IN (values)}; an empty list matches nothing ({@code IN}) or everything ({@code NOT IN}).
     *
     * @param operand the tested value
     * @param values the candidates
     * @param negated {@code NOT IN}
     */
    record In(Expr operand, List<Expr> values, boolean negated) implements Expr {
        /** Copies the list. */
        public In {
            values = List.copyOf(values);
        }
    }

    /**
     * {@code operand IS [NOT] NULL}.
     *
     * @param operand the tested value
     * @param negated {@code IS NOT NULL}
     */
    record IsNull(Expr operand, boolean negated) implements Expr {}

    /**
     * The conjunction of its terms; with no term it is true.
     *
     * @param terms the terms
     */
    record And(List<Expr> terms) implements Expr {
        /** Copies the list. */
        public And {
            terms = List.copyOf(terms);
        }
    }

    /**
     * The disjunction of its terms; with no term it is false.
     *
     * @param terms the terms
     */
    record Or(List<Expr> terms) implements Expr {
        /** Copies the list. */
        public Or {
            terms = List.copyOf(terms);
        }
    }

    /**
     * {@code NOT (operand)}.
     *
     * @param operand the negated expression
     */
    record Not(Expr operand) implements Expr {}
}
