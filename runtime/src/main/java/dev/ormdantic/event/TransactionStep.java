package dev.ormdantic.event;

/**
 * A step in the life of a transaction.
 *
 * @since 0.1.0
 */
public enum TransactionStep {
    /** The transaction begins on the connection it owns, with its options. */
    BEGIN,
    /** It commits. */
    COMMIT,
    /** It rolls back: its callback threw, its commit failed, it timed out or was cancelled. */
    ROLLBACK,
    /** A savepoint is set ({@code tx.savepoint(...)}). */
    SAVEPOINT,
    /**
     * A savepoint's work succeeded and the savepoint is released; not on SQL Server and Oracle, which keep a savepoint
     * until the transaction ends.
     */
    RELEASE_SAVEPOINT,
    /** A savepoint's work threw, and the transaction rolls back to the savepoint. */
    ROLLBACK_TO_SAVEPOINT
}
