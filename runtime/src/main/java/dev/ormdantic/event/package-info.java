/**
 * Events of an open database, heard by the {@link dev.ormdantic.event.OrmdanticListener}s registered with
 * {@code Ormdantic.Builder.listener(...)}: the lifecycle of a write (before and after insert, update, upsert, delete),
 * every statement (its SQL, parameters with secret-looking values masked, duration, rows, error), the records built
 * from rows, and the steps of a transaction (begin, commit, rollback, savepoints). Events are immutable records;
 * nothing is allocated for them while no listener is registered. See {@code docs/events.md}.
 */
@NullMarked
package dev.ormdantic.event;

import org.jspecify.annotations.NullMarked;
