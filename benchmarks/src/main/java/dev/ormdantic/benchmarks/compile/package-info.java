/**
 * What the annotation processor costs a build: generates N eight-column {@code @Table} records, compiles them with
 * javac in this JVM with and without the processor, and reports the time each table adds. Run by
 * {@link dev.ormdantic.benchmarks.compile.CompileCostMain}, not by the test suite.
 */
@NullMarked
package dev.ormdantic.benchmarks.compile;

import org.jspecify.annotations.NullMarked;
