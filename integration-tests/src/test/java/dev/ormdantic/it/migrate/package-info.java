/** Models and live proofs of migration plans: renames that keep rows, SQLite rebuilds, ALTER forms per dialect. */
@NullMarked
package dev.ormdantic.it.migrate;

import org.jspecify.annotations.NullMarked;
