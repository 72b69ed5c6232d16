package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A projection query whose rows come back typed: {@code Query.from(TABLE).select(ID, SCORE)} is a
 * {@code RowQuery<T, Row2<Long, Double>>}, whose rows the table handle's {@code select} returns as {@link Row2}s, and
 * {@code .map(Rows.mapping(IdScore::new))} makes it a {@code RowQuery<T, IdScore>}. The Java type of each value is
 * the type of the operand that selects it, checked by javac; SQL {@code NULL} comes back as {@code null}. Immutable:
 * every method returns a new query.
 *
 * @param <T> the record type of the table
 * @param <R> the type of a result row
 * @since 0.1.0
 */
public final class RowQuery<T extends Record, R> implements Subquery {

    private final Query<T> query;
    private final List<ColumnType> types;
    private final Function<@Nullable Object[], R> reader;

    RowQuery(Query<T> query, List<ColumnType> types, Function<@Nullable Object[], R> reader) {
        this.query = query;
        this.types = List.copyOf(types);
        this.reader = reader;
    }

    /**
     * This query with each result mapped, such as into a record by {@link Rows#mapping}.
     *
     * @param mapper builds a result from a row
     * @param <U> the new result type
     * @return the query
     */
    public <U> RowQuery<T, U> map(Function<? super R, ? extends U> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new RowQuery<>(query, types, reader.andThen(mapper));
    }

    /**
     * This query returning each distinct result row once; see {@link Query#distinct()}.
     *
     * @return the query
     */
    public RowQuery<T, R> distinct() {
        return with(query.distinct());
    }

    /**
     * This query reading only the rows that match a filter; see {@link Query#where}.
     *
     * @param filter the filter
     * @return the query
     */
    public RowQuery<T, R> where(Filter<T> filter) {
        return with(query.where(filter));
    }

    /**
     * This query grouping rows by values; see {@link Query#groupBy}.
     *
     * @param terms the grouping values
     * @return the query
     */
    @SafeVarargs
    public final RowQuery<T, R> groupBy(Operand<T, ?>... terms) {
        List<Operand<T, ?>> list = new ArrayList<>();
        for (Operand<T, ?> term : terms) {
            list.add(term);
        }
        return with(query.grouped(list));
    }

    /**
     * This query keeping only the groups that match a filter over aggregates; see {@link Query#having}.
     *
     * @param filter the filter
     * @return the query
     */
    public RowQuery<T, R> having(Filter<? super T> filter) {
        return with(query.having(filter));
    }

    /**
     * This query then ordered; see {@link Query#orderBy}.
     *
     * @param order the ordering
     * @return the query
     */
    public RowQuery<T, R> orderBy(OrderBy<? super T> order) {
        return with(query.orderBy(order));
    }

    /**
     * This query returning at most some rows; see {@link Query#limit}.
     *
     * @param rows the most rows, {@code 0} for no limit
     * @return the query
     */
    public RowQuery<T, R> limit(long rows) {
        return with(query.limit(rows));
    }

    /**
     * This query skipping some rows; see {@link Query#offset}.
     *
     * @param rows the rows to skip, {@code 0} for none
     * @return the query
     */
    public RowQuery<T, R> offset(long rows) {
        return with(query.offset(rows));
    }

    /**
     * This query locking the rows it returns until the transaction ends, exclusively; see {@link Query#forUpdate()}.
     *
     * @return the query
     */
    public RowQuery<T, R> forUpdate() {
        return with(query.forUpdate());
    }

    /**
     * This query locking the rows it returns until the transaction ends, shared; see {@link Query#forShare()}.
     *
     * @return the query
     */
    public RowQuery<T, R> forShare() {
        return with(query.forShare());
    }

    /**
     * This query failing at once when a row it would lock is locked by another transaction; see
     * {@link Query#noWait()}.
     *
     * @return the query
     * @throws dev.ormdantic.error.InvalidArgumentException ({@code ORM2103}) when no lock was chosen, or
     *     {@link #skipLocked()} was
     */
    public RowQuery<T, R> noWait() {
        return with(query.noWait());
    }

    /**
     * This query leaving out the rows another transaction has locked; see {@link Query#skipLocked()}.
     *
     * @return the query
     * @throws dev.ormdantic.error.InvalidArgumentException ({@code ORM2103}) when no lock was chosen, or
     *     {@link #noWait()} was
     */
    public RowQuery<T, R> skipLocked() {
        return with(query.skipLocked());
    }

    /**
     * The table this query reads.
     *
     * @return the table name
     */
    public String table() {
        return query.table();
    }

    private RowQuery<T, R> with(Query<T> changed) {
        return new RowQuery<>(changed, types, reader);
    }

    /** The untyped query this one runs. */
    Query<T> query() {
        return query;
    }

    /** The logical type of each selected value, in order. */
    List<ColumnType> types() {
        return types;
    }

    /** One result from the values of a row. */
    R read(@Nullable Object[] values) {
        return reader.apply(values);
    }

    @Override
    public String toString() {
        return query.toString();
    }
}
