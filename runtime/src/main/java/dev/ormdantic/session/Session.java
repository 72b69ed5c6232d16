package dev.ormdantic.session;

import dev.ormdantic.Transaction;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.relation.Loader;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work over immutable records, handed to the callback of {@code db.session(...)}: it owns one transaction,
 * keeps an identity map (within a session one key gives one instance), stages inserts, updates and deletes, and
 * writes them in one ordered flush, which runs when {@link #flush()} is called and before the transaction commits.
 *
 * <pre>{@code
 * db.blocking().session(s -> {
 *     Flavor vanilla = s.get(FlavorTable.TABLE, "vanilla").orElseThrow();
 *     s.update(new Flavor(vanilla.id(), vanilla.name(), vanilla.rating() + 1)); // UPDATE of rating only
 *     s.add(new Flavor("mint", "Mint", 4));                                     // INSERT at the flush
 *     return null;
 * });
 * }</pre>
 *
 * <p>Change detection compares the record as loaded with the record as submitted, column by column, through code the
 * processor generates, and the flush updates only the changed columns; an unchanged record costs no statement. The
 * flush inserts parents before children and deletes children before parents; when a delete frees a key or unique value
 * that an insert of the same flush reuses, the deletes run first. With a {@link dev.ormdantic.annotation.Version}
 * column, every update and delete checks the version and raises it, and a stale one fails with
 * {@link dev.ormdantic.error.OptimisticLockException}.
 *
 * <p>When the callback returns, the session flushes and the transaction commits; when it throws, the transaction rolls
 * back and the exception reaches the caller unchanged. After that the session is closed: every method throws
 * {@link dev.ormdantic.error.ClosedException} ({@code ORM2801}, "session is closed"). A flush that fails leaves the
 * session's records as they were before it and the session refusing further use ({@code ORM2802}) until its
 * transaction rolls back, or until an enclosing {@link #savepoint(Function)} rolls back. A session is for one thread
 * at a time.
 *
 * @since 0.1.0
 */
public interface Session {

    /**
     * The row with a key: the session's instance when it holds one, else the row read from the database, which joins
     * the identity map.
     *
     * @param table the table, its generated class's {@code TABLE}
     * @param key the key
     * @param <T> the record type
     * @param <K> the key type
     * @return the row, or empty when there is none or the session staged its delete
     */
    <T extends Record, K> Optional<T> get(TableRef<T, K> table, K key);

    /**
     * The session's instance of a row, without reading the database.
     *
     * @param table the table
     * @param key the key
     * @param <T> the record type
     * @param <K> the key type
     * @return the instance the session holds, or empty
     */
    <T extends Record, K> Optional<T> cached(TableRef<T, K> table, K key);

    /**
     * The rows that match a filter, read from the database; a row the session already holds is returned as the
     * session's instance (with its staged changes), a row it deletes is left out, and the others join the identity
     * map. Staged inserts are not flushed first: call {@link #flush()} to query them.
     *
     * @param table the table
     * @param filter the filter
     * @param <T> the record type
     * @param <K> the key type
     * @return the rows, in the database's order
     */
    <T extends Record, K> List<T> find(TableRef<T, K> table, Filter<T> filter);

    /**
     * The row with a key and its relationships as a loader asks: the row and every related row joins the identity map
     * (a related row the session already holds is the session's instance in the loaded relationship), and the loaded
     * collections are the baseline of orphan removal. When the session already holds the row, the relationships are
     * loaded onto its instance.
     *
     * <pre>{@code
     * Author author = s.get(AuthorTable.TABLE, 1L, AuthorTable.POSTS.selectIn()).orElseThrow();
     * }</pre>
     *
     * @param table the table
     * @param key the key
     * @param loader the relationships to load
     * @param <T> the record type
     * @param <K> the key type
     * @return the row, or empty when there is none or the session staged its delete
     */
    <T extends Record, K> Optional<T> get(TableRef<T, K> table, K key, Loader<T> loader);

    /**
     * The rows that match a filter in an order, with their relationships as a loader asks, as {@link #get(TableRef,
     * Object, Loader)} does for one row.
     *
     * @param table the table
     * @param filter the filter
     * @param orderBy the order
     * @param loader the relationships to load
     * @param <T> the record type
     * @param <K> the key type
     * @return the rows
     */
    <T extends Record, K> List<T> find(TableRef<T, K> table, Filter<T> filter, OrderBy<T> orderBy, Loader<T> loader);

    /**
     * The rows that match a filter in an order, as {@link #find(TableRef, Filter)}.
     *
     * @param table the table
     * @param filter the filter
     * @param orderBy the order
     * @param <T> the record type
     * @param <K> the key type
     * @return the rows
     */
    <T extends Record, K> List<T> find(TableRef<T, K> table, Filter<T> filter, OrderBy<T> orderBy);

    /**
     * Stages the insert of a new row, with {@link Cascade#DECLARED}: the new rows of its loaded relationships are added
     * too, unless a {@code @BackReference} declares {@code cascadeSave = false}. A record whose key the session already holds is refused ({@code ORM2803}: update it, or {@code merge} a
     * detached copy), as is one whose key is already staged ({@code ORM2804}); the same instance again is a no-op.
     *
     * @param row the new row
     * @param <T> the record type
     * @return the row
     */
    <T extends Record> T add(T row);

    /**
     * Stages the insert of a new row, cascading as asked.
     *
     * @param row the new row
     * @param cascade {@link Cascade#DECLARED} as the relationships declare, {@link Cascade#SAVE} to add the new rows of
     *     every loaded relationship, or {@link Cascade#NONE} for the record alone
     * @param <T> the record type
     * @return the row
     */
    <T extends Record> T add(T row, Cascade cascade);

    /**
     * Stages a new state of a row: it replaces the session's instance for that key, and the flush writes the columns
     * that differ from the row as loaded (every column when the session never loaded it). With a version column, the
     * record's version is the one checked.
     *
     * @param row the row as it should be
     * @param <T> the record type
     * @return the row
     */
    <T extends Record> T update(T row);

    /**
     * Stages the delete of a row, with {@link Cascade#DECLARED}: the loaded rows of the back-reference collections
     * declared with {@code cascadeDelete = true} are deleted first; a row staged as new is just unstaged.
     *
     * @param row the row
     * @param <T> the record type
     */
    <T extends Record> void delete(T row);

    /**
     * Stages the delete of a row, cascading as asked: {@link Cascade#DELETE} deletes the rows of every loaded
     * back-reference collection first, {@link Cascade#DECLARED} those declared with {@code cascadeDelete}, {@link
     * Cascade#NONE} none.
     *
     * @param row the row
     * @param cascade the cascade
     * @param <T> the record type
     */
    <T extends Record> void delete(T row, Cascade cascade);

    /**
     * Stages the delete of the row with a key.
     *
     * @param table the table
     * @param key the key
     * @param <T> the record type
     * @param <K> the key type
     */
    <T extends Record, K> void delete(TableRef<T, K> table, K key);

    /**
     * Takes a detached record (one read elsewhere, or built from a request) into the session: when the row exists, as
     * a new state of it ({@link #update}), compared with the row in the session or in the database; when it does not,
     * as a new row ({@link #add}).
     *
     * @param detached the record
     * @param <T> the record type
     * @return the record, now the session's instance
     */
    <T extends Record> T merge(T detached);

    /**
     * Reads a row again from the database, dropping the session's staged changes of it.
     *
     * @param row the row
     * @param <T> the record type
     * @return the row as stored, now the session's instance, or empty when it no longer exists
     */
    <T extends Record> Optional<T> refresh(T row);

    /**
     * Forgets a row: the session no longer holds it, and a staged insert or update of it is dropped.
     *
     * @param row the row
     * @param <T> the record type
     */
    <T extends Record> void evict(T row);

    /**
     * Writes the staged inserts, updates and deletes, in foreign-key order, and takes the rows as stored (generated
     * keys, raised versions) into the identity map. A failure leaves the session's records as before the call and the
     * session refusing further use ({@code ORM2802}).
     */
    void flush();

    /**
     * Runs work inside a savepoint: when it throws, the database rolls back to the savepoint and the session returns
     * to its state at the start (identity map and staged changes), and the exception reaches the caller.
     *
     * @param work the work, given this session
     * @param <R> its result type
     * @return its result
     */
    <R extends @Nullable Object> R savepoint(Function<? super Session, ? extends R> work);

    /**
     * Runs work that returns nothing inside a savepoint, as {@link #savepoint(Function)}.
     *
     * @param work the work
     */
    void inSavepoint(Consumer<? super Session> work);

    /**
     * The session's transaction, for work outside the unit of work (raw SQL, bulk updates); what it writes is not in
     * the identity map.
     *
     * @return the transaction
     */
    Transaction transaction();

    /**
     * Whether the session can be used: its callback is running and no flush failed.
     *
     * @return {@code true} while usable
     */
    boolean isActive();
}
