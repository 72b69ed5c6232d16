package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * An insert met a row with the same primary key, in the table or earlier in the same batch (code {@code ORM2201}).
 * Nothing was written: a batch is rolled back as a whole.
 *
 * @since 0.1.0
 */
public class DuplicateKeyException extends ConstraintViolationException {

    private final transient @Nullable Object key;

    /**
     * Creates an exception.
     *
     * @param context where it happened
     * @param problem what went wrong, naming the table and the key
     * @param fix how to fix it
     * @param key the duplicate key, or {@code null} when it could not be told
     * @param cause the driver's exception, or {@code null} when the duplicate was found before writing
     */
    public DuplicateKeyException(
            ErrorContext context, String problem, String fix, @Nullable Object key, @Nullable Throwable cause) {
        super(ErrorCode.DUPLICATE_KEY, context, problem, fix, cause);
        this.key = key;
    }

    /**
     * The duplicate key value.
     *
     * @return the key, or {@code null} when the database did not say which row of a batch clashed
     */
    public @Nullable Object key() {
        return key;
    }
}
