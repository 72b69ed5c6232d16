/**
 * The Ormdantic annotation processor: for every record annotated {@code @dev.ormdantic.annotation.Table} it runs the
 * pipeline scan → model → validate → generate and writes a {@code <Record>Table} class next to the record, then lists
 * every generated class in the table index {@code META-INF/services/dev.ormdantic.support.GeneratedTable}. Records
 * whose component types cannot be resolved yet are deferred to a later round; every problem is reported through
 * {@link dev.ormdantic.processor.diag.Diagnostics} and no exception reaches javac.
 */
@NullMarked
package dev.ormdantic.processor;

import org.jspecify.annotations.NullMarked;
