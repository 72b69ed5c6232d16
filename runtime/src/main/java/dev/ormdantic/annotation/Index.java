package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index of a {@link Table}, declared in {@link Table#indexes()}.
 *
 * <pre>{@code
 * @Table(pk = "id", indexes = @Index(columns = {"customer", "placedAt"}))
 * @Table(pk = "id", indexes = @Index(columns = "email", unique = true, where = "deleted_at IS NULL"))
 * }</pre>
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Index {

    /**
     * The index name; empty (the default) for {@code <table>_<column>_<column>_idx}, or {@code ..._unique_idx} when
     * unique.
     *
     * @return the name, or the empty string
     */
    String name() default "";

    /**
     * The indexed record components, in index order.
     *
     * @return the components' names
     */
    String[] columns();

    /**
     * Whether the index enforces uniqueness.
     *
     * @return {@code true} for a unique index
     */
    boolean unique() default false;

    /**
     * A predicate in SQL over column names that makes the index partial; empty (the default) for a full index.
     * PostgreSQL, SQLite and SQL Server (filtered index) have partial indexes; MySQL, MariaDB and Oracle refuse one
     * with {@code ORM2007}.
     *
     * @return the predicate, or the empty string
     */
    String where() default "";
}
