package dev.ormdantic.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of every error Ormdantic raises. Its message starts with the stable code from {@link ErrorCode}, says what
 * went wrong and, when there is one, how to fix it: {@code [ORM2201] insert into table 'flavor' failed: a row with key
 * id = 'vanilla' already exists; use upsert() to replace it or update() to change it}.
 *
 * <p>Messages never hold passwords or parameter values of columns whose names look secret. A future of an
 * asynchronous call completes exceptionally with the exception itself.
 *
 * <p>{@link #outcome()} says whether the failed call may have changed the data, and {@link #retryable()} whether
 * running the same call again is safe and may succeed; both default to the code's ({@link ErrorCode#outcome()},
 * {@link ErrorCode#retryable()}).
 *
 * @since 0.1.0
 */
public class OrmdanticException extends RuntimeException {

    private final String message;
    private final ErrorCode code;
    private final ErrorContext context;
    private final @Nullable String fix;
    private final Outcome outcome;
    private final boolean retryable;

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public OrmdanticException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        this(code, context, problem, fix, cause, code.outcome(), code.retryable());
    }

    /**
     * Creates an exception whose outcome differs from its code's default: a connection lost during {@code init()},
     * whose statements are idempotent, leaves an unknown outcome that is nonetheless safe to run again.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     * @param outcome what the call did to the data
     * @param retryable whether running the same call again is safe and may succeed
     */
    protected OrmdanticException(
            ErrorCode code,
            ErrorContext context,
            String problem,
            @Nullable String fix,
            @Nullable Throwable cause,
            Outcome outcome,
            boolean retryable) {
        this(
                "[" + code.id() + "] " + problem + (fix == null ? "" : "; " + fix),
                code,
                context,
                fix,
                cause,
                outcome,
                retryable);
    }

    private OrmdanticException(
            String message,
            ErrorCode code,
            ErrorContext context,
            @Nullable String fix,
            @Nullable Throwable cause,
            Outcome outcome,
            boolean retryable) {
        super(message, cause);
        this.message = message;
        this.code = Objects.requireNonNull(code, "code");
        this.context = Objects.requireNonNull(context, "context");
        this.fix = fix;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.retryable = retryable;
    }

    /**
     * The message: the code in brackets, what went wrong and, when there is one, how to fix it. Never {@code null}.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return message;
    }

    /**
     * The stable code of this error.
     *
     * @return the code
     */
    public final ErrorCode code() {
        return code;
    }

    /**
     * Where the error happened.
     *
     * @return the context
     */
    public final ErrorContext context() {
        return context;
    }

    /**
     * The operation that failed, such as {@code insert}.
     *
     * @return the operation, or {@code null} outside an operation
     */
    public final @Nullable String operation() {
        return context.operation();
    }

    /**
     * The table the operation was working on.
     *
     * @return the table name, or {@code null}
     */
    public final @Nullable String table() {
        return context.table();
    }

    /**
     * The dialect of the database, such as {@code sqlite}.
     *
     * @return the dialect name, or {@code null} before one was chosen
     */
    public final @Nullable String dialect() {
        return context.dialect();
    }

    /**
     * How to fix the problem, as also written at the end of the message.
     *
     * @return the fix, or {@code null} when there is none to suggest
     */
    public final @Nullable String fix() {
        return fix;
    }

    /**
     * What the failed call did to the data: {@link Outcome#NOT_APPLIED} when the database is as it was before the call,
     * {@link Outcome#UNKNOWN} when a write may have been applied (check the data before writing again).
     *
     * @return the outcome
     */
    public final Outcome outcome() {
        return outcome;
    }

    /**
     * Whether running the same call again is safe (it cannot apply a write twice) and may succeed (the failure was
     * transient: a lost connection, a busy database, a conflict, a timeout). {@code false} for an unknown outcome and
     * for failures that would repeat (a duplicate key, an invalid value, a bad configuration).
     *
     * @return {@code true} when a retry is safe and useful
     */
    public final boolean retryable() {
        return retryable;
    }
}
