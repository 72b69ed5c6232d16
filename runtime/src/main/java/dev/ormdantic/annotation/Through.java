package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link dev.ormdantic.relation.Many} component a many-to-many relationship through an association table: a
 * {@link Table} record with a {@link dev.ormdantic.relation.Ref} to this record and one to the element record (and any
 * other columns it likes). The component is not a column; the association rows are written as rows of their own.
 *
 * <pre>{@code
 * @Table(pk = {"post", "tag"})
 * public record PostTag(Ref<Post, Long> post, Ref<Tag, Long> tag) {}
 *
 * @Table(pk = "id")
 * public record Post(long id, String title, @Through(PostTag.class) Many<Tag> tags) {}
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Through {

    /**
     * The association record.
     *
     * @return the record class
     */
    Class<? extends Record> value();

    /**
     * The association record's {@code Ref} component to this record; may be left empty when it has exactly one.
     *
     * @return the component name, or the empty string
     */
    String source() default "";

    /**
     * The association record's {@code Ref} component to the element record; may be left empty when it has exactly one.
     *
     * @return the component name, or the empty string
     */
    String target() default "";
}
