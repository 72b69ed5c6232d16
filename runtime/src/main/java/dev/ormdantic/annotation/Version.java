package dev.ormdantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a component the row's version counter for optimistic locking. The component must be an {@code int} or a
 * {@code long}, not part of the key, and there is at most one per record.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Account(long id, String owner, long balance, @Version long version) {}
 * }</pre>
 *
 * <p>An insert writes version {@code 1} whatever the record holds, and returns the record with it. An
 * {@code update}, and a session flush, write the row only where its version is still the one the record holds, and
 * set it one higher; when another transaction changed the row in between, nothing is written and the call fails with
 * {@link dev.ormdantic.error.OptimisticLockException} ({@code ORM2810}), naming both versions. {@code updateWhere}
 * and {@code updateAll} raise the version of every row they change by one. {@code upsert} is refused for a versioned
 * table ({@code ORM2812}): it cannot check a version on every database. See docs/sessions.md.
 *
 * <p>A timestamp is not offered as a version: two writes within one clock tick, or a database that rounds fractions
 * of a second, would make a stale record look current.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Version {}
