package dev.ormdantic.dialect.sql;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a correlated subquery needs from the condition it embeds: the condition's own columns qualified by the
 * subquery's alias ({@link #qualify}), and how deep its own subqueries nest ({@link #depth}), so that an alias chosen
 * for the embedding subquery never shadows one of a subquery inside it.
 *
 * @since 0.1.0
 */
public final class Correlation {

    private Correlation() {}

    /**
     * The condition with every unqualified column qualified by {@code alias}. A subquery inside it is left as it is:
     * its unqualified columns are its own table's, and its {@link Expr.Correlated} columns name the level outside it,
     * which the alias's select becomes.
     *
     * @param expr the condition, over the columns of the aliased table
     * @param alias the alias of the table in the subquery that embeds it
     * @return the qualified condition
     */
    public static Expr qualify(Expr expr, String alias) {
        return new Qualifier(alias).expr(expr);
    }

    /**
     * How deep subqueries nest inside an expression: {@code 0} for none, {@code 1} for a subquery without one inside
     * it, and so on.
     *
     * @param expr the expression
     * @return the depth
     */
    public static int depth(Expr expr) {
        return switch (expr) {
            case Expr.Exists exists -> 1 + depth(exists.query());
            case Expr.Subquery sub -> 1 + depth(sub.query());
            case Expr.InSelect in -> Math.max(depth(in.operand()), 1 + depth(in.query()));
            default -> {
                int deepest = 0;
                for (Expr child : children(expr)) {
                    deepest = Math.max(deepest, depth(child));
                }
                yield deepest;
            }
        };
    }

    /**
     * Whether a subquery inside an expression, at any depth, reads a table.
     *
     * @param expr the expression
     * @param schema the table's schema, the empty string for the default one
     * @param table the table's name
     * @return whether some subquery selects from it
     */
    public static boolean reads(Expr expr, String schema, String table) {
        return switch (expr) {
            case Expr.Exists exists -> reads(exists.query(), schema, table);
            case Expr.Subquery sub -> reads(sub.query(), schema, table);
            case Expr.InSelect in -> reads(in.operand(), schema, table) || reads(in.query(), schema, table);
            default -> children(expr).stream().anyMatch(child -> reads(child, schema, table));
        };
    }

    private static boolean reads(Select select, String schema, String table) {
        if (select.from().equals(table) && select.fromSchema().equals(schema)) {
            return true;
        }
        return parts(select).stream().anyMatch(part -> reads(part, schema, table));
    }

    private static int depth(Select select) {
        int deepest = 0;
        for (Expr part : parts(select)) {
            deepest = Math.max(deepest, depth(part));
        }
        return deepest;
    }

    /** The expressions of a select, its common table expressions' parts as subqueries. */
    private static List<Expr> parts(Select select) {
        List<Expr> parts = new ArrayList<>();
        for (Cte cte : select.with()) {
            for (Select part : cte.parts()) {
                parts.add(new Expr.Subquery(part));
            }
        }
        for (Projection projection : select.projections()) {
            parts.add(projection.expr());
        }
        parts.addAll(select.groupBy());
        for (SortItem item : select.orderBy()) {
            parts.add(item.expr());
        }
        if (select.where() != null) {
            parts.add(select.where());
        }
        if (select.having() != null) {
            parts.add(select.having());
        }
        return parts;
    }

    /** The expressions directly inside one, outside its subqueries. */
    private static List<Expr> children(Expr expr) {
        return switch (expr) {
            case Expr.Column c -> List.of();
            case Expr.Correlated c -> List.of();
            case Expr.Param p -> List.of();
            case Expr.Literal l -> List.of();
            case Expr.RankingCall r -> List.of();
            case Expr.Exists e -> List.of();
            case Expr.Subquery s -> List.of();
            case Expr.InSelect in -> List.of(in.operand());
            case Expr.Compare c -> List.of(c.left(), c.right());
            case Expr.Like l -> List.of(l.operand(), l.pattern());
            case Expr.In in -> concat(List.of(in.operand()), in.values());
            case Expr.IsNull n -> List.of(n.operand());
            case Expr.And and -> and.terms();
            case Expr.Or or -> or.terms();
            case Expr.Not not -> List.of(not.operand());
            case Expr.Between b -> List.of(b.operand(), b.low(), b.high());
            case Expr.Arithmetic a -> List.of(a.left(), a.right());
            case Expr.Call call -> call.args();
            case Expr.AggregateCall agg -> agg.operand() == null ? List.of() : List.of(agg.operand());
            case Expr.Case c -> {
                List<Expr> parts = new ArrayList<>();
                for (Expr.When when : c.whens()) {
                    parts.add(when.condition());
                    parts.add(when.value());
                }
                if (c.otherwise() != null) {
                    parts.add(c.otherwise());
                }
                yield parts;
            }
            case Expr.Cast cast -> List.of(cast.operand());
            case Expr.Window w -> {
                List<Expr> parts = new ArrayList<>(concat(List.of(w.function()), w.partitionBy()));
                for (SortItem item : w.orderBy()) {
                    parts.add(item.expr());
                }
                yield parts;
            }
            case Expr.Raw raw -> raw.args();
        };
    }

    private static List<Expr> concat(List<Expr> first, List<Expr> second) {
        List<Expr> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Rewrites a condition's unqualified columns, outside its subqueries. */
    private record Qualifier(String alias) {

        Expr expr(Expr expr) {
            return switch (expr) {
                case Expr.Column column -> column.qualifier() == null ? new Expr.Column(column.name(), alias) : column;
                case Expr.Correlated c -> c;
                case Expr.Param p -> p;
                case Expr.Literal l -> l;
                case Expr.RankingCall r -> r;
                case Expr.Exists e -> e;
                case Expr.Subquery s -> s;
                case Expr.InSelect in -> new Expr.InSelect(expr(in.operand()), in.query(), in.negated());
                case Expr.Compare c -> new Expr.Compare(expr(c.left()), c.op(), expr(c.right()));
                case Expr.Like l ->
                    new Expr.Like(expr(l.operand()), expr(l.pattern()), l.negated(), l.caseInsensitive(), l.escaped());
                case Expr.In in -> new Expr.In(expr(in.operand()), exprs(in.values()), in.negated());
                case Expr.IsNull n -> new Expr.IsNull(expr(n.operand()), n.negated());
                case Expr.And and -> new Expr.And(exprs(and.terms()));
                case Expr.Or or -> new Expr.Or(exprs(or.terms()));
                case Expr.Not not -> new Expr.Not(expr(not.operand()));
                case Expr.Between b -> new Expr.Between(expr(b.operand()), expr(b.low()), expr(b.high()), b.negated());
                case Expr.Arithmetic a -> new Expr.Arithmetic(expr(a.left()), a.op(), expr(a.right()));
                case Expr.Call call -> new Expr.Call(call.function(), exprs(call.args()));
                case Expr.AggregateCall agg ->
                    new Expr.AggregateCall(agg.function(), nullable(agg.operand()), agg.distinct());
                case Expr.Case c -> {
                    List<Expr.When> whens = new ArrayList<>();
                    for (Expr.When when : c.whens()) {
                        whens.add(new Expr.When(expr(when.condition()), expr(when.value())));
                    }
                    yield new Expr.Case(whens, nullable(c.otherwise()));
                }
                case Expr.Cast cast -> new Expr.Cast(expr(cast.operand()), cast.type());
                case Expr.Window w -> {
                    List<SortItem> order = new ArrayList<>();
                    for (SortItem item : w.orderBy()) {
                        order.add(new SortItem(expr(item.expr()), item.descending(), item.nulls()));
                    }
                    yield new Expr.Window(expr(w.function()), exprs(w.partitionBy()), order);
                }
                case Expr.Raw raw -> new Expr.Raw(raw.name(), raw.sql(), exprs(raw.args()));
            };
        }

        private @Nullable Expr nullable(@Nullable Expr expr) {
            return expr == null ? null : expr(expr);
        }

        private List<Expr> exprs(List<Expr> exprs) {
            List<Expr> rewritten = new ArrayList<>(exprs.size());
            for (Expr expr : exprs) {
                rewritten.add(expr(expr));
            }
            return rewritten;
        }
    }
}
