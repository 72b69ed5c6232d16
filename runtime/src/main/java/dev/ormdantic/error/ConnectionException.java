package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * No connection could be opened or borrowed, or it broke while in use (codes {@code ORM2402}, {@code ORM2405}).
 * {@link #outcome()} tells the two apart for a write: {@code ORM2402} applied nothing and may be run again,
 * {@code ORM2405} may have been applied and must not be run again blindly.
 *
 * @since 0.1.0
 */
public class ConnectionException extends OrmdanticException {

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public ConnectionException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
    }

    /**
     * Creates an exception whose outcome differs from its code's default.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     * @param outcome what the call did to the data
     * @param retryable whether running the same call again is safe and may succeed
     */
    public ConnectionException(
            ErrorCode code,
            ErrorContext context,
            String problem,
            @Nullable String fix,
            @Nullable Throwable cause,
            Outcome outcome,
            boolean retryable) {
        super(code, context, problem, fix, cause, outcome, retryable);
    }
}
