package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * The database refused or failed a statement (codes {@code ORM2401}, {@code ORM2403}, {@code ORM2404}, {@code ORM2406}); the driver's exception is the cause.
 *
 * @since 0.1.0
 */
public class QueryException extends OrmdanticException {

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public QueryException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
    }
}
