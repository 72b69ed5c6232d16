package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A table-level {@code CHECK} constraint, declared in {@link Table#checks()}. Column checks derived from
 * {@code jakarta.validation} constraints ({@code @Min}, {@code @Size}, {@code @Pattern}...) need no declaration.
 *
 * <pre>{@code
 * @Table(pk = "id", checks = @Check(name = "booking_dates_check", sql = "ends_on >= starts_on"))
 * }</pre>
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Check {

    /**
     * The constraint name.
     *
     * @return the name
     */
    String name();

    /**
     * The condition, in SQL over column names, written so that every backend the table runs on accepts it.
     *
     * @return the condition
     */
    String sql();
}
