/**
 * The canonical schema snapshot: every table of a compilation (or of a live database) with the rename hints that
 * connect it to an earlier snapshot, and its byte-for-byte stable JSON form. The annotation processor writes it as
 * {@code META-INF/ormdantic/schema.json}; the migrations module diffs two of them without a database.
 */
@NullMarked
package dev.ormdantic.dialect.snapshot;

import org.jspecify.annotations.NullMarked;
