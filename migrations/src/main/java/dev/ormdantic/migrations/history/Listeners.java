package dev.ormdantic.migrations.history;

import java.util.List;

/** The registered listeners: a throwing before method stops the migration; the others cannot break a run. */
record Listeners(List<MigrationListener> all) {

    Listeners {
        all = List.copyOf(all);
    }

    void before(MigrationEvent event) {
        for (MigrationListener listener : all) {
            listener.beforeMigration(event);
        }
    }

    void after(MigrationResult result) {
        for (MigrationListener listener : all) {
            try {
                listener.afterMigration(result);
            } catch (RuntimeException e) {
                // output must not break a run that already happened
            }
        }
    }

    void progress(MigrationProgress progress) {
        for (MigrationListener listener : all) {
            try {
                listener.progress(progress);
            } catch (RuntimeException e) {
                // progress output must not break a run
            }
        }
    }

    void lock(MigrationProgress.Kind kind) {
        progress(new MigrationProgress(kind, null, 0, 0, null));
    }
}
