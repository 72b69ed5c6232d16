package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * A misuse of a session ({@code db.session(...)}), or a session that can no longer be used because a flush failed:
 * codes {@code ORM2802} to {@code ORM2806}. A session used after it ended throws {@link ClosedException}
 * ({@code ORM2801}); a stale version throws {@link OptimisticLockException} ({@code ORM2810}).
 *
 * @since 0.1.0
 */
public class SessionException extends OrmdanticException {

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public SessionException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
    }
}
