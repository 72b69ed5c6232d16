package dev.ormdantic.dialect;

import java.util.List;

/**
 * Every fixed statement of one table in one dialect. The processor renders it at compile time and writes it into the
 * generated table class as constants; the runtime only picks the dialect's instance.
 *
 * <p>Column lists follow the table's column order; {@link #updateByKey} binds the non-key columns first, then the key.
 *
 * @param createTable {@code CREATE TABLE} followed by one {@code CREATE INDEX} per index, each idempotent
 * @param dropTable {@code DROP TABLE}, idempotent
 * @param insert the insert of one or many rows
 * @param upsert the insert-or-update on key conflict of one or many rows
 * @param selectByKey the select of all columns of the row with the given key
 * @param selectAll the select of all columns of every row
 * @param updateByKey the update of every non-key column of the row with the given key
 * @param deleteByKey the delete of the row with the given key
 * @param count the count of every row
 */
public record TableStatements(
        List<String> createTable,
        String dropTable,
        StatementShape insert,
        StatementShape upsert,
        String selectByKey,
        String selectAll,
        String updateByKey,
        String deleteByKey,
        String count) {

    /** Copies the list. */
    public TableStatements {
        createTable = List.copyOf(createTable);
    }
}
