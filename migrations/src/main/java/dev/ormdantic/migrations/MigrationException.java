package dev.ormdantic.migrations;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.OrmdanticException;
import org.jspecify.annotations.Nullable;

/**
 * A migration or reflection that cannot go on: a diff that needs a decision (a probable rename, a destructive change
 * not allowed), a migration file that was edited or is missing, a history marked dirty, a migrator lock held by
 * another process, or a live schema that cannot be read. The message names what was found and the fix; the codes are
 * the {@code ORM27xx} range of {@link ErrorCode}.
 *
 * @since 0.1.0
 */
public class MigrationException extends OrmdanticException {

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public MigrationException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
    }
}
