package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Table} record a view instead of a table: {@code init()} creates it with {@code CREATE VIEW} after
 * every table, {@code dropAll()} drops it before them, and its handle reads (find by key, find many, count, select,
 * stream) but refuses every write with {@code ORM2121} before touching the database.
 *
 * <pre>{@code
 * @View(query = "SELECT id, name, rating FROM flavor WHERE rating >= 4")
 * @Table(pk = "id")
 * public record TopFlavor(String id, String name, int rating) {}
 * }</pre>
 *
 * <p>The query must select every column of the record by its column name. A view has no indexes, unique constraints
 * or foreign keys of its own.
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface View {

    /**
     * The {@code SELECT} that defines the view, in SQL the target databases accept; table and column names as they
     * are stored.
     *
     * @return the query
     */
    String query();

    /**
     * Whether the database stores the view's rows ({@code CREATE MATERIALIZED VIEW}). Only PostgreSQL and Oracle
     * have materialized views; every other database refuses the record with {@code ORM2007}.
     *
     * @return {@code true} for a materialized view
     */
    boolean materialized() default false;
}
