/**
 * The query language's SQL trees, not an API: the one door through which the runtime reaches the rendering tree
 * behind the public {@link dev.ormdantic.query} types ({@link dev.ormdantic.internal.query.QueryTrees}), so that
 * no public signature of the query language shows a renderer type.
 */
@NullMarked
package dev.ormdantic.internal.query;

import org.jspecify.annotations.NullMarked;
