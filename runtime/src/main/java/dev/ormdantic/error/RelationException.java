package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * A relationship read while not loaded ({@code ORM2601}), a dangling reference ({@code ORM2602}), an invalid loader
 * ({@code ORM2603}), the N+1 pattern in strict mode ({@code ORM2604}) or a relationship used where its kind does not
 * fit ({@code ORM2605}). Nothing was sent to the database when it is thrown.
 *
 * @since 0.1.0
 */
public class RelationException extends OrmdanticException {

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public RelationException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
    }
}
