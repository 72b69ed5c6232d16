package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The earlier name of a renamed column (on a record component) or table (on a {@link Table} record), so that a
 * migration renames it and keeps its data instead of dropping it and adding an empty one.
 *
 * <p>The processor writes the hint into the schema snapshot ({@code META-INF/ormdantic/schema.json}). When a diff
 * finds the earlier name in the older snapshot it plans a rename ({@code RENAME COLUMN}, {@code sp_rename}, ...); a
 * hint whose earlier name is not there does nothing, so it may stay on the record after the migration has run. A
 * column or table that disappears while one with the same definition appears, without this annotation, fails the
 * diff with the annotation to add.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * @RenamedFrom("writer")
 * public record Author(String id, @RenamedFrom("nick") String nickname) {}
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface RenamedFrom {

    /**
     * The earlier column name (on a component) or table name (on a record), as stored in the database.
     *
     * @return the earlier name
     */
    String value();
}
