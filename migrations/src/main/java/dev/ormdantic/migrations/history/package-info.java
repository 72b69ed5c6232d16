/**
 * Applying migrations to a live database: the history table {@code ormdantic_migrations} with its dirty flag, apply,
 * rollback, repair, baseline, status, the migrator lock (a session lock of the database, or a lease row with expiry),
 * and the events and progress of a run.
 */
@NullMarked
package dev.ormdantic.migrations.history;

import org.jspecify.annotations.NullMarked;
