/**
 * Typed queries: the column constants of generated table classes, the {@link dev.ormdantic.query.Filter}s they
 * build and the {@link dev.ormdantic.query.OrderBy} of a result. A filter is typed by its table's record, and a
 * column only offers the comparisons its Java type allows, so {@code RATING.gte("x")} does not compile.
 */
@NullMarked
package dev.ormdantic.query;

import org.jspecify.annotations.NullMarked;
