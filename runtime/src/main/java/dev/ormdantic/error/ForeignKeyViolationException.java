package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * A write referred to a row of another table that does not exist, or a delete would leave rows referring to the
 * deleted one (code {@code ORM2203}). The write had no effect.
 *
 * @since 0.1.0
 */
public class ForeignKeyViolationException extends ConstraintViolationException {

    /**
     * Creates an exception.
     *
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public ForeignKeyViolationException(
            ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(ErrorCode.FOREIGN_KEY_VIOLATION, context, problem, fix, cause);
    }
}
