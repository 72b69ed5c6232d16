package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.ConstantConditions;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.internal.query.QueryTrees;
import java.util.ArrayList;
import java.util.List;

/**
 * A condition on the rows of table {@code T}, built from its generated column constants and combined with
 * {@link #and}, {@link #or} and {@link #not}. Immutable; values are held as bound parameters, never as SQL text.
 *
 * <pre>{@code
 * Filter<Flavor> good = FlavorTable.RATING.ge(4).and(FlavorTable.NAME.like("Van%"));
 * }</pre>
 *
 * @param <T> the record type of the table
 * @since 0.1.0
 */
public final class Filter<T> {

    static {
        // The runtime reaches filters' trees, and the other query types', through this one access.
        QueryTrees.install(new TreeAccess());
    }

    private static final Filter<?> ALL = new Filter<>(new Expr.And(List.of()));

    private final Expr expr;

    private Filter(Expr expr) {
        this.expr = expr;
    }

    /**
     * A filter from an expression; used by column constants and dynamic filters, which guarantee the expression only
     * names columns of table {@code T}.
     *
     * @param expr the expression
     * @param <T> the record type of the table
     * @return the filter
     */
    static <T> Filter<T> of(Expr expr) {
        return new Filter<>(expr);
    }

    /**
     * The filter that matches every row.
     *
     * @param <T> the record type of the table
     * @return the filter
     */
    @SuppressWarnings("unchecked") // holds no value of T
    public static <T> Filter<T> all() {
        return (Filter<T>) ALL;
    }

    /**
     * Rows that match this filter and {@code other}. The other filter may be over any row, such as
     * {@code Aggregates.count().ge(2L)}, which names no column; a filter over another table's columns does not
     * compile.
     *
     * @param other the other condition
     * @return the conjunction
     */
    public Filter<T> and(Filter<? super T> other) {
        return new Filter<>(new Expr.And(flatten(Expr.And.class, other)));
    }

    /**
     * Rows that match this filter or {@code other}; like {@link #and}, the other filter may be over any row.
     *
     * @param other the other condition
     * @return the disjunction
     */
    public Filter<T> or(Filter<? super T> other) {
        return new Filter<>(new Expr.Or(flatten(Expr.Or.class, other)));
    }

    /**
     * Rows that do not match this filter.
     *
     * @return the negation
     */
    public Filter<T> not() {
        return new Filter<>(new Expr.Not(expr));
    }

    /**
     * Whether this filter has no condition at all, like {@link #all()}. A filter can match every row without being
     * empty; {@link #matchesEveryRow()} tells.
     *
     * @return {@code true} for the empty conjunction
     */
    public boolean isEmpty() {
        return expr instanceof Expr.And and && and.terms().isEmpty();
    }

    /**
     * Whether this filter matches every row whatever the rows hold: {@link #all()}, and every filter that reduces to
     * it, such as {@code ID.notIn(List.of())}, an {@code or} with such a branch, the {@code not} of a filter that
     * matches nothing ({@code ID.in(List.of()).not()}), or an {@code and} of such parts, however nested and whether
     * built from column constants or by {@link Filters}. {@code deleteWhere} and {@code updateWhere} refuse it unless
     * told that every row is meant.
     *
     * @return {@code true} when the filter reduces to "always true"
     */
    public boolean matchesEveryRow() {
        return ConstantConditions.alwaysTrue(expr);
    }

    /** The expression tree, for rendering by a dialect. */
    Expr expr() {
        return expr;
    }

    /** Keeps a chain of {@code and}s (or {@code or}s) one flat list instead of a deep tree. */
    private List<Expr> flatten(Class<? extends Expr> junction, Filter<?> other) {
        List<Expr> terms = new ArrayList<>();
        for (Expr term : List.of(expr, other.expr)) {
            if (term instanceof Expr.And and && junction == Expr.And.class) {
                terms.addAll(and.terms());
            } else if (term instanceof Expr.Or or && junction == Expr.Or.class) {
                terms.addAll(or.terms());
            } else {
                terms.add(term);
            }
        }
        return terms;
    }

    @Override
    public String toString() {
        return expr.toString();
    }
}
