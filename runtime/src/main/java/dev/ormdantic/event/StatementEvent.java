package dev.ormdantic.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement about to be sent to the database, with its parameters bound.
 *
 * @param operation the API method that runs it: {@code insert}, {@code findMany}, {@code count}, {@code init}, ...
 * @param table the table it works on, or {@code null} for a statement on the whole database
 * @param dialect the dialect's name: {@code sqlite}, {@code postgresql}, {@code mysql}, {@code mariadb},
 *     {@code mssql}, {@code oracle}
 * @param sql the SQL text, with {@code ?} for each parameter (values are never part of it)
 * @param parameters the bound parameters in order, secret-looking values masked (see {@link BoundParameter});
 *     empty for a statement without parameters
 * @since 0.1.0
 */
public record StatementEvent(
        String operation, @Nullable String table, String dialect, String sql, List<BoundParameter> parameters) {

    /** Copies the list. */
    public StatementEvent {
        parameters = List.copyOf(parameters);
    }
}
