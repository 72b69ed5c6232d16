package dev.ormdantic;

import dev.ormdantic.query.Assignment;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.ResultRow;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The typed, asynchronous view of one table, from {@link Ormdantic#table(TableRef)}. Every method returns at once with
 * a future that the database's executor completes: on virtual threads for server databases, on a small pool of
 * platform threads for SQLite, whose native driver would pin a virtual thread.
 *
 * <p>A failed future holds the {@link OrmdanticException} itself; {@code join()} wraps it in a
 * {@link java.util.concurrent.CompletionException}, as always. {@code null} arguments are refused at once with a
 * {@link NullPointerException} naming the parameter. Writes validate every record first and write nothing when one
 * is invalid; a batch is written in one transaction, all or nothing.
 *
 * @param <T> the record type
 * @param <K> the primary key type
 */
public interface TableHandle<T extends Record, K> {

    /**
     * The same table, with methods that wait for the database and return the value; for code already running on a
     * virtual thread.
     *
     * @return the blocking handle
     */
    BlockingTableHandle<T, K> blocking();

    /**
     * The table name.
     *
     * @return the name
     */
    String name();

    /**
     * Inserts a record. Generated columns ({@code @Identity}, {@code @ServerDefault}, {@code @Computed},
     * {@code @Sequence}) are left to the database, whatever the record holds for them, and come back in the returned
     * record; a table without any returns the given record itself.
     *
     * @param row the record
     * @return the record as stored, with its generated values; fails with {@link DuplicateKeyException} when its key
     *     exists
     */
    CompletableFuture<T> insert(T row);

    /**
     * Inserts records in one transaction, using multi-row statements.
     *
     * @param rows the records
     * @return the records as stored, in the given order, each with its generated values (its identity key, defaults,
     *     computed columns) as {@link #insert} returns them
     */
    CompletableFuture<List<T>> insertMany(List<T> rows);

    /**
     * Finds the record with a key.
     *
     * @param key the key
     * @return the record, or empty when there is none
     */
    CompletableFuture<Optional<T>> findOne(K key);

    /**
     * Finds every record, in no guaranteed order: whatever order the database returns (InnoDB on MySQL and MariaDB
     * happens to return key order, SQLite often rowid order, PostgreSQL insertion order until rows are updated). Pass
     * an {@link dev.ormdantic.query.OrderBy} for a defined order.
     *
     * @return the records
     */
    CompletableFuture<Result<T>> findMany();

    /**
     * Finds the records that match a filter.
     *
     * @param filter the filter
     * @return the records
     */
    CompletableFuture<Result<T>> findMany(Filter<T> filter);

    /**
     * Finds the records that match a filter, in an order.
     *
     * @param filter the filter
     * @param orderBy the order
     * @return the records
     */
    CompletableFuture<Result<T>> findMany(Filter<T> filter, OrderBy<T> orderBy);

    /**
     * Finds one page of the records that match a filter, in an order.
     *
     * @param filter the filter
     * @param orderBy the order
     * @param limit the most records to return, {@code 0} for no limit
     * @param offset the records to skip, {@code 0} for none
     * @return the records and the paging; fails with {@link InvalidArgumentException} for a negative limit or offset
     */
    CompletableFuture<Result<T>> findMany(Filter<T> filter, OrderBy<T> orderBy, long limit, long offset);

    /**
     * Updates the record with the same key.
     *
     * @param row the record
     * @return whether a row was updated ({@code false} when none has the key)
     */
    CompletableFuture<Boolean> update(T row);

    /**
     * Inserts a record, or updates the record with the same key.
     *
     * @param row the record
     * @return the record as written
     */
    CompletableFuture<T> upsert(T row);

    /**
     * Inserts or updates records in one transaction, using multi-row statements.
     *
     * @param rows the records, each key at most once
     * @return the records as written, in the given order
     */
    CompletableFuture<List<T>> upsertMany(List<T> rows);

    /**
     * Deletes the record with a key.
     *
     * @param key the key
     * @return whether a row was deleted ({@code false} when none has the key)
     */
    CompletableFuture<Boolean> delete(K key);

    /**
     * Counts every record.
     *
     * @return the number of records
     */
    CompletableFuture<Long> count();

    /**
     * Counts the records that match a filter.
     *
     * @param filter the filter
     * @return the number of matching records
     */
    CompletableFuture<Long> count(Filter<T> filter);

    /**
     * Sets columns of every record that matches a filter, in one statement; see
     * {@link BlockingTableHandle#updateWhere(Filter, List)}.
     *
     * @param filter the rows to update
     * @param assignments the new values, at least one, each column once
     * @return the number of rows updated; fails with {@code ORM2506} for a filter that matches every row
     *     (see {@link Filter#matchesEveryRow()})
     */
    CompletableFuture<Long> updateWhere(Filter<T> filter, List<Assignment<T>> assignments);

    /**
     * Sets columns of every record that matches a filter; with {@code allowAll}, {@link Filter#all()} updates every
     * row.
     *
     * @param filter the rows to update
     * @param assignments the new values, at least one, each column once
     * @param allowAll whether a filter that matches every row is meant
     * @return the number of rows updated
     */
    CompletableFuture<Long> updateWhere(Filter<T> filter, List<Assignment<T>> assignments, boolean allowAll);

    /**
     * Deletes every record that matches a filter, in one statement.
     *
     * @param filter the rows to delete
     * @return the number of rows deleted; fails with {@code ORM2506} for a filter that matches every row
     *     (see {@link Filter#matchesEveryRow()})
     */
    CompletableFuture<Long> deleteWhere(Filter<T> filter);

    /**
     * Deletes every record that matches a filter; with {@code allowAll}, {@link Filter#all()} empties the table.
     *
     * @param filter the rows to delete
     * @param allowAll whether a filter that matches every row is meant
     * @return the number of rows deleted
     */
    CompletableFuture<Long> deleteWhere(Filter<T> filter, boolean allowAll);

    /**
     * One page of a keyset (seek) query; see {@link BlockingTableHandle#findPage}.
     *
     * @param filter the filter
     * @param orderBy the order
     * @param pageSize the most records per page, at least 1
     * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the first page
     * @return the page
     */
    CompletableFuture<Page<T>> findPage(Filter<T> filter, OrderBy<T> orderBy, int pageSize, @Nullable String cursor);

    /**
     * Runs a projection query on this table; see {@link Query}.
     *
     * @param query the query, built with {@code Query.from(new <Record>Table())}
     * @return its rows
     */
    CompletableFuture<List<ResultRow>> select(Query<T> query);

    /**
     * Runs a projection query on this table, mapping each row.
     *
     * @param query the query
     * @param mapper builds a result from a row
     * @param <R> the result type
     * @return the mapped rows
     */
    <R> CompletableFuture<List<R>> select(Query<T> query, Function<ResultRow, R> mapper);
}
