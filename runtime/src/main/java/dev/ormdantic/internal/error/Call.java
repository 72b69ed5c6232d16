package dev.ormdantic.internal.error;

import dev.ormdantic.error.ErrorContext;

/**
 * One operation on one subject, carried along so that every error it raises says where it happened.
 *
 * @param operation the operation
 * @param subject the table name, or the redacted URL for database-wide operations
 * @param table whether the subject is a table (and goes into {@link ErrorContext#table()})
 * @param dialect the dialect name
 */
public record Call(Operation operation, String subject, boolean table, String dialect) {

    /**
     * An operation on a table.
     *
     * @param operation the operation
     * @param table the table name
     * @param dialect the dialect name
     * @return the call
     */
    public static Call onTable(Operation operation, String table, String dialect) {
        return new Call(operation, table, true, dialect);
    }

    /**
     * The context for exceptions.
     *
     * @return the context
     */
    public ErrorContext context() {
        return new ErrorContext(operation.method(), table ? subject : null, dialect);
    }

    /**
     * The start of a failure message: {@code insert into table 'flavor' failed}.
     *
     * @return the text
     */
    public String failed() {
        return (table ? operation.phrase() : operation.databasePhrase()) + " '" + subject + "' failed";
    }
}
