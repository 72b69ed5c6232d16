package dev.ormdantic.migrations.history;

import org.jspecify.annotations.Nullable;

/**
 * A step of a migrator's run, for progress output: waiting for and taking the lock, and each statement.
 *
 * @param kind what happened
 * @param revision the migration, or {@code null} for the lock
 * @param step the statement's number, from 1, or 0 for the lock
 * @param steps how many statements the migration has, or 0 for the lock
 * @param statement the statement, or {@code null} for the lock
 * @since 0.1.0
 */
public record MigrationProgress(
        Kind kind,
        @Nullable String revision,
        int step,
        int steps,
        @Nullable String statement) {

    /** What happened. */
    public enum Kind {
        /** Another migrator holds the lock; this one waits up to its lock timeout. */
        LOCK_WAITING,
        /** The lock was taken. */
        LOCK_ACQUIRED,
        /** A statement is about to be sent. */
        STATEMENT_STARTED,
        /** A statement completed (and, where DDL is not transactional, its step is recorded). */
        STATEMENT_COMPLETED
    }
}
