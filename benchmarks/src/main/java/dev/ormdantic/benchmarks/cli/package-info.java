/** The benchmark's command line: parses the options, runs the harness, writes the files and prints a summary. */
@NullMarked
package dev.ormdantic.benchmarks.cli;

import org.jspecify.annotations.NullMarked;
