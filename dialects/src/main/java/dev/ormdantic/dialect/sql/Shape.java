package dev.ormdantic.dialect.sql;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A query's structure without its values: the same tree with every non-null parameter value replaced by a
 * {@link Slot} that numbers it. Two queries that differ only in their values have equal shapes, so a statement
 * rendered for one shape serves them all: {@link #fill} puts the values back into the rendered parameters. A
 * {@code null} value stays in the shape, since it renders differently ({@code IS NULL}).
 *
 * @param <N> the kind of tree ({@link Expr} or {@link Select})
 * @param node the tree with slots
 * @param values the values, indexed by slot
 * @since 0.1.0
 */
public record Shape<N>(N node, List<Object> values) {

    /**
     * The placeholder of the {@code index}-th value.
     *
     * @param index the position in {@link Shape#values()}
     */
    public record Slot(int index) {}

    /** Copies the list. */
    public Shape {
        values = List.copyOf(values);
    }

    /**
     * The shape of an expression.
     *
     * @param expr the expression
     * @return its shape
     */
    public static Shape<Expr> of(Expr expr) {
        Shaper shaper = new Shaper();
        return new Shape<>(shaper.expr(expr), shaper.values);
    }

    /**
     * The shape of a select.
     *
     * @param select the select
     * @return its shape
     */
    public static Shape<Select> of(Select select) {
        Shaper shaper = new Shaper();
        return new Shape<>(shaper.select(select), shaper.values);
    }

    /**
     * A statement rendered from a shape, with this shape's values in place of the slots.
     *
     * @param rendered the statement rendered from an equal shape
     * @return the statement ready to bind
     */
    public RenderedSql fill(RenderedSql rendered) {
        List<Expr.Param> params = new ArrayList<>(rendered.params().size());
        for (Expr.Param param : rendered.params()) {
            Object value = param.value();
            if (value instanceof Slot slot) {
                params.add(param.withValue(values.get(slot.index())));
            } else if (value instanceof ValueList list) {
                List<Object> filled = new ArrayList<>(list.values().size());
                for (Object item : list.values()) {
                    filled.add(item instanceof Slot slot ? values.get(slot.index()) : item);
                }
                params.add(param.withValue(list.withValues(filled)));
            } else {
                params.add(param);
            }
        }
        return new RenderedSql(rendered.sql(), params);
    }

    /** Rewrites a tree, collecting its values. */
    private static final class Shaper {

        private final List<Object> values = new ArrayList<>();

        private List<Expr> exprs(List<Expr> exprs) {
            List<Expr> shaped = new ArrayList<>(exprs.size());
            for (Expr expr : exprs) {
                shaped.add(expr(expr));
            }
            return shaped;
        }

        private @Nullable Expr nullable(@Nullable Expr expr) {
            return expr == null ? null : expr(expr);
        }

        private List<SortItem> sorts(List<SortItem> items) {
            List<SortItem> shaped = new ArrayList<>(items.size());
            for (SortItem item : items) {
                shaped.add(new SortItem(expr(item.expr()), item.descending(), item.nulls()));
            }
            return shaped;
        }

        Expr expr(Expr expr) {
            return switch (expr) {
                case Expr.Column column -> column;
                case Expr.Correlated correlated -> correlated;
                case Expr.Literal literal -> literal;
                case Expr.RankingCall ranking -> ranking;
                case Expr.Param param -> {
                    Object value = param.value();
                    if (value == null) {
                        yield param;
                    }
                    if (value instanceof ValueList list) {
                        // each item its own slot, so that the writer still sees a list bound as one value
                        List<Object> slots = new ArrayList<>(list.values().size());
                        for (Object item : list.values()) {
                            values.add(item);
                            slots.add(new Slot(values.size() - 1));
                        }
                        yield param.withValue(list.withValues(slots));
                    }
                    values.add(value);
                    yield param.withValue(new Slot(values.size() - 1));
                }
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
                case Expr.Exists exists -> new Expr.Exists(select(exists.query()), exists.negated());
                case Expr.InSelect in -> new Expr.InSelect(expr(in.operand()), select(in.query()), in.negated());
                case Expr.Subquery sub -> new Expr.Subquery(select(sub.query()));
                case Expr.Window w -> new Expr.Window(expr(w.function()), exprs(w.partitionBy()), sorts(w.orderBy()));
                case Expr.Raw raw -> new Expr.Raw(raw.name(), raw.sql(), exprs(raw.args()));
            };
        }

        Select select(Select s) {
            List<Cte> with = new ArrayList<>();
            for (Cte cte : s.with()) {
                List<Select> parts = new ArrayList<>();
                for (Select part : cte.parts()) {
                    parts.add(select(part));
                }
                with.add(new Cte(cte.name(), cte.columns(), parts, cte.recursive()));
            }
            List<Projection> projections = new ArrayList<>();
            for (Projection p : s.projections()) {
                projections.add(new Projection(expr(p.expr()), p.alias()));
            }
            return new Select(
                    with,
                    s.distinct(),
                    projections,
                    s.from(),
                    s.alias(),
                    nullable(s.where()),
                    exprs(s.groupBy()),
                    nullable(s.having()),
                    sorts(s.orderBy()),
                    s.limit(),
                    s.offset(),
                    s.fromSchema(),
                    joins(s.joins()));
        }

        private List<Join> joins(List<Join> joins) {
            List<Join> shaped = new ArrayList<>(joins.size());
            for (Join join : joins) {
                shaped.add(new Join(join.table(), join.schema(), join.alias(), expr(join.on())));
            }
            return shaped;
        }
    }
}
