package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * A row read from the database cannot become a record (codes {@code ORM23xx}): {@code NULL} in a column whose component is not nullable, or a stored value that does not parse as the component's type.
 *
 * @since 0.1.0
 */
public class HydrationException extends OrmdanticException {

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public HydrationException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
    }
}
