package dev.ormdantic.migrations;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.Outcome;
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

    /**
     * Creates an exception whose outcome differs from its code's: a migration that failed part-way on a database
     * whose DDL is not transactional left its completed statements applied ({@link Outcome#UNKNOWN}; the history row
     * says how many).
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     * @param outcome what the call did to the data
     */
    public MigrationException(
            ErrorCode code,
            ErrorContext context,
            String problem,
            @Nullable String fix,
            @Nullable Throwable cause,
            Outcome outcome) {
        super(code, context, problem, fix, cause, outcome, false);
    }
}
