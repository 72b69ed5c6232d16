/**
 * Execution, not an API: the database engine and its executors, the table handles behind the public ones, the
 * statements each table runs, streams, keyset pages, batches, timeouts and the index of generated tables.
 */
@NullMarked
package dev.ormdantic.internal.exec;

import org.jspecify.annotations.NullMarked;
