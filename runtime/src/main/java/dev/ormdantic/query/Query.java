package dev.ormdantic.query;

import dev.ormdantic.TableRef;
import dev.ormdantic.dialect.sql.Cte;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A projection query on one table (or on common table expressions over it): selected values (columns, aggregates, computed values), {@code DISTINCT}, a
 * filter, grouping, a filter on groups, an order and a page. Run it with the table handle's {@code select}, or use it
 * as a subquery ({@link Expressions#exists}, {@link Operand#inQuery}, {@link Expressions#scalar}). Immutable: every
 * method returns a new query.
 *
 * <pre>{@code
 * Query<Flavor> best = Query.from(FlavorTable.TABLE)
 *         .select(NAME, Aggregates.<Flavor>count().as("n"))
 *         .where(RATING.ge(3))
 *         .groupBy(NAME)
 *         .having(Aggregates.count().ge(2L))
 *         .orderByDesc(Aggregates.count());
 * }</pre>
 *
 * @param <T> the record type of the table
 */
public final class Query<T extends Record> {

    /** The table's schema, or the empty string for the default one. */
    private final String schema;

    private final String table;
    private final List<Cte> with;
    private final String from;
    private final @Nullable String alias;
    private final boolean distinct;
    private final List<Selectable<?>> selections;
    private final @Nullable Filter<T> where;
    private final List<Operand<T, ?>> groupBy;
    private final @Nullable Filter<? super T> having;
    private final List<SortItem> orderBy;
    private final long limit;
    private final long offset;

    private Query(
            String schema,
            String table,
            List<Cte> with,
            String from,
            @Nullable String alias,
            boolean distinct,
            List<Selectable<?>> selections,
            @Nullable Filter<T> where,
            List<Operand<T, ?>> groupBy,
            @Nullable Filter<? super T> having,
            List<SortItem> orderBy,
            long limit,
            long offset) {
        this.schema = schema;
        this.table = table;
        this.with = List.copyOf(with);
        this.from = from;
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
     * @param table the table, such as {@code FlavorTable.TABLE}
     * @param <T> the record type
     * @return the query
     */
    public static <T extends Record> Query<T> from(TableRef<T, ?> table) {
        return new Query<>(
                table.schema(),
                table.name(),
                List.of(),
                table.name(),
                null,
                false,
                List.of(),
                null,
                List.of(),
                null,
                List.of(),
                0,
                0);
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
        return new Query<>(
                schema, table, with, from, alias, distinct, selections, where, groupBy, having, orderBy, limit, offset);
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
        return new Query<>(
                schema, table, with, from, alias, distinct, list, where, groupBy, having, orderBy, limit, offset);
    }

    /**
     * This query returning each distinct result row once.
     *
     * @return the query
     */
    public Query<T> distinct() {
        return new Query<>(
                schema, table, with, from, alias, true, selections, where, groupBy, having, orderBy, limit, offset);
    }

    /**
     * This query reading only the rows that match a filter.
     *
     * @param filter the filter
     * @return the query
     */
    public Query<T> where(Filter<T> filter) {
        return new Query<>(
                schema,
                table,
                with,
                from,
                alias,
                distinct,
                selections,
                filter,
                groupBy,
                having,
                orderBy,
                limit,
                offset);
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
        return new Query<>(
                schema, table, with, from, alias, distinct, selections, where, list, having, orderBy, limit, offset);
    }

    /**
     * This query keeping only the groups that match a filter over aggregates. The filter may be over this table's
     * rows or over any row at all: {@code having(Aggregates.count().ge(2L))} compiles without a type witness, since
     * {@code count()} names no column and so builds a {@code Filter<Object>}. A filter over another table's columns
     * does not compile.
     *
     * @param filter the filter, such as {@code Aggregates.count().ge(2L)}
     * @return the query
     */
    public Query<T> having(Filter<? super T> filter) {
        return new Query<>(
                schema, table, with, from, alias, distinct, selections, where, groupBy, filter, orderBy, limit, offset);
    }

    /**
     * This query then ordered ascending by a value: a column, an aggregate such as {@code Aggregates.sum(TOTAL)}, or
     * any computed value over this table's rows (or over no table, such as {@code Aggregates.count()}). Follow it
     * with {@link #nullsFirst()} or {@link #nullsLast()} to place {@code NULL}s.
     *
     * @param value the value
     * @return the query
     */
    public Query<T> orderByAsc(Operand<? super T, ?> value) {
        return ordered(new SortItem(value.expr(), false, OrderItem.Nulls.DEFAULT));
    }

    /**
     * This query then ordered descending by a value; see {@link #orderByAsc(Operand)}.
     *
     * @param value the value
     * @return the query
     */
    public Query<T> orderByDesc(Operand<? super T, ?> value) {
        return ordered(new SortItem(value.expr(), true, OrderItem.Nulls.DEFAULT));
    }

    /**
     * This query with the {@code NULL}s of its last ordering term before every value, on every dialect: {@code NULLS
     * FIRST} where the database has it, a leading {@code CASE WHEN ... IS NULL} term where it does not (MySQL,
     * MariaDB, SQL Server). It applies to whatever the term orders by, an aggregate included:
     * {@code orderByDesc(Aggregates.sum(TOTAL)).nullsFirst()}.
     *
     * @return the query
     * @throws IllegalStateException when the query has no ordering yet
     */
    public Query<T> nullsFirst() {
        return nulls(OrderItem.Nulls.FIRST);
    }

    /**
     * This query with the {@code NULL}s of its last ordering term after every value, on every dialect; see
     * {@link #nullsFirst()}. A {@code SUM} over a group whose values are all {@code NULL} is {@code NULL}, so
     * {@code orderByDesc(Aggregates.sum(TOTAL)).nullsLast()} lists such groups last everywhere.
     *
     * @return the query
     * @throws IllegalStateException when the query has no ordering yet
     */
    public Query<T> nullsLast() {
        return nulls(OrderItem.Nulls.LAST);
    }

    private Query<T> nulls(OrderItem.Nulls nulls) {
        if (orderBy.isEmpty()) {
            throw new IllegalStateException(
                    "nullsFirst() and nullsLast() follow orderByAsc(value), orderByDesc(value) or orderBy(order)");
        }
        List<SortItem> changed = new ArrayList<>(orderBy);
        SortItem last = changed.removeLast();
        changed.add(new SortItem(last.expr(), last.descending(), nulls));
        return new Query<>(
                schema, table, with, from, alias, distinct, selections, where, groupBy, having, changed, limit, offset);
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
        return new Query<>(
                schema, table, with, from, alias, distinct, selections, where, groupBy, having, longer, limit, offset);
    }

    /**
     * This query with a common table expression, {@code WITH name AS (body)}, which {@link #readFrom} can then read.
     *
     * @param name the CTE's name, a constant of the program
     * @param body its query; its selected columns keep their names, so this table's column constants still name them
     * @return the query
     */
    public Query<T> with(String name, Query<T> body) {
        return withCte(new Cte(name, List.of(), List.of(body.toSelect()), false));
    }

    /**
     * This query with a recursive common table expression: {@code WITH RECURSIVE name (columns) AS (anchor UNION ALL
     * step)}, where {@code step} reads {@code name} itself through {@link #readFrom} ({@code RECURSIVE} is left out on
     * SQL Server and Oracle, which do not take it).
     *
     * @param name the CTE's name, a constant of the program
     * @param columns the names of its columns, in the order both parts select them
     * @param anchor the first rows
     * @param step the rows derived from the previous ones; it must end by a filter
     * @return the query
     */
    public Query<T> withRecursive(String name, List<String> columns, Query<T> anchor, Query<T> step) {
        return withCte(new Cte(name, columns, List.of(anchor.toSelect(), step.toSelect()), true));
    }

    private Query<T> withCte(Cte cte) {
        List<Cte> longer = new ArrayList<>(with);
        longer.add(cte);
        return new Query<>(
                schema,
                table,
                longer,
                from,
                alias,
                distinct,
                selections,
                where,
                groupBy,
                having,
                orderBy,
                limit,
                offset);
    }

    /**
     * This query reading a common table expression instead of the table; the CTE is declared by this query's
     * {@link #with} or, for the step of a recursive one, by the enclosing query.
     *
     * @param cte the CTE's name
     * @return the query
     */
    public Query<T> readFrom(String cte) {
        return new Query<>(
                schema, table, with, cte, alias, distinct, selections, where, groupBy, having, orderBy, limit, offset);
    }

    /**
     * This query returning at most some rows.
     *
     * @param rows the most rows, {@code 0} for no limit
     * @return the query
     */
    public Query<T> limit(long rows) {
        return new Query<>(
                schema, table, with, from, alias, distinct, selections, where, groupBy, having, orderBy, rows, offset);
    }

    /**
     * This query skipping some rows.
     *
     * @param rows the rows to skip, {@code 0} for none
     * @return the query
     */
    public Query<T> offset(long rows) {
        return new Query<>(
                schema, table, with, from, alias, distinct, selections, where, groupBy, having, orderBy, limit, rows);
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
                with,
                distinct,
                projections,
                from,
                alias,
                where == null ? null : where.expr(),
                groups,
                having == null ? null : having.expr(),
                orderBy,
                limit,
                offset,
                // The table is qualified by its schema; a CTE of the same name is not.
                from.equals(table) && with.stream().noneMatch(cte -> cte.name().equals(from)) ? schema : "");
    }

    @Override
    public String toString() {
        return toSelect().toString();
    }
}
