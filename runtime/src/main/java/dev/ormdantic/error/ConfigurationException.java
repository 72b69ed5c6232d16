package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * A database URL or builder option that cannot work, found when the database is opened (codes {@code ORM20xx}). The message names the setting and what it accepts.
 *
 * @since 0.1.0
 */
public class ConfigurationException extends OrmdanticException {

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public ConfigurationException(
            ErrorCode code, ErrorContext context, String problem, @Nullable String fix, @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
    }
}
