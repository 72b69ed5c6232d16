package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a component a foreign key to the primary key of another {@link Table} record. The column takes the type of
 * the referenced key (a {@code long} key gives a {@code BIGINT} column), and the component's Java type must be that
 * key's type.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Scoop(String id, @References(value = Flavor.class, onDelete = ReferentialAction.CASCADE) String flavorId) {}
 * }</pre>
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface References {

    /**
     * The referenced record; its key must be a single component.
     *
     * @return the record class
     */
    Class<? extends Record> value();

    /**
     * The constraint name; empty (the default) for {@code <table>_<column>_foreign_key}.
     *
     * @return the name, or the empty string
     */
    String name() default "";

    /**
     * What happens to this row when the referenced row is deleted.
     *
     * @return the action
     */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /**
     * What happens to this row when the referenced key changes.
     *
     * @return the action
     */
    ReferentialAction onUpdate() default ReferentialAction.NO_ACTION;
}
