package dev.ormdantic.migrations.history;

import java.io.PrintStream;

/**
 * Hears what a {@link Migrator} does: each migration before and after it runs, and the progress of a run (the lock,
 * each statement). Register with {@code Migrator.Builder.listener(...)}; each method has a default that does nothing.
 * Listeners are called in registration order on the thread that runs the migrator; one that throws in
 * {@link #beforeMigration(MigrationEvent)} stops the migration before any statement, with nothing recorded. An
 * exception from the other methods is ignored, so that output cannot break a run.
 *
 * <p>Migrations have their own listener rather than {@code dev.ormdantic.event.OrmdanticListener}: a migrator runs
 * on its own connections, outside any open {@code Ormdantic}.
 *
 * @since 0.1.0
 */
public interface MigrationListener {

    /**
     * Before a migration's statements run, once the lock is held and the history allows it.
     *
     * @param event the migration
     */
    default void beforeMigration(MigrationEvent event) {}

    /**
     * After a migration completed or failed.
     *
     * @param result the migration and its outcome
     */
    default void afterMigration(MigrationResult result) {}

    /**
     * A step of a run.
     *
     * @param progress the step
     */
    default void progress(MigrationProgress progress) {}

    /**
     * A listener that prints one line per migration and per statement, for long runs at a terminal:
     * {@code applying 0002 (3 statements)}, {@code 0002 [2/3] ALTER TABLE ...}, {@code applied 0002 in 41 ms}.
     *
     * @param out where to print
     * @return the listener
     */
    static MigrationListener printing(PrintStream out) {
        return new MigrationListener() {
            @Override
            public void beforeMigration(MigrationEvent event) {
                out.println((event.direction() == Direction.UP ? "applying " : "rolling back ") + event.revision()
                        + " (" + event.statementCount() + " statements"
                        + (event.resumeFrom() > 0 ? ", resuming after " + event.resumeFrom() : "") + ")");
            }

            @Override
            public void afterMigration(MigrationResult result) {
                String verb = result.event().direction() == Direction.UP ? "applied " : "rolled back ";
                out.println((result.completed() ? verb : "failed ")
                        + result.event().revision() + " in " + result.duration().toMillis() + " ms");
            }

            @Override
            public void progress(MigrationProgress progress) {
                switch (progress.kind()) {
                    case LOCK_WAITING -> out.println("waiting for the migration lock");
                    case STATEMENT_STARTED -> {
                        String statement = progress.statement() == null ? "" : progress.statement();
                        String firstLine = statement.lines().findFirst().orElse("");
                        out.println(progress.revision() + " [" + progress.step() + "/" + progress.steps() + "] "
                                + firstLine);
                    }
                    case LOCK_ACQUIRED, STATEMENT_COMPLETED -> {}
                }
            }
        };
    }
}
