package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link dev.ormdantic.relation.Many} component the one-to-many side of another table's {@link
 * dev.ormdantic.relation.Ref} to this one: the rows of the element type whose reference holds this row's key. The
 * component is not a column.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Author(long id, String name, @BackReference("author") Many<Post> posts) {}
 *
 * @Table(pk = "id")
 * public record Post(long id, Ref<Author, Long> author, String title) {}
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface BackReference {

    /**
     * The name of the element record's {@code Ref} component that references this record; may be left empty when the
     * element record has exactly one reference to this record.
     *
     * @return the component name, or the empty string
     */
    String value() default "";
}
