package dev.ormdantic.internal.error;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A driver's or pool's exception with its message redacted, kept as the cause of an {@code OrmdanticException} in
 * place of the original. The original cannot be kept: its message cannot be changed (drivers compute it from their
 * own fields), and a logged stack trace prints every cause's message. The copy keeps what a user or a monitoring tool
 * needs: the original class name (shown by {@link #toString()}, so a printed stack trace reads {@code Caused by:
 * org.postgresql.util.PSQLException: ...}), the SQLState, the vendor code and the stack trace, with its own causes
 * copied the same way. Non-SQL exceptions (a pool's {@code RuntimeException}) become one too, without a SQLState.
 */
public final class RedactedSqlException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final String originalClass;

    /**
     * Creates the copy.
     *
     * @param originalClass the class name of the original exception
     * @param message the redacted message
     * @param sqlState the original's SQLState, or {@code null}
     * @param vendorCode the original's vendor code
     */
    RedactedSqlException(String originalClass, @Nullable String message, @Nullable String sqlState, int vendorCode) {
        super(message, sqlState, vendorCode);
        this.originalClass = originalClass;
    }

    /**
     * The class name of the exception this copy stands for, such as {@code org.postgresql.util.PSQLException}.
     *
     * @return the class name
     */
    public String originalClass() {
        return originalClass;
    }

    /** {@code Throwable.printStackTrace} prints each cause's {@code toString()}: it names the original class here. */
    @Override
    @SuppressWarnings("OverrideThrowableToString") // the message stays the redacted text; only the class name differs
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClass : originalClass + ": " + message;
    }
}
