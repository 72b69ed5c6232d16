package dev.ormdantic.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Every fixed statement of one table in one dialect. The processor renders it at compile time and writes it into the
 * generated table class as constants; the runtime only picks the dialect's instance.
 *
 * <p>Column lists follow the table's column order; {@link #updateByKey} binds the non-key columns first, then the key.
 * Generated columns (identity, server default, computed, sequence) are left out of {@link #insert}, which reads them
 * back where the dialect can ({@code RETURNING}, {@code OUTPUT INSERTED}); computed columns are left out of every
 * write.
 *
 * @param createTable one {@code CREATE SEQUENCE} per sequence its columns use, {@code CREATE TABLE}, then one
 *     {@code CREATE INDEX} per index, each idempotent
 * @param dropTable {@code DROP TABLE}, idempotent
 * @param dropAfterTable what to drop after the table, each idempotent: its sequences; empty for most tables
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
        List<String> dropAfterTable,
        StatementShape insert,
        StatementShape upsert,
        String selectByKey,
        String selectAll,
        String updateByKey,
        String deleteByKey,
        String count) {

    /** Copies the lists. */
    public TableStatements {
        createTable = List.copyOf(createTable);
        dropAfterTable = List.copyOf(dropAfterTable);
    }

    /**
     * The statements of a table that has nothing to drop after it (no sequences).
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
    public TableStatements(
            List<String> createTable,
            String dropTable,
            StatementShape insert,
            StatementShape upsert,
            String selectByKey,
            String selectAll,
            String updateByKey,
            String deleteByKey,
            String count) {
        this(
                createTable,
                dropTable,
                List.of(),
                insert,
                upsert,
                selectByKey,
                selectAll,
                updateByKey,
                deleteByKey,
                count);
    }

    /**
     * What {@code dropAll()} runs for this table: {@link #dropTable}, then {@link #dropAfterTable}.
     *
     * @return the statements, in order
     */
    public List<String> dropStatements() {
        List<String> all = new ArrayList<>();
        all.add(dropTable);
        all.addAll(dropAfterTable);
        return List.copyOf(all);
    }
}
