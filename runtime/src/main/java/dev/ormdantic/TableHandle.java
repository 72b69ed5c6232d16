package dev.ormdantic;

import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.query.Assignment;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.ResultRow;
import dev.ormdantic.query.RowLock;
import dev.ormdantic.query.RowQuery;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.relation.Loader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The typed, asynchronous view of one table, from {@link Ormdantic#table(TableRef)}. Every method returns at once with
 * a future that the database's executor completes: on virtual threads for server databases, on a small pool of
 * platform threads for SQLite, whose native driver would pin a virtual thread.
 *
 * <p>Every failure of an operation completes its future instead of throwing from the call: a record that breaks its
 * constraints, a bad argument, a closed database and a database error alike (only a {@code null} argument, a
 * programming error, throws at once; see below). The future fails with the {@link OrmdanticException} itself, so
 * {@code exceptionally(e -> ...)}, {@code handle((value, e) -> ...)} and {@code whenComplete} on the returned future
 * see it unwrapped; {@code get()} throws an {@link java.util.concurrent.ExecutionException} and {@code join()} a
 * {@link java.util.concurrent.CompletionException} whose cause is it, as every {@code CompletableFuture} does (and a
 * stage derived with {@code thenApply} and the like sees it wrapped in a {@code CompletionException}). Code that waits
 * for the value anyway reads better with {@link #blocking()}, whose methods throw the exception itself. {@code null}
 * arguments are refused at once with a {@link NullPointerException} naming the parameter. Writes validate every
 * record first and write nothing when one is invalid; a batch is written in one transaction, all or nothing.
 *
 * @param <T> the record type
 * @param <K> the primary key type
 * @since 0.1.0
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
     * This table's handle that loads relationships with every record it reads ({@code findOne}, {@code findMany},
     * {@code findPage}): a relationship constant, a path or a load of this table, such as {@code
     * AuthorTable.POSTS.selectIn().where(...)}. Chain calls to add more. The loader is checked now: an invalid one
     * fails here with {@code ORM2603}. {@code stream} and {@code select} of the returned handle refuse to run
     * ({@code ORM2605}), since they do not read records to load onto.
     *
     * @param loader what to load
     * @return a handle with the loader added; this one is unchanged
     */
    TableHandle<T, K> loading(Loader<T> loader);

    /**
     * This table's handle whose reads run on the primary, never on a read replica: for a read that must see a write
     * made elsewhere (another process, another {@code Ormdantic}) at once. Its writes run on the primary as every
     * write does. Without replicas, and on a transaction's handle, which is on the primary already, it behaves as this
     * one. See docs/replicas.md.
     *
     * @return a handle whose statements all run on the primary; this one is unchanged
     * @since 0.1.0
     */
    TableHandle<T, K> onPrimary();

    /**
     * This table's handle whose reads on a replica see at least a point the application carried from where it wrote
     * (see {@link Causality}): a replica serves them only once it is known to have replayed up to that point, and the
     * primary serves them otherwise, on top of this database's own read-your-writes. Without replicas, for
     * {@link Causality#none()}, and on a transaction's or an {@code onPrimary()} handle, it behaves as this one.
     *
     * @param causality the point, from {@link Ormdantic#causality()} or {@link Causality#of(String)}
     * @return a handle whose reads see the point; this one is unchanged
     * @throws dev.ormdantic.error.InvalidArgumentException ({@code ORM2103}) for a point of another kind of database
     * @since 0.1.0
     */
    TableHandle<T, K> after(Causality causality);

    /**
     * Loads relationships onto a record already read: the explicit, lazy form of loading (nothing is ever loaded on
     * access). Loading one record at a time in a loop is the N+1 pattern: load the list instead, which takes one
     * statement per relationship for all of them. The database warns once per relationship when it sees the pattern
     * (see {@code Ormdantic.Builder.nPlusOne}).
     *
     * @param row the record
     * @param loader what to load
     * @return a new record, equal to {@code row} but with the relationships loaded
     */
    CompletableFuture<T> load(T row, Loader<T> loader);

    /**
     * Loads relationships onto records already read, for all of them at once (select-in: one statement per
     * relationship and batch of keys).
     *
     * @param rows the records
     * @param loader what to load
     * @return new records in the same order, with the relationships loaded
     */
    CompletableFuture<List<T>> load(List<T> rows, Loader<T> loader);

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
     * Finds the record with a key and locks its row until the transaction ends, as {@code SELECT ... FOR UPDATE} does:
     * the read of a read-modify-write that no other transaction may interleave with. Run it with a transaction's
     * handle; see {@link RowLock} for the locks and how each database takes them.
     *
     * @param key the key
     * @param lock the lock, such as {@code RowLock.forUpdate()}
     * @return the record, or empty when there is none; fails with {@code ORM2413} outside a transaction, {@code ORM2007} where
     *     the database has no such lock, {@code ORM2408} when the row is locked and the lock is {@code noWait()}
     */
    CompletableFuture<Optional<T>> findOne(K key, RowLock lock);

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
     * Finds a slice of the records that match a filter, in an order: {@code Slice.limit(20).offset(40)}.
     *
     * @param filter the filter
     * @param orderBy the order
     * @param slice which rows of the ordered result, such as {@code Slice.limit(20)}
     * @return the records and the slice they are
     */
    CompletableFuture<Result<T>> findMany(Filter<T> filter, OrderBy<T> orderBy, Slice slice);

    /**
     * Finds a slice of the records that match a filter, in an order, and locks their rows until the transaction ends:
     * with {@code RowLock.forUpdate().skipLocked()} and {@code Slice.limit(n)}, a worker's way to take up to {@code n}
     * rows no other worker holds (a job queue). Run it with a transaction's handle; see {@link RowLock} for the locks
     * and how each database takes them (Oracle locks no slice with a limit or offset).
     *
     * @param filter the filter
     * @param orderBy the order
     * @param slice which rows of the ordered result, such as {@code Slice.limit(20)}
     * @param lock the lock, such as {@code RowLock.forUpdate().skipLocked()}
     * @return the records and the slice they are; fails with {@code ORM2413} outside a transaction, {@code ORM2007} where the
     *     database has no such lock, {@code ORM2408} when a row is locked and the lock is {@code noWait()}
     */
    CompletableFuture<Result<T>> findMany(Filter<T> filter, OrderBy<T> orderBy, Slice slice, RowLock lock);

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
     *     (see {@link Filter#matchesEveryRow()}; {@link #updateAll} is the call that means every row)
     */
    CompletableFuture<Long> updateWhere(Filter<T> filter, List<Assignment<T>> assignments);

    /**
     * Sets columns of every record of the table, in one statement; see {@link BlockingTableHandle#updateAll(List)}.
     *
     * @param assignments the new values, at least one, each column once
     * @return the number of rows updated
     */
    CompletableFuture<Long> updateAll(List<Assignment<T>> assignments);

    /**
     * Deletes every record that matches a filter, in one statement.
     *
     * @param filter the rows to delete
     * @return the number of rows deleted; fails with {@code ORM2506} for a filter that matches every row
     *     (see {@link Filter#matchesEveryRow()}; {@link #deleteAll} is the call that means every row)
     */
    CompletableFuture<Long> deleteWhere(Filter<T> filter);

    /**
     * Deletes every record of the table, in one statement; see {@link BlockingTableHandle#deleteAll()}.
     *
     * @return the number of rows deleted
     */
    CompletableFuture<Long> deleteAll();

    /**
     * One page of a keyset (seek) query; see {@link BlockingTableHandle#findPage}.
     *
     * @param filter the filter
     * @param orderBy the order
     * @param seek which page: {@code Seek.limit(20)} for the first, {@code .after(cursor)} for the next
     * @return the page
     */
    CompletableFuture<Page<T>> findPage(Filter<T> filter, OrderBy<T> orderBy, Seek seek);

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

    /**
     * Runs a typed projection query on this table: {@code select(Query.from(TABLE).select(ID, SCORE))} gives
     * {@link dev.ormdantic.query.Row2}{@code <Long, Double>}s, and {@code .map(Rows.mapping(IdScore::new))} on the
     * query gives records; see {@link RowQuery}.
     *
     * @param query the typed query
     * @param <R> the type of a result row
     * @return its rows
     */
    <R> CompletableFuture<List<R>> select(RowQuery<T, R> query);
}
