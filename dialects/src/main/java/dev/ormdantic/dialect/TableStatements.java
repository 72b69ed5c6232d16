package dev.ormdantic.dialect;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
 * @since 0.1.0
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
     * A builder that names each statement, as generated code writes them: {@code builder().createTable(...)
     * .dropTable(...).insert(...)...build()}.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from these statements, for a dialect whose statements differ from another's in a few
     * parts only: {@code MYSQL.toBuilder().createTable(...).build()}.
     *
     * @return a builder holding every statement of this one
     */
    public Builder toBuilder() {
        return builder()
                .createTable(createTable.toArray(String[]::new))
                .dropTable(dropTable)
                .dropAfterTable(dropAfterTable.toArray(String[]::new))
                .insert(insert)
                .upsert(upsert)
                .selectByKey(selectByKey)
                .selectAll(selectAll)
                .updateByKey(updateByKey)
                .deleteByKey(deleteByKey)
                .count(count);
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

    /**
     * Collects the statements by name. Every statement but {@link #dropAfterTable} must be set before
     * {@link #build()}.
     */
    public static final class Builder {

        private List<String> createTable = List.of();
        private @Nullable String dropTable;
        private List<String> dropAfterTable = List.of();
        private @Nullable StatementShape insert;
        private @Nullable StatementShape upsert;
        private @Nullable String selectByKey;
        private @Nullable String selectAll;
        private @Nullable String updateByKey;
        private @Nullable String deleteByKey;
        private @Nullable String count;

        private Builder() {}

        /**
         * Sets {@link TableStatements#createTable}.
         *
         * @param statements the {@code CREATE SEQUENCE}, {@code CREATE TABLE} and {@code CREATE INDEX} statements,
         *     in order
         * @return this builder
         */
        public Builder createTable(String... statements) {
            this.createTable = List.of(statements);
            return this;
        }

        /**
         * Sets {@link TableStatements#dropTable}.
         *
         * @param statement the {@code DROP TABLE} statement
         * @return this builder
         */
        public Builder dropTable(String statement) {
            this.dropTable = statement;
            return this;
        }

        /**
         * Sets {@link TableStatements#dropAfterTable}; none unless called.
         *
         * @param statements what to drop after the table, in order
         * @return this builder
         */
        public Builder dropAfterTable(String... statements) {
            this.dropAfterTable = List.of(statements);
            return this;
        }

        /**
         * Sets {@link TableStatements#insert}.
         *
         * @param shape the insert of one or many rows
         * @return this builder
         */
        public Builder insert(StatementShape shape) {
            this.insert = shape;
            return this;
        }

        /**
         * Sets {@link TableStatements#upsert}.
         *
         * @param shape the insert-or-update of one or many rows
         * @return this builder
         */
        public Builder upsert(StatementShape shape) {
            this.upsert = shape;
            return this;
        }

        /**
         * Sets {@link TableStatements#selectByKey}.
         *
         * @param statement the select of one row by key
         * @return this builder
         */
        public Builder selectByKey(String statement) {
            this.selectByKey = statement;
            return this;
        }

        /**
         * Sets {@link TableStatements#selectAll}.
         *
         * @param statement the select of every row
         * @return this builder
         */
        public Builder selectAll(String statement) {
            this.selectAll = statement;
            return this;
        }

        /**
         * Sets {@link TableStatements#updateByKey}.
         *
         * @param statement the update of one row by key
         * @return this builder
         */
        public Builder updateByKey(String statement) {
            this.updateByKey = statement;
            return this;
        }

        /**
         * Sets {@link TableStatements#deleteByKey}.
         *
         * @param statement the delete of one row by key
         * @return this builder
         */
        public Builder deleteByKey(String statement) {
            this.deleteByKey = statement;
            return this;
        }

        /**
         * Sets {@link TableStatements#count}.
         *
         * @param statement the count of every row
         * @return this builder
         */
        public Builder count(String statement) {
            this.count = statement;
            return this;
        }

        /**
         * The statements.
         *
         * @return the statements
         * @throws IllegalStateException when a statement other than {@code dropAfterTable} was not set
         */
        public TableStatements build() {
            if (createTable.isEmpty()) {
                throw new IllegalStateException("createTable is not set");
            }
            return new TableStatements(
                    createTable,
                    required(dropTable, "dropTable"),
                    dropAfterTable,
                    required(insert, "insert"),
                    required(upsert, "upsert"),
                    required(selectByKey, "selectByKey"),
                    required(selectAll, "selectAll"),
                    required(updateByKey, "updateByKey"),
                    required(deleteByKey, "deleteByKey"),
                    required(count, "count"));
        }

        private static <V> V required(@Nullable V value, String name) {
            if (value == null) {
                throw new IllegalStateException(name + " is not set");
            }
            return value;
        }
    }
}
