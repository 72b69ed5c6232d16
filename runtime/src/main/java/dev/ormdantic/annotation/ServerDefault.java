package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a column a server-side default, written into the DDL as {@code DEFAULT <sql>}. {@code insert} leaves the column
 * out, so the database fills it, and returns the record with the value the database chose; the value the record held
 * before the insert is ignored. {@code update} and {@code upsert} write the record's value like any other column.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Ticket(@Identity long id, @ServerDefault("CURRENT_TIMESTAMP") Instant createdAt) {}
 * }</pre>
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface ServerDefault {

    /**
     * The default expression, as SQL copied into the DDL unchanged ({@code CURRENT_TIMESTAMP}, {@code 'open'},
     * {@code 0}); it must be valid on every dialect the record is used with.
     *
     * @return the SQL expression
     */
    String value();
}
