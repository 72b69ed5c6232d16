package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an enum component in a native PostgreSQL enum type rather than in a text column with a {@code CHECK} of its
 * values. On PostgreSQL, {@code init()} creates the type before the table, if it does not exist, with the stored values
 * ({@code @EnumValue}, else the constant names) as its labels in declaration order, and {@code dropAll()} drops it after
 * the last table that uses it. Tables whose components use the same type name share one type. On every other database
 * the column stays a text column with its {@code CHECK}, as without this annotation.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Coffee(String id, @NativeEnum Roast roast) {}   // CREATE TYPE "roast" AS ENUM ('LIGHT', 'DARK')
 *
 * public enum Roast { LIGHT, DARK }
 * }</pre>
 *
 * <p>The component's type must be an enum, or an {@code Optional} of one.
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface NativeEnum {

    /**
     * The type's name, unquoted; by default the snake_case of the enum's simple name ({@code RoastLevel} gives
     * {@code roast_level}). The type lives in the table's schema.
     *
     * @return the type name, or the empty string for the default
     */
    String name() default "";
}
