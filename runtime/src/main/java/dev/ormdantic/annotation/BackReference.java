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
 * <p>What a session does to the collection's rows is declared here and can be overridden per call with {@link
 * dev.ormdantic.session.Cascade}: {@link #cascadeSave()} (on by default) adds the new rows of a loaded collection with
 * the record that holds it, {@link #cascadeDelete()} deletes the loaded rows before the record, and {@link
 * #orphanRemoval()} deletes a row that leaves the loaded collection. They act only on collections that are loaded, in
 * a session; direct table calls and the database's own {@code ON DELETE} actions are not affected.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Author(
 *         long id,
 *         String name,
 *         @BackReference(value = "author", cascadeDelete = true, orphanRemoval = true) Many<Post> posts) {}
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

    /**
     * Whether a session adds the new rows of this loaded collection with the record that holds it, at {@code add} and
     * at the flush of an updated record (a row appended to a loaded collection is inserted, pointing at the record).
     *
     * @return {@code true} (the default) to cascade the save
     */
    boolean cascadeSave() default true;

    /**
     * Whether a session's {@code delete} of the record deletes the rows of this loaded collection first.
     *
     * @return {@code true} to cascade the delete; {@code false} (the default) deletes only the record
     */
    boolean cascadeDelete() default false;

    /**
     * Whether a session deletes a row that leaves this loaded collection: when the record as submitted to {@code
     * update} holds a loaded collection without a row that the collection as loaded held, the flush deletes that row
     * (unless the session moved it to another record, by changing its reference).
     *
     * @return {@code true} to delete orphans; {@code false} (the default) leaves them
     */
    boolean orphanRemoval() default false;
}
