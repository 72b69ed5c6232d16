package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * The database refused a write that breaks a constraint of the table: unique, foreign key, {@code NOT NULL} or {@code CHECK} (codes {@code ORM22xx}). The write had no effect.
 *
 * @since 0.1.0
 */
public class ConstraintViolationException extends OrmdanticException {

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public ConstraintViolationException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
    }
}
