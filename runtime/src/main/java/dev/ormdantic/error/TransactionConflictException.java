package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * The database aborted the operation's transaction to resolve a deadlock or a serialization conflict (code
 * {@code ORM2407}). Nothing of the transaction was applied, so running the whole operation again is safe and may
 * succeed.
 *
 * @since 0.1.0
 */
public class TransactionConflictException extends QueryException {

    /**
     * Creates an exception.
     *
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public TransactionConflictException(
            ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(ErrorCode.TRANSACTION_CONFLICT, context, problem, fix, cause);
    }
}
