package dev.ormdantic.dialect.sql;

/**
 * One term of an {@code ORDER BY} on a column of the queried table.
 *
 * @param column the column name, taken from generated table metadata
 * @param descending {@code DESC} instead of {@code ASC}
 * @param nulls where {@code NULL}s go
 * @since 0.1.0
 */
public record OrderItem(String column, boolean descending, Nulls nulls) {

    /**
     * A term with the dialect's own placement of {@code NULL}s.
     *
     * @param column the column name, taken from generated table metadata
     * @param descending {@code DESC} instead of {@code ASC}
     */
    public OrderItem(String column, boolean descending) {
        this(column, descending, Nulls.DEFAULT);
    }

    /** Where {@code NULL}s go in an ordering. */
    public enum Nulls {
        /**
         * Where the dialect puts them: last in ascending order on PostgreSQL and Oracle, first on SQLite, MySQL,
         * MariaDB and SQL Server.
         */
        DEFAULT,
        /** Before every value, on every dialect ({@code NULLS FIRST}, emulated where the dialect lacks it). */
        FIRST,
        /** After every value, on every dialect ({@code NULLS LAST}, emulated where the dialect lacks it). */
        LAST
    }
}
