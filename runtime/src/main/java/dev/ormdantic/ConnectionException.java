package dev.ormdantic;

import org.jspecify.annotations.Nullable;

/**
 * No connection could be opened or borrowed, or it broke while in use (codes {@code ORM2402}, {@code ORM2405}).
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
}
