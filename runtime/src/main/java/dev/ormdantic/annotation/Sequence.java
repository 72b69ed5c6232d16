package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Numbers a numeric column from a database sequence: {@code CREATE SEQUENCE} runs before the table in
 * {@code init()}, the column gets {@code DEFAULT nextval('s')} ({@code NEXT VALUE FOR s}, {@code s.NEXTVAL}), is left
 * out of {@code INSERT} and comes back in the record {@code insert} returns; {@code dropAll()} drops the sequence after
 * the table. SQLite and MySQL have no sequences and refuse the table ({@code ORM2007}).
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Invoice(@Sequence(start = 1000) long id, String customer) {}
 * }</pre>
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Sequence {

    /**
     * The sequence name; empty for {@code <table>_<column>_seq}.
     *
     * @return the name, or the empty string
     */
    String name() default "";

    /**
     * The first value.
     *
     * @return the start
     */
    long start() default 1;

    /**
     * The step between two values; not zero.
     *
     * @return the increment
     */
    long increment() default 1;
}
