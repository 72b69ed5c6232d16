package dev.ormdantic.migrations.history;

import dev.ormdantic.dialect.DialectId;

/**
 * A migration about to run, as heard by {@link MigrationListener#beforeMigration(MigrationEvent)}.
 *
 * @param direction up (apply) or down (rollback)
 * @param revision the revision
 * @param dialect the database's dialect
 * @param statementCount how many statements it has in this direction
 * @param resumeFrom how many of them already completed in a failed run and are skipped
 * @param destructive whether they drop or delete data
 * @since 0.1.0
 */
public record MigrationEvent(
        Direction direction,
        String revision,
        DialectId dialect,
        int statementCount,
        int resumeFrom,
        boolean destructive) {}
