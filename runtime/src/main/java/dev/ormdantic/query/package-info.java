/**
 * The query language: the column constants of generated table classes, the {@link dev.ormdantic.query.Filter}s,
 * assignments and {@link dev.ormdantic.query.OrderBy} they build, filters that arrive as data
 * ({@link dev.ormdantic.query.Filters}) and projection queries ({@link dev.ormdantic.query.Query}). A filter is typed
 * by its table's record, and a column only offers the operators its Java type allows, so {@code RATING.ge("x")} and
 * {@code NAME.plus(1)} do not compile; values always travel as bound parameters.
 */
@NullMarked
package dev.ormdantic.query;

import org.jspecify.annotations.NullMarked;
