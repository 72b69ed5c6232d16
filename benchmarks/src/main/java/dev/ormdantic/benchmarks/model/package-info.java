/**
 * The benchmark's tables as validated records: the seed's item table and its parents, children and leaves. The
 * annotation processor writes their {@code <Record>Table} classes; the peers map the same tables by hand.
 */
@NullMarked
package dev.ormdantic.benchmarks.model;

import org.jspecify.annotations.NullMarked;
