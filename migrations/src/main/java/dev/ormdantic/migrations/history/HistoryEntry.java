package dev.ormdantic.migrations.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the history table {@code ormdantic_migrations}.
 *
 * @param revision the revision
 * @param description what the migration does
 * @param checksum the checksum of its statements for this database's dialect
 * @param appliedAt when the row was last written (applied, failed, rolled back, repaired)
 * @param executionTimeMs how long its statements took
 * @param status applied, failed or rolled back
 * @param dirty whether a run stopped part-way (or is running): nothing is applied until {@code repair}
 * @param stepsCompleted how many statements of the last run completed
 * @param stepsTotal how many statements the last run had
 * @param artifactVersion the format version of the migration files (and of the checksum)
 * @param productVersion the Ormdantic version that wrote the row
 * @param metadata JSON: {@code direction}, {@code phase} (running, completed, failed), {@code error},
 *     {@code completed_checksum} and the migration's own metadata
 * @since 0.1.0
 */
public record HistoryEntry(
        String revision,
        String description,
        String checksum,
        Instant appliedAt,
        long executionTimeMs,
        HistoryStatus status,
        boolean dirty,
        int stepsCompleted,
        int stepsTotal,
        int artifactVersion,
        @Nullable String productVersion,
        String metadata) {

    /**
     * Whether this row counts as applied: status applied and not dirty.
     *
     * @return whether the revision is applied
     */
    public boolean applied() {
        return status == HistoryStatus.APPLIED && !dirty;
    }
}
