package dev.ormdantic.dialect.schema;

/**
 * What makes a table a view: the query that defines it. Its columns are the table's columns, which the query must
 * select by name.
 *
 * @param query the defining {@code SELECT}, in the dialects' common SQL
 * @param materialized whether the database stores the result (PostgreSQL and Oracle only)
 * @since 0.1.0
 */
public record ViewSpec(String query, boolean materialized) {

    /**
     * Checks the query.
     *
     * @throws IllegalArgumentException when the query is blank
     */
    public ViewSpec {
        if (query.isBlank()) {
            throw new IllegalArgumentException("a view needs a query");
        }
    }
}
