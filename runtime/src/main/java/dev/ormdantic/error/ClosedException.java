package dev.ormdantic.error;

import dev.ormdantic.Ormdantic;
import org.jspecify.annotations.Nullable;

/**
 * The database was used after {@link Ormdantic#close()} (code {@code ORM2102}).
 *
 * @since 0.1.0
 */
public class ClosedException extends OrmdanticException {

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public ClosedException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
    }
}
