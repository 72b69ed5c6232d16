package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Cte;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A projection query on one table (or on common table expressions over it): selected values (columns, aggregates,
 * computed values), {@code DISTINCT}, a filter, grouping, a filter on groups, an order and a page. Run it with the
 * table handle's {@code select}, or use it as a subquery ({@link Expressions#exists}, {@link Operand#inQuery},
 * {@link Expressions#scalar}). Immutable: every method returns a new query.
 *
 * <p>Selecting one to eight operands gives a {@link RowQuery} whose rows are typed by javac: the value itself for
 * one, a {@link Row2} to {@link Row8} for more, or a record through {@link RowQuery#map}. Selecting named values
 * ({@link Operand#as}) gives this untyped query, whose rows are {@link ResultRow}s read by name.
 *
 * <pre>{@code
 * List<NameCount> best = flavors.select(Query.from(FlavorTable.TABLE)
 *         .where(RATING.ge(3))
 *         .groupBy(NAME)
 *         .having(Aggregates.count().ge(2L))
 *         .orderBy(OrderBy.desc(Aggregates.count()))
 *         .select(NAME, Aggregates.count())
 *         .map(Rows.mapping(NameCount::new)));
 * }</pre>
 *
 * @param <T> the record type of the table
 * @since 0.1.0
 */
public final class Query<T extends Record> implements Subquery {

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
    private final @Nullable RowLockMode lock;

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
            long offset,
            @Nullable RowLockMode lock) {
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
        this.lock = lock;
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
                0,
                null);
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
                schema,
                table,
                with,
                from,
                alias,
                distinct,
                selections,
                where,
                groupBy,
                having,
                orderBy,
                limit,
                offset,
                lock);
    }

    /**
     * This query selecting the given values, in order, read back as {@link ResultRow}s by name. One to eight operands
     * without names select through the typed overloads instead ({@code select(ID, PRICE)}); this one takes named
     * values ({@code PRICE.as("price")}) or more than eight.
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
                schema, table, with, from, alias, distinct, list, where, groupBy, having, orderBy, limit, offset, lock);
    }

    /**
     * This query selecting one typed value; its rows are the values themselves.
     *
     * @param a the value
     * @param <A> its Java type
     * @return the typed query
     */
    @SuppressWarnings("unchecked") // the value read is of the operand's type
    public <A> RowQuery<T, A> select(Operand<? super T, A> a) {
        return typed(values -> (A) values[0], a);
    }

    /**
     * This query selecting two typed values; its rows are {@link Row2}s.
     *
     * @param a the first value
     * @param b the second value
     * @param <A> the Java type of the first value
     * @param <B> the Java type of the second value
     * @return the typed query
     */
    @SuppressWarnings("unchecked") // each value read is of its operand's type
    public <A, B> RowQuery<T, Row2<A, B>> select(Operand<? super T, A> a, Operand<? super T, B> b) {
        return typed(values -> new Row2<>((A) values[0], (B) values[1]), a, b);
    }

    /**
     * This query selecting three typed values; its rows are {@link Row3}s.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param <A> the Java type of the first value
     * @param <B> the Java type of the second value
     * @param <C> the Java type of the third value
     * @return the typed query
     */
    @SuppressWarnings("unchecked") // each value read is of its operand's type
    public <A, B, C> RowQuery<T, Row3<A, B, C>> select(
            Operand<? super T, A> a, Operand<? super T, B> b, Operand<? super T, C> c) {
        return typed(values -> new Row3<>((A) values[0], (B) values[1], (C) values[2]), a, b, c);
    }

    /**
     * This query selecting four typed values; its rows are {@link Row4}s.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @param <A> the Java type of the first value
     * @param <B> the Java type of the second value
     * @param <C> the Java type of the third value
     * @param <D> the Java type of the fourth value
     * @return the typed query
     */
    @SuppressWarnings("unchecked") // each value read is of its operand's type
    public <A, B, C, D> RowQuery<T, Row4<A, B, C, D>> select(
            Operand<? super T, A> a, Operand<? super T, B> b, Operand<? super T, C> c, Operand<? super T, D> d) {
        return typed(values -> new Row4<>((A) values[0], (B) values[1], (C) values[2], (D) values[3]), a, b, c, d);
    }

    /**
     * This query selecting five typed values; its rows are {@link Row5}s.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @param e the fifth value
     * @param <A> the Java type of the first value
     * @param <B> the Java type of the second value
     * @param <C> the Java type of the third value
     * @param <D> the Java type of the fourth value
     * @param <E> the Java type of the fifth value
     * @return the typed query
     */
    @SuppressWarnings("unchecked") // each value read is of its operand's type
    public <A, B, C, D, E> RowQuery<T, Row5<A, B, C, D, E>> select(
            Operand<? super T, A> a,
            Operand<? super T, B> b,
            Operand<? super T, C> c,
            Operand<? super T, D> d,
            Operand<? super T, E> e) {
        return typed(
                values -> new Row5<>((A) values[0], (B) values[1], (C) values[2], (D) values[3], (E) values[4]),
                a,
                b,
                c,
                d,
                e);
    }

    /**
     * This query selecting six typed values; its rows are {@link Row6}s.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @param e the fifth value
     * @param f the sixth value
     * @param <A> the Java type of the first value
     * @param <B> the Java type of the second value
     * @param <C> the Java type of the third value
     * @param <D> the Java type of the fourth value
     * @param <E> the Java type of the fifth value
     * @param <F> the Java type of the sixth value
     * @return the typed query
     */
    @SuppressWarnings("unchecked") // each value read is of its operand's type
    public <A, B, C, D, E, F> RowQuery<T, Row6<A, B, C, D, E, F>> select(
            Operand<? super T, A> a,
            Operand<? super T, B> b,
            Operand<? super T, C> c,
            Operand<? super T, D> d,
            Operand<? super T, E> e,
            Operand<? super T, F> f) {
        return typed(
                values -> new Row6<>(
                        (A) values[0], (B) values[1], (C) values[2], (D) values[3], (E) values[4], (F) values[5]),
                a,
                b,
                c,
                d,
                e,
                f);
    }

    /**
     * This query selecting seven typed values; its rows are {@link Row7}s.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @param e the fifth value
     * @param f the sixth value
     * @param g the seventh value
     * @param <A> the Java type of the first value
     * @param <B> the Java type of the second value
     * @param <C> the Java type of the third value
     * @param <D> the Java type of the fourth value
     * @param <E> the Java type of the fifth value
     * @param <F> the Java type of the sixth value
     * @param <G> the Java type of the seventh value
     * @return the typed query
     */
    @SuppressWarnings("unchecked") // each value read is of its operand's type
    public <A, B, C, D, E, F, G> RowQuery<T, Row7<A, B, C, D, E, F, G>> select(
            Operand<? super T, A> a,
            Operand<? super T, B> b,
            Operand<? super T, C> c,
            Operand<? super T, D> d,
            Operand<? super T, E> e,
            Operand<? super T, F> f,
            Operand<? super T, G> g) {
        return typed(
                values -> new Row7<>(
                        (A) values[0], (B) values[1], (C) values[2], (D) values[3], (E) values[4], (F) values[5], (G)
                                values[6]),
                a,
                b,
                c,
                d,
                e,
                f,
                g);
    }

    /**
     * This query selecting eight typed values; its rows are {@link Row8}s.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @param e the fifth value
     * @param f the sixth value
     * @param g the seventh value
     * @param h the eighth value
     * @param <A> the Java type of the first value
     * @param <B> the Java type of the second value
     * @param <C> the Java type of the third value
     * @param <D> the Java type of the fourth value
     * @param <E> the Java type of the fifth value
     * @param <F> the Java type of the sixth value
     * @param <G> the Java type of the seventh value
     * @param <H> the Java type of the eighth value
     * @return the typed query
     */
    @SuppressWarnings("unchecked") // each value read is of its operand's type
    public <A, B, C, D, E, F, G, H> RowQuery<T, Row8<A, B, C, D, E, F, G, H>> select(
            Operand<? super T, A> a,
            Operand<? super T, B> b,
            Operand<? super T, C> c,
            Operand<? super T, D> d,
            Operand<? super T, E> e,
            Operand<? super T, F> f,
            Operand<? super T, G> g,
            Operand<? super T, H> h) {
        return typed(
                values -> new Row8<>(
                        (A) values[0],
                        (B) values[1],
                        (C) values[2],
                        (D) values[3],
                        (E) values[4],
                        (F) values[5],
                        (G) values[6],
                        (H) values[7]),
                a,
                b,
                c,
                d,
                e,
                f,
                g,
                h);
    }

    @SuppressWarnings("NullAway") // a SQL NULL is read as null, whatever the operand's type says
    private <R> RowQuery<T, R> typed(Function<@Nullable Object[], R> reader, Operand<?, ?>... operands) {
        List<Selectable<?>> list = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        for (Operand<?, ?> operand : operands) {
            if (operand instanceof EnumColumn<?, ?> || operand instanceof JsonColumn<?>) {
                throw new IllegalArgumentException("a typed select reads no enum or JSON column, such as "
                        + operand + "; select it by name (" + operand + ".as(\"" + operand
                        + "\")) and read the ResultRow, or read whole records with findMany");
            }
            list.add(operand);
            types.add(OperandNode.type(operand));
        }
        Query<T> query = new Query<>(
                schema, table, with, from, alias, distinct, list, where, groupBy, having, orderBy, limit, offset, lock);
        return new RowQuery<>(query, types, reader);
    }

    /**
     * This query returning each distinct result row once.
     *
     * @return the query
     */
    public Query<T> distinct() {
        return new Query<>(
                schema,
                table,
                with,
                from,
                alias,
                true,
                selections,
                where,
                groupBy,
                having,
                orderBy,
                limit,
                offset,
                lock);
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
                offset,
                lock);
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
        return grouped(list);
    }

    /** This query grouping rows by values. */
    Query<T> grouped(List<Operand<T, ?>> terms) {
        return new Query<>(
                schema,
                table,
                with,
                from,
                alias,
                distinct,
                selections,
                where,
                terms,
                having,
                orderBy,
                limit,
                offset,
                lock);
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
                schema,
                table,
                with,
                from,
                alias,
                distinct,
                selections,
                where,
                groupBy,
                filter,
                orderBy,
                limit,
                offset,
                lock);
    }

    /**
     * This query then ordered: by columns, aggregates such as {@code OrderBy.desc(Aggregates.sum(TOTAL))}, or any
     * computed value over this table's rows (or over no table, such as {@code Aggregates.count()}), with the
     * placement of their {@code NULL}s. Each call appends its terms to those of the previous ones.
     *
     * @param order the ordering
     * @return the query
     */
    public Query<T> orderBy(OrderBy<? super T> order) {
        List<SortItem> longer = new ArrayList<>(orderBy);
        longer.addAll(order.items());
        return new Query<>(
                schema,
                table,
                with,
                from,
                alias,
                distinct,
                selections,
                where,
                groupBy,
                having,
                longer,
                limit,
                offset,
                lock);
    }

    /**
     * This query with a common table expression, {@code WITH name AS (body)}, which {@link #readFrom} can then read.
     *
     * @param name the CTE's name, a constant of the program
     * @param body its query; its selected columns keep their names, so this table's column constants still name them
     * @return the query
     */
    public Query<T> with(String name, Subquery body) {
        return withCte(new Cte(name, List.of(), List.of(tree(body)), false));
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
    public Query<T> withRecursive(String name, List<String> columns, Subquery anchor, Subquery step) {
        return withCte(new Cte(name, columns, List.of(tree(anchor), tree(step)), true));
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
                offset,
                lock);
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
                schema,
                table,
                with,
                cte,
                alias,
                distinct,
                selections,
                where,
                groupBy,
                having,
                orderBy,
                limit,
                offset,
                lock);
    }

    /**
     * This query returning at most some rows.
     *
     * @param rows the most rows, {@code 0} for no limit
     * @return the query
     */
    public Query<T> limit(long rows) {
        return new Query<>(
                schema,
                table,
                with,
                from,
                alias,
                distinct,
                selections,
                where,
                groupBy,
                having,
                orderBy,
                rows,
                offset,
                lock);
    }

    /**
     * This query skipping some rows.
     *
     * @param rows the rows to skip, {@code 0} for none
     * @return the query
     */
    public Query<T> offset(long rows) {
        return new Query<>(
                schema,
                table,
                with,
                from,
                alias,
                distinct,
                selections,
                where,
                groupBy,
                having,
                orderBy,
                limit,
                rows,
                lock);
    }

    /**
     * This query locking the rows it returns until the transaction ends, exclusively ({@code FOR UPDATE}): no other
     * transaction may change, delete or lock them meanwhile; see {@link RowLock#forUpdate()}. Replaces a lock chosen
     * before. Run it with the handle of a transaction ({@code tx.blockingTable(...)}): outside one it is refused
     * ({@code ORM2413}), since each statement there commits, and its locks end, at once. A locking query returns rows
     * of its table: one with {@code distinct()}, {@code groupBy}, {@code having}, an aggregate or a window function,
     * or that reads a common table expression, is refused ({@code ORM2103}), as is a lock the database lacks
     * ({@code ORM2007}: SQLite, a shared lock or a lock with a limit on Oracle). It cannot be a subquery.
     *
     * @return the query
     */
    public Query<T> forUpdate() {
        return locked(RowLockMode.FOR_UPDATE);
    }

    /**
     * This query locking the rows it returns until the transaction ends, shared ({@code FOR SHARE}; MariaDB's
     * {@code LOCK IN SHARE MODE}): others may read and share-lock them, not change them; see {@link #forUpdate()} for
     * where it runs and {@link RowLock#forShare()}. Replaces a lock chosen before.
     *
     * @return the query
     */
    public Query<T> forShare() {
        return locked(RowLockMode.FOR_SHARE);
    }

    /**
     * This query failing at once instead of waiting when a row it would lock is locked by another transaction
     * ({@code NOWAIT}); see {@link RowLock#noWait()}.
     *
     * @return the query
     * @throws InvalidArgumentException ({@code ORM2103}) when no lock was chosen, or {@link #skipLocked()} was
     */
    public Query<T> noWait() {
        return locked(requireLock("noWait").noWait());
    }

    /**
     * This query leaving out the rows another transaction has locked instead of waiting for them ({@code SKIP
     * LOCKED}); see {@link RowLock#skipLocked()}.
     *
     * @return the query
     * @throws InvalidArgumentException ({@code ORM2103}) when no lock was chosen, or {@link #noWait()} was
     */
    public Query<T> skipLocked() {
        return locked(requireLock("skipLocked").skipLocked());
    }

    private RowLockMode requireLock(String modifier) {
        if (lock == null) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT,
                    new ErrorContext("select", table, null),
                    modifier + "() says what a row lock does about rows others hold, and this query takes none",
                    "call forUpdate() or forShare() first, as in Query.from(TABLE).forUpdate()." + modifier + "()",
                    null);
        }
        return lock;
    }

    private Query<T> locked(RowLock rowLock) {
        return new Query<>(
                schema,
                table,
                with,
                from,
                alias,
                distinct,
                selections,
                where,
                groupBy,
                having,
                orderBy,
                limit,
                offset,
                (RowLockMode) rowLock);
    }

    /** The row lock this query takes, or {@code null} for none. */
    @Nullable
    RowLockMode lock() {
        return lock;
    }

    /**
     * The SQL tree of a query or a typed one, for rendering by a dialect.
     *
     * @throws IllegalArgumentException for a negative limit or offset, or a query that locks rows
     */
    static Select tree(Subquery query) {
        Query<?> untyped = switch (query) {
            case Query<?> plain -> plain;
            case RowQuery<?, ?> typed -> typed.query();
        };
        if (untyped.lock != null) {
            throw new IllegalArgumentException("a subquery takes no row lock (" + untyped.lock.clause()
                    + "); lock the rows with the outer query, or with a query of their own");
        }
        return untyped.tree();
    }

    /**
     * The query as a SQL tree, for rendering by a dialect.
     *
     * @throws IllegalArgumentException for a negative limit or offset
     */
    Select tree() {
        List<Projection> projections = new ArrayList<>();
        for (Selectable<?> selection : selections) {
            projections.add(new Projection(
                    OperandNode.expr(selection), selection instanceof Selection<?> named ? named.alias() : null));
        }
        if (projections.isEmpty()) {
            projections.add(new Projection(new Expr.AggregateCall(Expr.Aggregate.COUNT, null, false), null));
        }
        List<Expr> groups = new ArrayList<>();
        for (Operand<T, ?> term : groupBy) {
            groups.add(OperandNode.expr(term));
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
        return lock == null ? tree().toString() : tree() + " " + lock.clause();
    }
}
