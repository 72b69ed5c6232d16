package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key of one or more columns, declared in {@link Table#foreignKeys()}: the columns reference the primary
 * key of another table. Each column's type must be the type of the key component it references.
 *
 * <pre>{@code
 * @Table(pk = {"orderId", "line"}, foreignKeys = @ForeignKey(columns = {"orderId"}, references = Order.class))
 * }</pre>
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ForeignKey {

    /**
     * The referencing record components, in the order of the referenced table's key.
     *
     * @return the components' names
     */
    String[] columns();

    /**
     * The referenced {@link Table} record.
     *
     * @return the record class
     */
    Class<? extends Record> references();

    /**
     * The constraint name; empty (the default) for {@code <table>_<column>_foreign_key}, with the columns joined by
     * {@code _}.
     *
     * @return the name, or the empty string
     */
    String name() default "";

    /**
     * What happens to referencing rows when the referenced row is deleted.
     *
     * @return the action
     */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /**
     * What happens to referencing rows when the referenced key changes.
     *
     * @return the action
     */
    ReferentialAction onUpdate() default ReferentialAction.NO_ACTION;
}
