package dev.ormdantic.dialect.schema;

import java.util.List;

/**
 * A foreign key: columns of this table that reference the primary key of another table.
 *
 * @param name the constraint name ({@code <table>_<column>_foreign_key} unless declared)
 * @param columns the referencing columns, in the order of the referenced key
 * @param targetSchema the referenced table's schema, or the empty string for the default one
 * @param targetTable the referenced table's name (unquoted)
 * @param targetColumns the referenced key columns, in key order
 * @param onDelete what happens to referencing rows when the referenced row is deleted
 * @param onUpdate what happens to referencing rows when the referenced key changes
 * @since 0.1.0
 */
public record ForeignKeySpec(
        String name,
        List<String> columns,
        String targetSchema,
        String targetTable,
        List<String> targetColumns,
        Action onDelete,
        Action onUpdate) {

    /** A referential action, as in SQL. */
    public enum Action {
        /** {@code NO ACTION}: refuse at the end of the statement (the default, not rendered). */
        NO_ACTION("NO ACTION"),
        /** {@code RESTRICT}: refuse at once. */
        RESTRICT("RESTRICT"),
        /** {@code CASCADE}: delete or re-key the referencing rows. */
        CASCADE("CASCADE"),
        /** {@code SET NULL}: null the referencing columns. */
        SET_NULL("SET NULL"),
        /** {@code SET DEFAULT}: set the referencing columns to their default. */
        SET_DEFAULT("SET DEFAULT");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        /**
         * The action as written in SQL.
         *
         * @return the SQL words ({@code SET NULL})
         */
        public String sql() {
            return sql;
        }
    }

    /**
     * Copies the lists and checks they match.
     *
     * @throws IllegalArgumentException when there is no column or the column counts differ
     */
    public ForeignKeySpec {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
        if (columns.isEmpty() || columns.size() != targetColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " needs as many columns (" + columns
                    + ") as the key it references (" + targetColumns + ")");
        }
    }
}
