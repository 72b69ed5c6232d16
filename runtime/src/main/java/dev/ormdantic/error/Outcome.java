package dev.ormdantic.error;

/**
 * What a failed call did to the data, as far as Ormdantic can tell: the answer to "may I run it again?". Read it with
 * {@link OrmdanticException#outcome()}; {@link OrmdanticException#retryable()} adds whether running the same call
 * again is both safe and able to succeed.
 *
 * <p>A transaction, a retry loop or a caller's own recovery code can branch on it: {@link #NOT_APPLIED} means the
 * database is as it was before the call, {@link #UNKNOWN} means that it may not be, and the data must be checked
 * before the write is repeated.
 *
 * @since 0.1.0
 */
public enum Outcome {

    /**
     * Nothing of the call was applied: the statement never reached the database (no connection could be borrowed or
     * opened, or it broke before the statement was sent), the database refused it (a constraint, a value, a
     * conflict, a timeout that cancelled it), its transaction was rolled back, or the call only reads.
     */
    NOT_APPLIED,

    /**
     * The call may have been applied, in whole or in part, and nobody can tell from here: the connection broke after a
     * write was sent in auto-commit mode or during {@code COMMIT}, or the waiting thread was interrupted while the
     * statement went on. Running the write again can apply it twice (a second row on an {@code @Identity} table, a
     * duplicate key); check the data first.
     */
    UNKNOWN
}
