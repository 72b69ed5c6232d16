package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.support.GeneratedTable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A projection query on one table: selected values (columns, aggregates, computed values), {@code DISTINCT}, a
 * filter, grouping, a filter on groups, an order and a page. Run it with the table handle's {@code select}, or use it
 * as a subquery ({@link Expressions#exists}, {@link Operand#inQuery}, {@link Expressions#scalar}). Immutable: every
 * method returns a new query.
 *
 * <pre>{@code
 * Query<Flavor> best = Query.from(new FlavorTable())
 *         .select(NAME, Aggregates.<Flavor>count().as("n"))
 *         .where(RATING.ge(3))
 *         .groupBy(NAME)
 *         .having(Aggregates.<Flavor>count().ge(2L))
 *         .orderByDesc(Aggregates.count());
 * }</pre>
 *
 * @param <T> the record type of the table
 */
public final class Query<T extends Record> {

    private final String table;
    private final @Nullable String alias;
    private final boolean distinct;
    private final List<Selectable<?>> selections;
    private final @Nullable Filter<T> where;
    private final List<Operand<T, ?>> groupBy;
    private final @Nullable Filter<T> having;
    private final List<SortItem> orderBy;
    private final long limit;
    private final long offset;

    private Query(
            String table,
            @Nullable String alias,
            boolean distinct,
            List<Selectable<?>> selections,
            @Nullable Filter<T> where,
            List<Operand<T, ?>> groupBy,
            @Nullable Filter<T> having,
            List<SortItem> orderBy,
            long limit,
            long offset) {
        this.table = table;
        this.alias = alias;
        this.distinct = distinct;
        this.selections = List.copyOf(selections);
        this.where = where;
        this.groupBy = List.copyOf(groupBy);
        this.having = having;
        this.orderBy = List.copyOf(orderBy);
        this.limit = limit;
        this.offset = offset;
    }

    /**
     * A query on a table, selecting {@code COUNT(*)} until {@link #select} says otherwise.
     *
     * @param table the generated table, such as {@code new FlavorTable()}
     * @param <T> the record type
     * @return the query
     */
    public static <T extends Record> Query<T> from(GeneratedTable<T, ?> table) {
        return new Query<>(table.name(), null, false, List.of(), null, List.of(), null, List.of(), 0, 0);
    }

    /**
     * The table this query reads.
     *
     * @return the table name
     */
    public String table() {
        return table;
    }

    /**
     * This query with a table alias, which qualified columns ({@link Column#of}) of correlated subqueries refer to.
     *
     * @param alias the alias
     * @return the query
     */
    public Query<T> as(String alias) {
        return new Query<>(table, alias, distinct, selections, where, groupBy, having, orderBy, limit, offset);
    }

    /**
     * This query selecting the given values, in order.
     *
     * @param selections the values, at least one; a value not tied to a table (such as {@code count()}) fits any
     * @return the query
     */
    @SafeVarargs
    public final Query<T> select(Selectable<? super T>... selections) {
        if (selections.length == 0) {
            throw new IllegalArgumentException("select needs at least one value");
        }
        List<Selectable<?>> list = new ArrayList<>();
        for (Selectable<? super T> selection : selections) {
            list.add(selection);
        }
        return new Query<>(table, alias, distinct, list, where, groupBy, having, orderBy, limit, offset);
    }

    /**
     * This query returning each distinct result row once.
     *
     * @return the query
     */
    public Query<T> distinct() {
        return new Query<>(table, alias, true, selections, where, groupBy, having, orderBy, limit, offset);
    }

    /**
     * This query reading only the rows that match a filter.
     *
     * @param filter the filter
     * @return the query
     */
    public Query<T> where(Filter<T> filter) {
        return new Query<>(table, alias, distinct, selections, filter, groupBy, having, orderBy, limit, offset);
    }

    /**
     * This query grouping rows by values.
     *
     * @param terms the grouping values, at least one
     * @return the query
     */
    @SafeVarargs
    public final Query<T> groupBy(Operand<T, ?>... terms) {
        List<Operand<T, ?>> list = new ArrayList<>();
        for (Operand<T, ?> term : terms) {
            list.add(term);
        }
        return new Query<>(table, alias, distinct, selections, where, list, having, orderBy, limit, offset);
    }

    /**
     * This query keeping only the groups that match a filter over aggregates.
     *
     * @param filter the filter, such as {@code Aggregates.count().ge(2L)}
     * @return the query
     */
    public Query<T> having(Filter<T> filter) {
        return new Query<>(table, alias, distinct, selections, where, groupBy, filter, orderBy, limit, offset);
    }

    /**
     * This query then ordered ascending by a value.
     *
     * @param value the value
     * @return the query
     */
    public Query<T> orderByAsc(Operand<T, ?> value) {
        return ordered(new SortItem(value.expr(), false, OrderItem.Nulls.DEFAULT));
    }

    /**
     * This query then ordered descending by a value.
     *
     * @param value the value
     * @return the query
     */
    public Query<T> orderByDesc(Operand<T, ?> value) {
        return ordered(new SortItem(value.expr(), true, OrderItem.Nulls.DEFAULT));
    }

    /**
     * This query then ordered by columns, with their placement of {@code NULL}s.
     *
     * @param order the ordering
     * @return the query
     */
    public Query<T> orderBy(OrderBy<T> order) {
        Query<T> query = this;
        for (OrderItem item : order.items()) {
            query = query.ordered(new SortItem(new Expr.Column(item.column()), item.descending(), item.nulls()));
        }
        return query;
    }

    private Query<T> ordered(SortItem item) {
        List<SortItem> longer = new ArrayList<>(orderBy);
        longer.add(item);
        return new Query<>(table, alias, distinct, selections, where, groupBy, having, longer, limit, offset);
    }

    /**
     * This query returning at most some rows.
     *
     * @param rows the most rows, {@code 0} for no limit
     * @return the query
     */
    public Query<T> limit(long rows) {
        return new Query<>(table, alias, distinct, selections, where, groupBy, having, orderBy, rows, offset);
    }

    /**
     * This query skipping some rows.
     *
     * @param rows the rows to skip, {@code 0} for none
     * @return the query
     */
    public Query<T> offset(long rows) {
        return new Query<>(table, alias, distinct, selections, where, groupBy, having, orderBy, limit, rows);
    }

    /**
     * The query as a SQL tree, for rendering by a dialect.
     *
     * @return the select
     * @throws IllegalArgumentException for a negative limit or offset
     */
    public Select toSelect() {
        List<Projection> projections = new ArrayList<>();
        for (Selectable<?> selection : selections) {
            projections.add(new Projection(selection.expr(), selection.alias()));
        }
        if (projections.isEmpty()) {
            projections.add(new Projection(new Expr.AggregateCall(Expr.Aggregate.COUNT, null, false), null));
        }
        List<Expr> groups = new ArrayList<>();
        for (Operand<T, ?> term : groupBy) {
            groups.add(term.expr());
        }
        return new Select(
                List.of(),
                distinct,
                projections,
                table,
                alias,
                where == null ? null : where.expr(),
                groups,
                having == null ? null : having.expr(),
                orderBy,
                limit,
                offset);
    }

    @Override
    public String toString() {
        return toSelect().toString();
    }
}
