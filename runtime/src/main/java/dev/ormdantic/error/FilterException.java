package dev.ormdantic.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dynamic filter, ordering or cursor was refused before any SQL was sent: an unknown column or operator, a value of
 * the wrong type, too deep a nesting, a malformed document or cursor. The message names the offending path, such as
 * {@code or[1].rating.gte}, and {@link #allowed()} lists the accepted choices.
 *
 * @since 0.1.0
 */
public class FilterException extends OrmdanticException {

    private final String path;
    private final List<String> allowed;

    /**
     * Creates an exception.
     *
     * @param code the catalog code
     * @param context where it happened
     * @param path where in the filter document the problem is, or the empty string for the whole document
     * @param problem what went wrong
     * @param fix how to fix it, or {@code null}
     * @param allowed the accepted choices (columns, operators), possibly empty
     * @param cause the underlying exception, or {@code null}
     */
    public FilterException(
            ErrorCode code,
            ErrorContext context,
            String path,
            String problem,
            @Nullable String fix,
            List<String> allowed,
            @Nullable Throwable cause) {
        super(code, context, problem, fix, cause);
        this.path = path;
        this.allowed = List.copyOf(allowed);
    }

    /**
     * Where in the filter document the problem is: keys and list indexes joined by dots, such as
     * {@code or[1].rating.gte}.
     *
     * @return the path, empty for the whole document
     */
    public String path() {
        return path;
    }

    /**
     * The accepted choices: the table's columns for an unknown column, the column's operators for an unknown
     * operator.
     *
     * @return the choices, possibly empty
     */
    public List<String> allowed() {
        return allowed;
    }
}
