package dev.ormdantic.query;

import dev.ormdantic.error.InvalidArgumentException;

/**
 * A lock that a read takes on the rows it returns, held until its transaction commits or rolls back: {@code FOR
 * UPDATE} (no other transaction may change, delete or lock them), or {@code FOR SHARE} (others may read and
 * share-lock them, not change them), each waiting for rows another transaction holds unless told to fail at once
 * ({@link #noWait()}) or to leave them out ({@link #skipLocked()}). Passed to {@code findMany} and {@code findOne} of a
 * transaction's handles; a {@link Query} takes the same lock through its own {@link Query#forUpdate()} and kin.
 *
 * <pre>{@code
 * // a job queue: each worker takes up to 5 jobs no other worker holds
 * List<Job> mine = tx.blockingTable(JobTable.TABLE)
 *         .findMany(JobTable.STATUS.eq("queued"), OrderBy.asc(JobTable.ID), Slice.limit(5),
 *                 RowLock.forUpdate().skipLocked())
 *         .data();
 * }</pre>
 *
 * <p>How each database spells it: PostgreSQL and MySQL {@code FOR UPDATE}/{@code FOR SHARE}, MariaDB {@code FOR
 * UPDATE}/{@code LOCK IN SHARE MODE}, Oracle {@code FOR UPDATE} (no shared lock, and none with a limit: {@code
 * ORM2007}), SQL Server the table hints {@code UPDLOCK}/{@code REPEATABLEREAD} with {@code ROWLOCK} and
 * {@code READPAST} or {@code NOWAIT}. SQLite has no row locks ({@code ORM2007}): Ormdantic's SQLite transactions take
 * the database's write lock when they begin, so what one reads cannot change under it. A locking read outside a
 * transaction is refused ({@code ORM2413}): its lock would end with the statement. Immutable; the factories are
 * static methods of an interface, so they cannot be called on a lock.
 *
 * @since 0.1.0
 */
public sealed interface RowLock permits RowLockMode {

    /**
     * An exclusive lock on the rows read, for rows the transaction will change: until it ends, no other transaction
     * may update, delete or lock them, and a read that asks for the same lock waits.
     *
     * @return the lock, which waits for rows another transaction holds
     */
    static RowLock forUpdate() {
        return RowLockMode.FOR_UPDATE;
    }

    /**
     * A shared lock on the rows read: until the transaction ends, no other may update or delete them, while others may
     * still read and share-lock them.
     *
     * @return the lock, which waits for rows another transaction holds exclusively
     */
    static RowLock forShare() {
        return RowLockMode.FOR_SHARE;
    }

    /**
     * This lock, failing at once with {@code ORM2408} ({@link dev.ormdantic.error.ErrorCode#TIMEOUT}) instead of
     * waiting when a row it needs is locked by another transaction ({@code NOWAIT}). On PostgreSQL the failed
     * statement ends the transaction's usefulness, as any failed statement does there: run it inside
     * {@code tx.savepoint(...)} to go on after it.
     *
     * @return the lock
     * @throws InvalidArgumentException ({@code ORM2103}) when {@link #skipLocked()} was chosen already
     */
    RowLock noWait();

    /**
     * This lock, leaving out the rows another transaction has locked instead of waiting for them ({@code SKIP
     * LOCKED}; SQL Server's {@code READPAST}): the way several workers each take rows no other worker holds.
     *
     * @return the lock
     * @throws InvalidArgumentException ({@code ORM2103}) when {@link #noWait()} was chosen already
     */
    RowLock skipLocked();
}
