package dev.ormdantic.dialect.sql;

/**
 * The row lock a select takes on the rows it reads, held until the transaction ends: {@code FOR UPDATE} or
 * {@code FOR SHARE}, and what the select does about rows another transaction has locked (wait for them, fail at once,
 * or leave them out). Each dialect spells it its own way, or refuses it.
 *
 * @param mode which lock
 * @param onLocked what to do about rows locked by another transaction
 * @since 0.1.0
 */
public record LockClause(Mode mode, OnLocked onLocked) {

    /** Which lock the select takes. */
    public enum Mode {
        /** An exclusive lock, for rows the transaction will change: {@code FOR UPDATE}. */
        UPDATE,
        /** A shared lock, which keeps others from changing the rows but lets them read and share-lock them. */
        SHARE
    }

    /** What the select does about rows another transaction has locked. */
    public enum OnLocked {
        /** Waits until they are released (or the database's lock timeout runs out). */
        WAIT,
        /** Fails at once: {@code NOWAIT}. */
        NOWAIT,
        /** Leaves them out of the result: {@code SKIP LOCKED}. */
        SKIP_LOCKED
    }

    @Override
    public String toString() {
        return (mode == Mode.UPDATE ? "FOR UPDATE" : "FOR SHARE")
                + switch (onLocked) {
                    case WAIT -> "";
                    case NOWAIT -> " NOWAIT";
                    case SKIP_LOCKED -> " SKIP LOCKED";
                };
    }
}
