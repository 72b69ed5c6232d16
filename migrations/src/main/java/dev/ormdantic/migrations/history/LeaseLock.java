package dev.ormdantic.migrations.history;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.MigrationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The lease lock ({@link LockStrategy#LEASE}): a row of {@code ormdantic_migration_lock} whose expiry the holder
 * renews every third of the lease on a connection of its own. A lease whose expiry passed is taken over; the clock is
 * the migrators' (keep their clocks in sync, as for any lease). A renewal that finds the row gone marks the lease lost,
 * and the next statement of the run fails instead of running without the lock.
 */
final class LeaseLock implements MigrationLock {

    private final Connection connection;
    private final DialectId dialect;
    private final String name;
    private final String owner;
    private final Duration lease;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread renewer;
    private volatile boolean lost;

    private LeaseLock(Connection connection, DialectId dialect, String name, Duration lease) {
        this.connection = connection;
        this.dialect = dialect;
        this.name = name;
        this.owner = "pid " + ProcessHandle.current().pid() + "/" + UUID.randomUUID();
        this.lease = lease;
        this.renewer = Thread.ofVirtual().name("ormdantic-migration-lease").unstarted(this::renew);
    }

    static LeaseLock acquire(
            Connection connection,
            DialectId dialect,
            String name,
            Duration timeout,
            Duration lease,
            Consumer<MigrationProgress.Kind> progress)
            throws SQLException {
        LeaseLock lock = new LeaseLock(connection, dialect, name, lease);
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean waiting = false;
        while (!lock.take()) {
            if (!waiting) {
                progress.accept(MigrationProgress.Kind.LOCK_WAITING);
                waiting = true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw MigrationLock.timeout(dialect, "lease row in " + HistorySql.LOCK_TABLE, name, timeout);
            }
            try {
                Thread.sleep(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 100));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw MigrationLock.timeout(dialect, "interrupted", name, timeout);
            }
        }
        lock.renewer.start();
        progress.accept(MigrationProgress.Kind.LOCK_ACQUIRED);
        return lock;
    }

    private boolean take() throws SQLException {
        long now = System.currentTimeMillis();
        try (PreparedStatement expired = connection.prepareStatement(HistorySql.DELETE_EXPIRED_LEASE)) {
            expired.setString(1, name);
            expired.setLong(2, now);
            expired.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(HistorySql.INSERT_LEASE)) {
            insert.setString(1, name);
            insert.setString(2, owner);
            insert.setLong(3, now);
            insert.setLong(4, now + lease.toMillis());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // the row is there: another migrator holds the lease
            }
            throw e;
        }
    }

    private void renew() {
        long period = Math.max(1, lease.toMillis() / 3);
        try {
            while (!stop.await(period, TimeUnit.MILLISECONDS)) {
                try (PreparedStatement update = connection.prepareStatement(HistorySql.RENEW_LEASE)) {
                    update.setLong(1, System.currentTimeMillis() + lease.toMillis());
                    update.setString(2, name);
                    update.setString(3, owner);
                    if (update.executeUpdate() == 0) {
                        lost = true;
                        return;
                    }
                } catch (SQLException e) {
                    lost = true;
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void check() {
        if (lost) {
            throw new MigrationException(
                    ErrorCode.MIGRATION_LOCK_TIMEOUT,
                    new ErrorContext(
                            "lock", HistorySql.LOCK_TABLE, dialect.name().toLowerCase(Locale.ROOT)),
                    "the migration lease '" + name + "' was lost: it could not be renewed before it expired",
                    "raise the lease duration; the history row records how far the run got",
                    null);
        }
    }

    @Override
    public void close() {
        stop.countDown();
        try {
            renewer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (PreparedStatement delete = connection.prepareStatement(HistorySql.DELETE_LEASE)) {
            delete.setString(1, name);
            delete.setString(2, owner);
            delete.executeUpdate();
        } catch (SQLException e) {
            // the lease expires on its own
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing more to release
        }
    }
}
