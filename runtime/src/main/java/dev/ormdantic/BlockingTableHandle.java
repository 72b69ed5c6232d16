package dev.ormdantic;

import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.util.List;
import java.util.Optional;

/**
 * The typed, blocking view of one table, from {@link TableHandle#blocking()} or {@link Ormdantic#blockingTable}: the
 * same methods as {@link TableHandle}, which wait for the database and return the value or throw the
 * {@link OrmdanticException}. Meant for code that already runs on a virtual thread; SQLite work still runs on the
 * database's platform threads, and the calling thread waits for it.
 *
 * @param <T> the record type
 * @param <K> the primary key type
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
     * Inserts a record.
     *
     * @param row the record
     * @return the record as written; throws {@link DuplicateKeyException} when its key exists
     */
    T insert(T row);

    /**
     * Inserts records in one transaction, using multi-row statements.
     *
     * @param rows the records
     * @return the records as written, in the given order
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
     * Finds every record, in the database's natural order.
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
     * Finds one page of the records that match a filter, in an order.
     *
     * @param filter the filter
     * @param orderBy the order
     * @param limit the most records to return, {@code 0} for no limit
     * @param offset the records to skip, {@code 0} for none
     * @return the records and the paging; throws {@link InvalidArgumentException} for a negative limit or offset
     */
    Result<T> findMany(Filter<T> filter, OrderBy<T> orderBy, long limit, long offset);

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
}
