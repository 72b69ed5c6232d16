package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * An update or delete of a versioned row ({@code @Version}) that found the row at another version than the record
 * held, because another transaction changed or deleted it since it was read (code {@code ORM2810}). Nothing of the
 * statement was written. It names the table, the key, the version expected and the version the row has now
 * ({@code null} when the row no longer exists). Read the row again and reapply the change, or rerun the unit of work.
 *
 * @since 0.1.0
 */
public class OptimisticLockException extends QueryException {

    private final String key;
    private final long expected;
    private final @Nullable Long actual;

    /**
     * Creates an exception.
     *
     * @param context where it happened; names the table
     * @param key the row's key, as text
     * @param expected the version the record held
     * @param actual the version the row has, or {@code null} when it no longer exists
     */
    public OptimisticLockException(ErrorContext context, String key, long expected, @Nullable Long actual) {
        super(
                ErrorCode.OPTIMISTIC_LOCK,
                context,
                (context.operation() == null ? "" : context.operation() + ": ") + "row " + key + " of table "
                        + context.table() + " was changed by another transaction: expected version " + expected
                        + ", found " + (actual == null ? "no row (it was deleted)" : "version " + actual)
                        + "; nothing was written",
                "read the row again and reapply the change",
                null);
        this.key = key;
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * The key of the row, as text.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The version the record held.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expected;
    }

    /**
     * The version the row has in the database.
     *
     * @return the actual version, or {@code null} when the row no longer exists
     */
    public @Nullable Long actualVersion() {
        return actual;
    }
}
