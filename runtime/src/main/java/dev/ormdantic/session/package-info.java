/**
 * Sessions, the unit of work: {@code db.session(s -> ...)} keeps an identity map of the rows it read, stages inserts,
 * updates and deletes of immutable records, finds what changed by comparing the loaded record with the submitted one
 * (generated code, field by field), and writes it all in one ordered flush before its transaction commits. See
 * {@link dev.ormdantic.session.Session} and docs/sessions.md.
 */
@NullMarked
package dev.ormdantic.session;

import org.jspecify.annotations.NullMarked;
