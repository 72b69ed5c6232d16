package dev.ormdantic.error;

import org.jspecify.annotations.Nullable;

/**
 * Where an error happened: the operation, the table and the dialect, each {@code null} when it does not apply (a bad
 * URL has no table).
 *
 * @param operation the handle or database method, such as {@code insert} or {@code init}
 * @param table the table name
 * @param dialect the dialect name, such as {@code sqlite}
 * @since 0.1.0
 */
public record ErrorContext(
        @Nullable String operation,
        @Nullable String table,
        @Nullable String dialect) {

    private static final ErrorContext NONE = new ErrorContext(null, null, null);

    /**
     * The context of an error outside any operation, such as a configuration error.
     *
     * @return the empty context
     */
    public static ErrorContext none() {
        return NONE;
    }
}
