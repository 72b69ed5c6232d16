package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a column computed by the database from other columns of the row ({@code GENERATED ALWAYS AS (expr)}). It is
 * never written by {@code insert}, {@code update} or {@code upsert}; {@code insert} returns the record with the computed
 * value, and {@code findOne} reads the fresh value after an update.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record LineItem(String id, int price, int quantity,
 *         @Computed(value = "price * quantity", stored = true) int total) {}
 * }</pre>
 *
 * <p>PostgreSQL has only stored computed columns and refuses {@code stored = false}; Oracle has only virtual ones and
 * refuses {@code stored = true} ({@code ORM2007} at {@code init()}, the record still works elsewhere).
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Computed {

    /**
     * The SQL expression over the table's column names, copied into the DDL unchanged.
     *
     * @return the expression
     */
    String value();

    /**
     * Whether the value is stored ({@code STORED}, {@code PERSISTED}) rather than computed on each read.
     *
     * @return {@code true} for a stored column
     */
    boolean stored() default false;
}
