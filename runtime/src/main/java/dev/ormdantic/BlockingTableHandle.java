package dev.ormdantic;

import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.query.Assignment;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.ResultRow;
import dev.ormdantic.query.RowLock;
import dev.ormdantic.query.RowQuery;
import dev.ormdantic.relation.Loader;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The typed, blocking view of one table, from {@link TableHandle#blocking()} or {@link Ormdantic#blockingTable}: the
 * same methods as {@link TableHandle}, which wait for the database and return the value or throw the
 * {@link OrmdanticException} itself, never wrapped. Meant for code that already runs on a virtual thread; SQLite work
 * still runs on the database's platform threads, and the calling thread waits for it.
 *
 * @param <T> the record type
 * @param <K> the primary key type
 * @since 0.1.0
 */
public interface BlockingTableHandle<T extends Record, K> {

    /**
     * The same table, with methods that return futures.
     *
     * @return the asynchronous handle
     */
    TableHandle<T, K> async();

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
    BlockingTableHandle<T, K> loading(Loader<T> loader);

    /**
     * This table's handle whose reads run on the primary, never on a read replica: for a read that must see a write
     * made elsewhere (another process, another {@code Ormdantic}) at once. Its writes run on the primary as every
     * write does. Without replicas, and on a transaction's handle, which is on the primary already, it behaves as this
     * one. See docs/replicas.md.
     *
     * @return a handle whose statements all run on the primary; this one is unchanged
     * @since 0.1.0
     */
    BlockingTableHandle<T, K> onPrimary();

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
    BlockingTableHandle<T, K> after(Causality causality);

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
    T load(T row, Loader<T> loader);

    /**
     * Loads relationships onto records already read, for all of them at once (select-in: one statement per
     * relationship and batch of keys).
     *
     * @param rows the records
     * @param loader what to load
     * @return new records in the same order, with the relationships loaded
     */
    List<T> load(List<T> rows, Loader<T> loader);

    /**
     * Inserts a record. Generated columns ({@code @Identity}, {@code @ServerDefault}, {@code @Computed},
     * {@code @Sequence}) are left to the database, whatever the record holds for them, and come back in the returned
     * record; a table without any returns the given record itself.
     *
     * @param row the record
     * @return the record as stored, with its generated values; throws {@link DuplicateKeyException} when its key
     *     exists
     */
    T insert(T row);

    /**
     * Inserts records in one transaction, using multi-row statements.
     *
     * @param rows the records
     * @return the records as stored, in the given order, each with its generated values (its identity key, defaults,
     *     computed columns) as {@link #insert} returns them
     */
    List<T> insertMany(List<T> rows);

    /**
     * Finds the record with a key.
     *
     * @param key the key
     * @return the record, or empty when there is none
     */
    Optional<T> findOne(K key);

    /**
     * Finds the record with a key and locks its row until the transaction ends, as {@code SELECT ... FOR UPDATE} does:
     * the read of a read-modify-write that no other transaction may interleave with. Run it with a transaction's
     * handle; see {@link RowLock} for the locks and how each database takes them.
     *
     * @param key the key
     * @param lock the lock, such as {@code RowLock.forUpdate()}
     * @return the record, or empty when there is none; throws {@code ORM2413} outside a transaction, {@code ORM2007} where
     *     the database has no such lock, {@code ORM2408} when the row is locked and the lock is {@code noWait()}
     */
    Optional<T> findOne(K key, RowLock lock);

    /**
     * Finds every record, in no guaranteed order: whatever order the database returns (InnoDB on MySQL and MariaDB
     * happens to return key order, SQLite often rowid order, PostgreSQL insertion order until rows are updated). Pass
     * an {@link dev.ormdantic.query.OrderBy} for a defined order.
     *
     * @return the records
     */
    Result<T> findMany();

    /**
     * Finds the records that match a filter.
     *
     * @param filter the filter
     * @return the records
     */
    Result<T> findMany(Filter<T> filter);

    /**
     * Finds the records that match a filter, in an order.
     *
     * @param filter the filter
     * @param orderBy the order
     * @return the records
     */
    Result<T> findMany(Filter<T> filter, OrderBy<T> orderBy);

    /**
     * Finds a slice of the records that match a filter, in an order: {@code Slice.limit(20).offset(40)} is rows 41 to
     * 60. An offset counts rows on every call, so deep pages get slower and shift when rows are inserted before them;
     * {@link #findPage} does neither.
     *
     * @param filter the filter
     * @param orderBy the order
     * @param slice which rows of the ordered result, such as {@code Slice.limit(20)}
     * @return the records and the slice they are
     */
    Result<T> findMany(Filter<T> filter, OrderBy<T> orderBy, Slice slice);

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
     * @return the records and the slice they are; throws {@code ORM2413} outside a transaction, {@code ORM2007} where the
     *     database has no such lock, {@code ORM2408} when a row is locked and the lock is {@code noWait()}
     */
    Result<T> findMany(Filter<T> filter, OrderBy<T> orderBy, Slice slice, RowLock lock);

    /**
     * Updates the record with the same key.
     *
     * @param row the record
     * @return whether a row was updated ({@code false} when none has the key)
     */
    boolean update(T row);

    /**
     * Inserts a record, or updates the record with the same key.
     *
     * @param row the record
     * @return the record as written
     */
    T upsert(T row);

    /**
     * Inserts or updates records in one transaction, using multi-row statements.
     *
     * @param rows the records, each key at most once
     * @return the records as written, in the given order
     */
    List<T> upsertMany(List<T> rows);

    /**
     * Deletes the record with a key.
     *
     * @param key the key
     * @return whether a row was deleted ({@code false} when none has the key)
     */
    boolean delete(K key);

    /**
     * Counts every record.
     *
     * @return the number of records
     */
    long count();

    /**
     * Counts the records that match a filter.
     *
     * @param filter the filter
     * @return the number of matching records
     */
    long count(Filter<T> filter);

    /**
     * Sets columns of every record that matches a filter, in one statement: {@code RATING.set(5)},
     * {@code RATING.set(RATING.plus(1))}. The record constraints are not checked, since no record is built; the
     * database's own constraints are. Refuses a filter that matches every row ({@code ORM2506}): {@link Filter#all()}
     * and every filter that reduces to it (see {@link Filter#matchesEveryRow()}), such as an empty {@code notIn} list
     * from a request; {@link #updateAll(List)} is the call that means every row.
     *
     * @param filter the rows to update
     * @param assignments the new values, at least one, each column once
     * @return the number of rows updated
     */
    long updateWhere(Filter<T> filter, List<Assignment<T>> assignments);

    /**
     * Sets columns of every record of the table, in one statement, as {@link #updateWhere} does for the records that
     * match a filter. A separate name, so that writing every row is never the accident of a filter that turned out
     * empty.
     *
     * @param assignments the new values, at least one, each column once
     * @return the number of rows updated
     */
    long updateAll(List<Assignment<T>> assignments);

    /**
     * Deletes every record that matches a filter, in one statement. Refuses a filter that matches every row
     * ({@code ORM2506}; see {@link Filter#matchesEveryRow()}); {@link #deleteAll()} is the call that empties the
     * table.
     *
     * @param filter the rows to delete
     * @return the number of rows deleted
     */
    long deleteWhere(Filter<T> filter);

    /**
     * Deletes every record of the table, in one statement. A separate name, so that emptying the table is never the
     * accident of a filter that turned out empty.
     *
     * @return the number of rows deleted
     */
    long deleteAll();

    /**
     * One page of a keyset (seek) query: the records after the cursor in the given order, which the key columns
     * complete so that it is total. Ordering columns must not be nullable.
     *
     * @param filter the filter
     * @param orderBy the order
     * @param seek which page: {@code Seek.limit(20)} for the first, {@code Seek.limit(20).after(page.nextCursor())}
     *     for the next
     * @return the page; throws {@link FilterException} ({@code ORM2507}) for a cursor this ordering did not write
     */
    Page<T> findPage(Filter<T> filter, OrderBy<T> orderBy, Seek seek);

    /**
     * The records that match a filter, read as they are consumed: a large result in constant memory. The stream
     * holds a pooled connection until it is closed, so use it in try-with-resources:
     *
     * <pre>{@code
     * try (Stream<Flavor> all = flavors.stream(Filter.all(), OrderBy.asc(FlavorTable.ID))) {
     *     all.forEach(this::export);
     * }
     * }</pre>
     *
     * @param filter the filter
     * @param orderBy the order
     * @return the stream, which must be closed
     */
    Stream<T> stream(Filter<T> filter, OrderBy<T> orderBy);

    /**
     * Runs a projection query on this table; see {@link Query}.
     *
     * @param query the query, built with {@code Query.from(new <Record>Table())}
     * @return its rows
     */
    List<ResultRow> select(Query<T> query);

    /**
     * Runs a projection query on this table, mapping each row, such as into a record of the selected values.
     *
     * @param query the query
     * @param mapper builds a result from a row
     * @param <R> the result type
     * @return the mapped rows
     */
    <R> List<R> select(Query<T> query, Function<ResultRow, R> mapper);

    /**
     * Runs a typed projection query on this table: {@code select(Query.from(TABLE).select(ID, SCORE))} gives
     * {@link dev.ormdantic.query.Row2}{@code <Long, Double>}s, and {@code .map(Rows.mapping(IdScore::new))} on the
     * query gives records; see {@link RowQuery}.
     *
     * @param query the typed query
     * @param <R> the type of a result row
     * @return its rows
     */
    <R> List<R> select(RowQuery<T, R> query);
}
