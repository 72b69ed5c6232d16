/**
 * The contenders: this ORM's blocking and asynchronous handles, the hand-written JDBC floor, and the peers, each
 * written the way its documentation recommends for the case, without code generators.
 */
@NullMarked
package dev.ormdantic.benchmarks.contenders;

import org.jspecify.annotations.NullMarked;
