/** Sessions (unit of work) and optimistic locking against every live backend, with their models. */
@NullMarked
package dev.ormdantic.it.session;

import org.jspecify.annotations.NullMarked;
