package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a record a table. The annotation processor writes {@code <Record>Table} next to it: typed column constants,
 * the row mapper, the parameter binder, the generated validation and the SQL of every fixed statement for all six
 * dialects.
 *
 * <pre>{@code
 * @Table(pk = "id", indexed = {"name"})
 * public record Flavor(String id, @Size(min = 2, max = 80) String name, int rating) {}
 * }</pre>
 *
 * <p>Every component is a column, named after the component in snake_case unless {@link Column#name()} says
 * otherwise. Components are {@code NOT NULL} unless annotated {@code @Nullable}.
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {

    /**
     * The table name; empty (the default) for the snake_case of the record's simple name ({@code CoffeeFlavor} →
     * {@code coffee_flavor}).
     *
     * @return the table name, or the empty string
     */
    String name() default "";

    /**
     * The schema (namespace) the table lives in; empty (the default) for the connection's default schema. On MySQL
     * and MariaDB a schema is a database. {@code init()} creates a missing schema on PostgreSQL, MySQL, MariaDB and SQL
     * Server; on Oracle, where a schema is a user that an administrator creates, the name is only qualified; SQLite
     * refuses a schema with {@code ORM2007}. {@code dropAll()} never drops a schema.
     *
     * @return the schema name, or the empty string
     */
    String schema() default "";

    /**
     * The record components that form the primary key, in key order: one for a simple key ({@code pk = "id"}),
     * several for a composite key ({@code pk = {"orderId", "line"}}), whose generated table then has a nested
     * {@code Key} record.
     *
     * @return the key components' names
     */
    String[] pk();

    /**
     * Components that each get an index named {@code <table>_<column>_idx}.
     *
     * @return the indexed components' names
     */
    String[] indexed() default {};

    /**
     * Components that each get a unique index named {@code <table>_<column>_unique_idx}.
     *
     * @return the unique components' names
     */
    String[] unique() default {};

    /**
     * Indexes on one or more columns, unique or not, partial where the database supports it.
     *
     * @return the indexes
     */
    Index[] indexes() default {};

    /**
     * Unique constraints on one or more columns.
     *
     * @return the unique constraints
     */
    Unique[] uniques() default {};

    /**
     * Table-level {@code CHECK} constraints, in SQL.
     *
     * @return the checks
     */
    Check[] checks() default {};

    /**
     * Foreign keys of one or more columns; a single-column key is simpler to declare with {@link References} on the
     * component.
     *
     * @return the foreign keys
     */
    ForeignKey[] foreignKeys() default {};
}
