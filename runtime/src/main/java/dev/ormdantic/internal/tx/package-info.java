/**
 * Transactions: a transaction owns one pooled connection for its whole life and is a {@link
 * dev.ormdantic.internal.exec.Scope} that the table handles run in. Depends on {@code internal.exec}, never the other
 * way round.
 */
@NullMarked
package dev.ormdantic.internal.tx;

import org.jspecify.annotations.NullMarked;
