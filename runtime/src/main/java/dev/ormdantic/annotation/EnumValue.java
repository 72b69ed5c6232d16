package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value an enum constant is stored as, instead of its name. Either every constant of the enum has one or none
 * does; the values are non-empty and distinct. The column is as long as the longest value, and its {@code CHECK}
 * allows exactly these values.
 *
 * <pre>{@code
 * public enum Roast {
 *     @EnumValue("L") LIGHT,
 *     @EnumValue("D") DARK
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface EnumValue {

    /**
     * The stored value.
     *
     * @return the value
     */
    String value();
}
