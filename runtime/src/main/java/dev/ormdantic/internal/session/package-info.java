/**
 * The implementation of sessions ({@link dev.ormdantic.session.Session}): the identity map, the staged changes and the
 * ordered flush. Not exported.
 */
@NullMarked
package dev.ormdantic.internal.session;

import org.jspecify.annotations.NullMarked;
