/**
 * Ormdantic's public API: {@link dev.ormdantic.Ormdantic} opens a database, and its typed table handles insert,
 * find, update, upsert, delete and count records of the tables the annotation processor generated.
 */
@NullMarked
package dev.ormdantic;

import org.jspecify.annotations.NullMarked;
