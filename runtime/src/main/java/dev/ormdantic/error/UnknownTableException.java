package dev.ormdantic.error;

import java.util.List;

/**
 * A table class that this database does not manage was asked for (code {@code ORM2101}). The message lists the
 * managed tables.
 *
 * @since 0.1.0
 */
public class UnknownTableException extends OrmdanticException {

    private final List<String> managedTables;

    /**
     * Creates an exception.
     *
     * @param context where it happened
     * @param problem what went wrong, naming the requested class and the managed tables
     * @param fix how to fix it
     * @param managedTables the class names of the tables this database manages
     */
    public UnknownTableException(ErrorContext context, String problem, String fix, List<String> managedTables) {
        super(ErrorCode.UNKNOWN_TABLE, context, problem, fix, null);
        this.managedTables = List.copyOf(managedTables);
    }

    /**
     * The tables this database manages.
     *
     * @return the generated table class names, in creation order
     */
    public List<String> managedTables() {
        return managedTables;
    }
}
