package dev.ormdantic.migrations.history;

/**
 * How one migrator at a time is ensured.
 *
 * @since 0.1.0
 */
public enum LockStrategy {
    /**
     * The database's own session lock, freed by the database when the holder's connection dies: PostgreSQL
     * {@code pg_advisory_lock}, MySQL and MariaDB {@code GET_LOCK}, SQL Server {@code sp_getapplock}, Oracle
     * {@code DBMS_LOCK} (which needs {@code EXECUTE} on {@code DBMS_LOCK}); SQLite runs each migration in a
     * {@code BEGIN EXCLUSIVE} transaction instead. The default.
     */
    SESSION,
    /**
     * A row in {@code ormdantic_migration_lock} with an expiry, renewed while the migrator runs, for databases whose
     * advisory locks are missing or do nothing (PostgreSQL-compatible distributed databases). A holder that dies
     * keeps the lease until it expires. Not for SQLite, whose exclusive transaction already locks.
     */
    LEASE,
    /** No lock: only when something else guarantees a single migrator. */
    NONE
}
