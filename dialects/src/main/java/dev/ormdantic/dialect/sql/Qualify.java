package dev.ormdantic.dialect.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Qualifies the unqualified columns of an expression with a table alias, for a query that joins tables: a loader's
 * filter on a joined table goes into its {@code ON} condition as {@code "t1"."title" = ?}. Columns inside a
 * subquery ({@code EXISTS}, {@code IN (SELECT ...)}, a scalar subquery) belong to the subquery's own {@code FROM}
 * and are left alone; a column that already has a qualifier keeps it.
 *
 * @since 0.1.0
 */
public final class Qualify {

    private Qualify() {}

    /**
     * The expression with every unqualified column outside subqueries qualified.
     *
     * @param expr the expression
     * @param qualifier the alias
     * @return the qualified expression
     */
    public static Expr columns(Expr expr, String qualifier) {
        return switch (expr) {
            case Expr.Column column -> column.qualifier() == null ? new Expr.Column(column.name(), qualifier) : column;
            case Expr.Correlated correlated -> correlated;
            case Expr.Param param -> param;
            case Expr.Literal literal -> literal;
            case Expr.RankingCall ranking -> ranking;
            case Expr.Compare c ->
                new Expr.Compare(columns(c.left(), qualifier), c.op(), columns(c.right(), qualifier));
            case Expr.Like l ->
                new Expr.Like(
                        columns(l.operand(), qualifier),
                        columns(l.pattern(), qualifier),
                        l.negated(),
                        l.caseInsensitive(),
                        l.escaped());
            case Expr.In in -> new Expr.In(columns(in.operand(), qualifier), all(in.values(), qualifier), in.negated());
            case Expr.IsNull n -> new Expr.IsNull(columns(n.operand(), qualifier), n.negated());
            case Expr.And and -> new Expr.And(all(and.terms(), qualifier));
            case Expr.Or or -> new Expr.Or(all(or.terms(), qualifier));
            case Expr.Not not -> new Expr.Not(columns(not.operand(), qualifier));
            case Expr.Between b ->
                new Expr.Between(
                        columns(b.operand(), qualifier),
                        columns(b.low(), qualifier),
                        columns(b.high(), qualifier),
                        b.negated());
            case Expr.Arithmetic a ->
                new Expr.Arithmetic(columns(a.left(), qualifier), a.op(), columns(a.right(), qualifier));
            case Expr.Call call -> new Expr.Call(call.function(), all(call.args(), qualifier));
            case Expr.AggregateCall agg ->
                agg.operand() == null
                        ? agg
                        : new Expr.AggregateCall(agg.function(), columns(agg.operand(), qualifier), agg.distinct());
            case Expr.Case c -> {
                List<Expr.When> whens = new ArrayList<>();
                for (Expr.When when : c.whens()) {
                    whens.add(new Expr.When(columns(when.condition(), qualifier), columns(when.value(), qualifier)));
                }
                yield new Expr.Case(whens, c.otherwise() == null ? null : columns(c.otherwise(), qualifier));
            }
            case Expr.Cast cast -> new Expr.Cast(columns(cast.operand(), qualifier), cast.type());
            case Expr.Exists exists -> exists;
            case Expr.InSelect in -> new Expr.InSelect(columns(in.operand(), qualifier), in.query(), in.negated());
            case Expr.Subquery subquery -> subquery;
            case Expr.Window w -> {
                List<SortItem> order = new ArrayList<>();
                for (SortItem item : w.orderBy()) {
                    order.add(item(item, qualifier));
                }
                yield new Expr.Window(columns(w.function(), qualifier), all(w.partitionBy(), qualifier), order);
            }
            case Expr.Raw raw -> new Expr.Raw(raw.name(), raw.sql(), all(raw.args(), qualifier));
        };
    }

    /**
     * Whether an expression holds a subquery ({@code EXISTS}, {@code IN (SELECT ...)}, a scalar subquery), such as a
     * relation predicate's: its correlated columns name the query it appears in, so it cannot be moved into another
     * query's join condition.
     *
     * @param expr the expression
     * @return whether it holds a subquery
     */
    public static boolean hasSubquery(Expr expr) {
        return switch (expr) {
            case Expr.Exists exists -> true;
            case Expr.InSelect in -> true;
            case Expr.Subquery subquery -> true;
            case Expr.Compare c -> hasSubquery(c.left()) || hasSubquery(c.right());
            case Expr.Like l -> hasSubquery(l.operand()) || hasSubquery(l.pattern());
            case Expr.In in -> hasSubquery(in.operand()) || in.values().stream().anyMatch(Qualify::hasSubquery);
            case Expr.IsNull n -> hasSubquery(n.operand());
            case Expr.And and -> and.terms().stream().anyMatch(Qualify::hasSubquery);
            case Expr.Or or -> or.terms().stream().anyMatch(Qualify::hasSubquery);
            case Expr.Not not -> hasSubquery(not.operand());
            case Expr.Between b -> hasSubquery(b.operand()) || hasSubquery(b.low()) || hasSubquery(b.high());
            case Expr.Arithmetic a -> hasSubquery(a.left()) || hasSubquery(a.right());
            case Expr.Call call -> call.args().stream().anyMatch(Qualify::hasSubquery);
            case Expr.AggregateCall agg -> agg.operand() != null && hasSubquery(agg.operand());
            case Expr.Case c ->
                c.whens().stream().anyMatch(w -> hasSubquery(w.condition()) || hasSubquery(w.value()))
                        || (c.otherwise() != null && hasSubquery(c.otherwise()));
            case Expr.Cast cast -> hasSubquery(cast.operand());
            case Expr.Window w ->
                hasSubquery(w.function()) || w.partitionBy().stream().anyMatch(Qualify::hasSubquery);
            case Expr.Raw raw -> raw.args().stream().anyMatch(Qualify::hasSubquery);
            case Expr.Column column -> false;
            case Expr.Correlated correlated -> false;
            case Expr.Param param -> false;
            case Expr.Literal literal -> false;
            case Expr.RankingCall ranking -> false;
        };
    }

    /**
     * A sort item with its expression qualified.
     *
     * @param item the sort item
     * @param qualifier the alias
     * @return the qualified sort item
     */
    public static SortItem item(SortItem item, String qualifier) {
        return new SortItem(columns(item.expr(), qualifier), item.descending(), item.nulls());
    }

    private static List<Expr> all(List<Expr> exprs, String qualifier) {
        List<Expr> qualified = new ArrayList<>(exprs.size());
        for (Expr expr : exprs) {
            qualified.add(columns(expr, qualifier));
        }
        return qualified;
    }
}
