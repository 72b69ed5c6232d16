package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an enum component in a native PostgreSQL enum type ({@code CREATE TYPE "roast" AS ENUM ('L', 'D')}) instead
 * of a text column with a {@code CHECK}. The other databases have no such type and keep the text column and its
 * {@code CHECK}.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Coffee(String id, @NativeEnum Roast roast) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface NativeEnum {

    /**
     * The type name; empty (the default) for the snake_case of the enum's simple name ({@code Roast} → {@code roast}).
     *
     * @return the type name, or the empty string
     */
    String name() default "";
}
