package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * An argument outside its allowed range, such as a negative limit (code {@code ORM2103}); the counterpart of {@link IllegalArgumentException} with a code and context.
 *
 * @since 0.1.0
 */
public class InvalidArgumentException extends OrmdanticException {

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public InvalidArgumentException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
    }
}
