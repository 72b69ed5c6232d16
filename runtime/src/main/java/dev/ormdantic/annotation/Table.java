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
     * The record component that is the primary key.
     *
     * @return the key component's name
     */
    String pk();

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
}
