package dev.ormdantic.dialect.sql;

import dev.ormdantic.dialect.schema.ColumnType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A node of a SQL boolean or value expression. Dialects render it; values appear only as {@link Param}s, so a value
 * never reaches the SQL text.
 *
 * @since 0.1.0
 */
public sealed interface Expr {

    /**
     * A column of the queried table.
     *
     * @param name the column name, taken from generated table metadata (never from user input)
     * @param qualifier the table name or alias that qualifies it ({@code "f"."name"}), or {@code null} for none
     */
    record Column(String name, @Nullable String qualifier) implements Expr {
        /** Checks the name. */
        public Column {
            Objects.requireNonNull(name, "name");
        }

        /**
         * An unqualified column of the queried table.
         *
         * @param name the column name, taken from generated table metadata (never from user input)
         */
        public Column(String name) {
            this(name, null);
        }
    }

    /**
     * A column of the row a correlated subquery is evaluated for: a column of the query that encloses the subquery this
     * node appears in, rendered qualified by that query's alias, or by its table's name when it has none. Relation
     * predicates correlate through it, so that one tree serves a statement on the table itself, a query under an alias
     * ({@code Query.as}) and a subquery nested in another one's subquery, each level naming the level just outside it.
     * It is only valid inside a subquery.
     *
     * @param name the column name, taken from generated table metadata (never from user input)
     */
    record Correlated(String name) implements Expr {
        /** Checks the name. */
        public Correlated {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A bound parameter.
     *
     * @param value the value to bind, {@code null} for SQL {@code NULL}
     * @param type the logical type, which decides how the value is bound
     * @param nativeEnum whether the value is a label of a native enum column ({@code @NativeEnum}), which PostgreSQL
     *     binds untyped so that the server takes it as the column's enum type
     */
    record Param(@Nullable Object value, ColumnType type, boolean nativeEnum) implements Expr {

        /**
         * A parameter of an ordinary column.
         *
         * @param value the value to bind, {@code null} for SQL {@code NULL}
         * @param type the logical type
         */
        public Param(@Nullable Object value, ColumnType type) {
            this(value, type, false);
        }

        /**
         * This parameter with another value, bound the same way.
         *
         * @param newValue the value
         * @return the parameter
         */
        public Param withValue(@Nullable Object newValue) {
            return new Param(newValue, type, nativeEnum);
        }
    }

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
     * {@code operand [NOT] LIKE pattern [ESCAPE '!']}, optionally case-insensitive on every dialect.
     *
     * @param operand the matched value
     * @param pattern the pattern ({@code %} and {@code _} wildcards)
     * @param negated {@code NOT LIKE}
     * @param caseInsensitive match regardless of case
     * @param escaped whether the pattern uses {@link LikeText#ESCAPE} as its escape character, which renders an
     *     explicit {@code ESCAPE} clause
     */
    record Like(Expr operand, Expr pattern, boolean negated, boolean caseInsensitive, boolean escaped) implements Expr {

        /**
         * A pattern without escape character.
         *
         * @param operand the matched value
         * @param pattern the pattern ({@code %} and {@code _} wildcards)
         * @param negated {@code NOT LIKE}
         * @param caseInsensitive match regardless of case
         */
        public Like(Expr operand, Expr pattern, boolean negated, boolean caseInsensitive) {
            this(operand, pattern, negated, caseInsensitive, false);
        }
    }

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

    /**
     * {@code operand [NOT] BETWEEN low AND high}, bounds included.
     *
     * @param operand the tested value
     * @param low the lower bound
     * @param high the upper bound
     * @param negated {@code NOT BETWEEN}
     */
    record Between(Expr operand, Expr low, Expr high, boolean negated) implements Expr {}

    /** The arithmetic operators. */
    enum ArithmeticOp {
        /** {@code +} */
        PLUS("+"),
        /** {@code -} */
        MINUS("-"),
        /** {@code *} */
        TIMES("*"),
        /** {@code /} */
        DIVIDE("/");

        private final String sql;

        ArithmeticOp(String sql) {
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
     * {@code (left <op> right)}, always parenthesised, so that a negative bound value never meets a minus sign.
     *
     * @param left the left operand
     * @param op the operator
     * @param right the right operand
     */
    record Arithmetic(Expr left, ArithmeticOp op, Expr right) implements Expr {}

    /** The scalar functions every dialect has under one name. */
    enum Function {
        /** {@code LOWER(text)} */
        LOWER,
        /** {@code UPPER(text)} */
        UPPER,
        /** {@code ABS(number)} */
        ABS,
        /** {@code COALESCE(a, b, ...)}: the first argument that is not {@code NULL}. */
        COALESCE
    }

    /**
     * A scalar function call.
     *
     * @param function the function
     * @param args its arguments
     */
    record Call(Function function, List<Expr> args) implements Expr {
        /** Copies the list. */
        public Call {
            args = List.copyOf(args);
        }
    }

    /** The aggregate functions. */
    enum Aggregate {
        /** {@code COUNT} */
        COUNT,
        /** {@code SUM} */
        SUM,
        /** {@code AVG} */
        AVG,
        /** {@code MIN} */
        MIN,
        /** {@code MAX} */
        MAX
    }

    /**
     * An aggregate: {@code COUNT(*)}, {@code SUM([DISTINCT] x)}, ...
     *
     * @param function the aggregate
     * @param operand the aggregated value, or {@code null} for {@code COUNT(*)}
     * @param distinct whether only distinct values are aggregated
     */
    record AggregateCall(Aggregate function, @Nullable Expr operand, boolean distinct) implements Expr {}

    /**
     * One branch of a {@link Case}.
     *
     * @param condition the condition
     * @param value the value when it holds
     */
    record When(Expr condition, Expr value) {}

    /**
     * {@code CASE WHEN c1 THEN v1 ... [ELSE e] END}.
     *
     * @param whens the branches, at least one
     * @param otherwise the value when no branch holds, or {@code null} for {@code NULL}
     */
    record Case(List<When> whens, @Nullable Expr otherwise) implements Expr {
        /** Copies the list and checks it is not empty. */
        public Case {
            whens = List.copyOf(whens);
            if (whens.isEmpty()) {
                throw new IllegalArgumentException("a CASE needs at least one WHEN branch");
            }
        }
    }

    /**
     * {@code CAST(operand AS type)}, with the type spelled as the dialect spells it.
     *
     * @param operand the value
     * @param type the target type
     */
    record Cast(Expr operand, ColumnType type) implements Expr {}

    /**
     * A constant written into the SQL text: a boolean, an integral number, a decimal or a string (quotes doubled).
     * Meant for constants of the program, never for user input, which belongs in a {@link Param}.
     *
     * @param value the constant: {@code null}, {@link Boolean}, {@link Integer}, {@link Long},
     *     {@link java.math.BigDecimal} or {@link String}
     */
    record Literal(@Nullable Object value) implements Expr {
        /** Checks the type and refuses a NUL character. */
        public Literal {
            if (value != null
                    && !(value instanceof Boolean
                            || value instanceof Integer
                            || value instanceof Long
                            || value instanceof java.math.BigDecimal
                            || value instanceof String)) {
                throw new IllegalArgumentException("a literal is a boolean, an integer, a long, a BigDecimal or a"
                        + " String, not " + value.getClass().getName());
            }
            if (value instanceof String text && text.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a literal cannot hold a NUL character");
            }
        }
    }

    /**
     * {@code [NOT] EXISTS (subquery)}.
     *
     * @param query the subquery
     * @param negated {@code NOT EXISTS}
     */
    record Exists(Select query, boolean negated) implements Expr {}

    /**
     * {@code operand [NOT] IN (subquery)}.
     *
     * @param operand the tested value
     * @param query the subquery, of one column
     * @param negated {@code NOT IN}
     */
    record InSelect(Expr operand, Select query, boolean negated) implements Expr {}

    /**
     * {@code (subquery)} as a value: a scalar subquery of one column and at most one row.
     *
     * @param query the subquery
     */
    record Subquery(Select query) implements Expr {}

    /**
     * {@code function OVER (PARTITION BY ... ORDER BY ...)}.
     *
     * @param function the aggregate or ranking function
     * @param partitionBy the partition terms, possibly empty
     * @param orderBy the order within a partition, possibly empty
     */
    record Window(Expr function, List<Expr> partitionBy, List<SortItem> orderBy) implements Expr {
        /** Copies the lists. */
        public Window {
            partitionBy = List.copyOf(partitionBy);
            orderBy = List.copyOf(orderBy);
        }
    }

    /** The ranking functions, used inside a {@link Window}. */
    enum Ranking {
        /** {@code ROW_NUMBER()} */
        ROW_NUMBER,
        /** {@code RANK()} */
        RANK,
        /** {@code DENSE_RANK()} */
        DENSE_RANK
    }

    /**
     * A ranking function call, {@code ROW_NUMBER()}; only valid inside a {@link Window}.
     *
     * @param function the function
     */
    record RankingCall(Ranking function) implements Expr {}

    /**
     * A raw SQL fragment, written verbatim: the one trust boundary of the query language. Its {@code ?} markers are
     * bound to {@code args}, in order, so values still never enter the text.
     *
     * @param name a name for the fragment, shown in logs and errors so that every use can be found
     * @param sql the fragment
     * @param args the expressions bound to its {@code ?} markers
     */
    record Raw(String name, String sql, List<Expr> args) implements Expr {
        /** Checks the number of markers against the arguments. */
        public Raw {
            args = List.copyOf(args);
            long markers = sql.chars().filter(c -> c == '?').count();
            if (markers != args.size()) {
                throw new IllegalArgumentException(
                        "raw SQL '" + name + "' has " + markers + " ? markers but " + args.size() + " arguments");
            }
            if (sql.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("raw SQL '" + name + "' holds a NUL character");
            }
        }
    }
}
