/** The results of a run as CSV, JSON and hand-written SVG charts. */
@NullMarked
package dev.ormdantic.benchmarks.report;

import org.jspecify.annotations.NullMarked;
