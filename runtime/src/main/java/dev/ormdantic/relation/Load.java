package dev.ormdantic.relation;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.RelationException;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to load a path's last relationship: its {@link Strategy}, and for the related rows a filter, an order, a batch
 * size and a per-parent limit. Immutable; every refinement returns a new load.
 *
 * <pre>{@code
 * authors.loading(AuthorTable.POSTS.selectIn()
 *         .where(PostTable.TITLE.startsWith("b"))
 *         .orderBy(OrderBy.desc(PostTable.CREATED))
 *         .limitPerParent(3))          // each author's three newest posts starting with "b", in one statement
 *     .findMany();
 * }</pre>
 *
 * <p>A filter narrows the collection (a parent without matching rows gets an empty one, and is still returned); on a
 * to-one it makes a non-matching reference load as absent ({@link Ref#find()} empty). Filtering, ordering and limits
 * need an eager strategy ({@code ORM2603} otherwise).
 *
 * @param <P> the record the path starts from
 * @param <C> the record whose rows this load reads
 * @since 0.1.0
 */
public final class Load<P extends Record, C extends Record> implements Loader<P> {

    private final Path<P, C> path;
    private final Strategy strategy;
    private final @Nullable Filter<C> where;
    private final @Nullable OrderBy<C> orderBy;
    private final int batch;
    private final int perParent;

    Load(Path<P, C> path, Strategy strategy) {
        this(path, strategy, null, null, 0, 0);
    }

    private Load(
            Path<P, C> path,
            Strategy strategy,
            @Nullable Filter<C> where,
            @Nullable OrderBy<C> orderBy,
            int batch,
            int perParent) {
        this.path = path;
        this.strategy = strategy;
        this.where = where;
        this.orderBy = orderBy;
        this.batch = batch;
        this.perParent = perParent;
    }

    /**
     * Only the related rows that match a filter, and with {@code and} of an earlier one.
     *
     * @param filter the filter on the related table
     * @return the narrowed load
     */
    public Load<P, C> where(Filter<C> filter) {
        Objects.requireNonNull(filter, "filter");
        requireEager("where");
        Filter<C> current = where;
        return new Load<>(path, strategy, current == null ? filter : current.and(filter), orderBy, batch, perParent);
    }

    /**
     * The related rows of each parent in this order (by default, the related table's key order).
     *
     * @param order the order
     * @return the ordered load
     */
    public Load<P, C> orderBy(OrderBy<C> order) {
        Objects.requireNonNull(order, "order");
        requireEager("orderBy");
        return new Load<>(path, strategy, where, order, batch, perParent);
    }

    /**
     * At most this many parent keys per select-in statement; by default as many as the dialect's parameter limit
     * allows (a thousand on Oracle, 2,000 on SQL Server, one array parameter on PostgreSQL).
     *
     * @param parents the batch size, at least 1
     * @return the batched load
     */
    public Load<P, C> batched(int parents) {
        if (parents < 1) {
            throw invalid("loader batch size must be at least 1, not " + parents);
        }
        requireEager("batched");
        return new Load<>(path, strategy, where, orderBy, parents, perParent);
    }

    /**
     * At most this many related rows for each parent, the first in {@link #orderBy} order, in the same statement as the
     * others (a window function, not a query per parent); only for a to-many step.
     *
     * @param rows the limit per parent, at least 1
     * @return the limited load
     */
    public Load<P, C> limitPerParent(int rows) {
        if (rows < 1) {
            throw invalid("a per-parent limit must be at least 1, not " + rows);
        }
        requireEager("limitPerParent");
        if (!last().toMany()) {
            throw invalid(
                    "limitPerParent applies to a collection; " + last().qualifiedName() + " is a single reference");
        }
        return new Load<>(path, strategy, where, orderBy, batch, rows);
    }

    private void requireEager(String option) {
        if (!strategy.eager()) {
            throw invalid("loader path '" + path.dotted() + "' cannot define " + option + " with strategy '"
                    + strategy.label() + "'");
        }
    }

    private static RelationException invalid(String problem) {
        return new RelationException(ErrorCode.LOADER_INVALID, ErrorContext.none(), problem, null, null);
    }

    /**
     * The path this load loads the last step of.
     *
     * @return the path
     */
    public Path<P, C> path() {
        return path;
    }

    /**
     * The last relationship of the path: the one this load's options apply to.
     *
     * @return the relationship
     */
    public Relationship<?, ?> last() {
        return path.steps().getLast();
    }

    /**
     * How the last step is loaded.
     *
     * @return the strategy
     */
    public Strategy strategy() {
        return strategy;
    }

    /**
     * The filter on the related rows, or {@code null} for all of them.
     *
     * @return the filter
     */
    public @Nullable Filter<C> where() {
        return where;
    }

    /**
     * The order of each parent's related rows, or {@code null} for the related table's key order.
     *
     * @return the order
     */
    public @Nullable OrderBy<C> orderBy() {
        return orderBy;
    }

    /**
     * The batch size, or 0 for the dialect's largest.
     *
     * @return the batch size
     */
    public int batch() {
        return batch;
    }

    /**
     * The limit of related rows per parent, or 0 for none.
     *
     * @return the limit
     */
    public int limitPerParent() {
        return perParent;
    }

    /**
     * The path, the strategy and the options set: {@code author.posts selectin where ... limitPerParent 3}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(path.toString()).append(' ').append(strategy.label());
        if (where != null) {
            text.append(" where ").append(where);
        }
        if (orderBy != null) {
            text.append(" orderBy ").append(orderBy);
        }
        if (batch > 0) {
            text.append(" batched ").append(batch);
        }
        if (perParent > 0) {
            text.append(" limitPerParent ").append(perParent);
        }
        return text.toString();
    }
}
