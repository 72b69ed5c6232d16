/**
 * The annotations that turn a record into a table: {@link dev.ormdantic.annotation.Table} on the record and
 * {@link dev.ormdantic.annotation.Column} on a component. The annotation processor reads them at compile time.
 */
@NullMarked
package dev.ormdantic.annotation;

import org.jspecify.annotations.NullMarked;
