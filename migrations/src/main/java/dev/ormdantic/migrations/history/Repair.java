package dev.ormdantic.migrations.history;

import org.jspecify.annotations.Nullable;

/**
 * What {@link Migrator#repair(Repair)} changes: by default it clears the dirty flag of every row; it can be limited to
 * one revision, set a status, set a checksum, or keep the flag.
 *
 * @param revision the only revision to repair, or {@code null} for every row
 * @param status the status to set, or {@code null} to keep each row's
 * @param clearDirty whether to clear the dirty flag
 * @param checksum the checksum to record, or {@code null} to keep each row's
 * @since 0.1.0
 */
public record Repair(
        @Nullable String revision,
        @Nullable HistoryStatus status,
        boolean clearDirty,
        @Nullable String checksum) {

    /**
     * Clears the dirty flag of every row; narrow it with the other methods.
     *
     * @return the repair
     */
    public static Repair all() {
        return new Repair(null, null, true, null);
    }

    /**
     * Limits the repair to one revision.
     *
     * @param value the revision
     * @return a copy
     */
    public Repair revision(String value) {
        return new Repair(value, status, clearDirty, checksum);
    }

    /**
     * Sets the status of the repaired rows.
     *
     * @param value the status
     * @return a copy
     */
    public Repair status(HistoryStatus value) {
        return new Repair(revision, value, clearDirty, checksum);
    }

    /**
     * Records a checksum in the repaired rows (for an edit already reflected in the database).
     *
     * @param value the checksum
     * @return a copy
     */
    public Repair checksum(String value) {
        return new Repair(revision, status, clearDirty, value);
    }

    /**
     * Keeps the dirty flag as it is.
     *
     * @return a copy
     */
    public Repair keepDirty() {
        return new Repair(revision, status, false, checksum);
    }
}
