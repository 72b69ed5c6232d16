package dev.ormdantic.migrations.history;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.MigrationException;
import java.time.Duration;
import java.util.Locale;

/** A held migrator lock; closing it releases it. */
interface MigrationLock extends AutoCloseable {

    /** Fails when the lock was lost while held (a lease that could not be renewed). */
    void check();

    /** Releases the lock; never throws. */
    @Override
    void close();

    /** The lock of {@link LockStrategy#NONE}. */
    MigrationLock NONE = new MigrationLock() {
        @Override
        public void check() {}

        @Override
        public void close() {}
    };

    /** The error of a lock not taken within the timeout. */
    static MigrationException timeout(DialectId dialect, String what, String name, Duration timeout) {
        return new MigrationException(
                ErrorCode.MIGRATION_LOCK_TIMEOUT,
                new ErrorContext(
                        "lock", HistorySql.HISTORY_TABLE, dialect.name().toLowerCase(Locale.ROOT)),
                "failed to acquire the " + dialect.displayName() + " migration lock '" + name + "' (" + what
                        + ") within " + timeout.toMillis() + " ms: another migrator holds it",
                "try again once it finished, or raise the lock timeout",
                null);
    }
}
