package dev.ormdantic.migrations.history;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A migration that ran, as heard by {@link MigrationListener#afterMigration(MigrationResult)}.
 *
 * @param event what ran
 * @param duration how long its statements took
 * @param error why it failed, or {@code null} when it completed
 * @since 0.1.0
 */
public record MigrationResult(
        MigrationEvent event, Duration duration, @Nullable Throwable error) {

    /**
     * Whether the migration completed: applied, for {@link Direction#UP}; rolled back, for {@link Direction#DOWN}.
     *
     * @return whether it completed
     */
    public boolean completed() {
        return error == null;
    }
}
