package dev.ormdantic.migrations.history;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of a database's migrations.
 *
 * @param dirty whether a history row is dirty
 * @param current the last applied revision that is not dirty, or {@code null} when none is
 * @param applied how many revisions are applied
 * @param history every history row, in the order they were written
 * @since 0.1.0
 */
public record MigrationStatus(boolean dirty, @Nullable String current, int applied, List<HistoryEntry> history) {

    /**
     * Creates a status.
     *
     * @param dirty whether a history row is dirty
     * @param current the last applied revision, or {@code null}
     * @param applied how many revisions are applied
     * @param history every history row
     */
    public MigrationStatus {
        history = List.copyOf(history);
    }
}
