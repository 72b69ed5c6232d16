package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint of a {@link Table} over one or more columns, declared in {@link Table#uniques()}.
 *
 * <pre>{@code
 * @Table(pk = "id", uniques = @Unique({"customer", "number"}))
 * }</pre>
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Unique {

    /**
     * The constrained record components.
     *
     * @return the components' names
     */
    String[] value();

    /**
     * The constraint name; empty (the default) for {@code <table>_unique_<i>}, where {@code i} counts the unnamed
     * unique constraints of the table from 0.
     *
     * @return the name, or the empty string
     */
    String name() default "";
}
