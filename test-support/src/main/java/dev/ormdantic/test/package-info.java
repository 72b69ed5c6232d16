/**
 * A database of its own for each test: {@link dev.ormdantic.test.OrmdanticTest} on a test class, or an
 * {@link dev.ormdantic.test.OrmdanticExtension} registered with {@code @RegisterExtension} to choose the tables.
 */
@NullMarked
package dev.ormdantic.test;

import org.jspecify.annotations.NullMarked;
