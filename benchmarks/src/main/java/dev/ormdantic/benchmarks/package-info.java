/**
 * The benchmark harness: the seed's cases and profiles, run in alternating rounds with a rotating first contender,
 * every result validated outside the timed section, medians with MAD and ratios to hand-written JDBC.
 */
@NullMarked
package dev.ormdantic.benchmarks;

import org.jspecify.annotations.NullMarked;
