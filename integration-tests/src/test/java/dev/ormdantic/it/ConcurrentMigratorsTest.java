package dev.ormdantic.it;

import static dev.ormdantic.it.Migrations.createTable;
import static dev.ormdantic.it.Migrations.migrator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.history.LockStrategy;
import dev.ormdantic.migrations.history.MigrationEvent;
import dev.ormdantic.migrations.history.MigrationListener;
import dev.ormdantic.migrations.history.MigrationProgress;
import dev.ormdantic.migrations.history.Migrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;

/**
 * One migrator at a time: two started at once apply a migration exactly once (the second waits, then finds it
 * applied, or fails with ORM2750 when its timeout is shorter); killing the holder's connection frees the session lock
 * for another migrator whose timeout is one second; the lease lock refuses a held lease and takes over an expired
 * one.
 */
@Tag("reliability")
class ConcurrentMigratorsTest {

    /** The first migrator, holding the lock in its before event until released. */
    private static final class Holder implements MigrationListener {
        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void beforeMigration(MigrationEvent event) {
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Hears the lock wait of the second migrator. */
    private static final class Waiter implements MigrationListener {
        final CountDownLatch waiting = new CountDownLatch(1);

        @Override
        public void progress(MigrationProgress progress) {
            if (progress.kind() == MigrationProgress.Kind.LOCK_WAITING) {
                waiting.countDown();
            }
        }
    }

    @BackendTest
    void twoMigratorsAtOnceApplyOnce(TestDatabase database) throws Exception {
        Migration migration = createTable("0001", "mig_once");
        Holder holder = new Holder();
        Waiter waiter = new Waiter();
        Migrator first = migrator(database).listener(holder).build();
        Migrator second = migrator(database)
                .lockTimeout(Duration.ofSeconds(30))
                .listener(waiter)
                .build();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> a = threads.submit(() -> first.apply(migration));
            assertTrue(holder.holding.await(20, TimeUnit.SECONDS));
            Future<Boolean> b = threads.submit(() -> second.apply(migration));
            assertTrue(waiter.waiting.await(20, TimeUnit.SECONDS), "the second migrator waits for the lock");
            holder.release.countDown();
            assertTrue(a.get(30, TimeUnit.SECONDS));
            assertFalse(b.get(30, TimeUnit.SECONDS), "the second found the migration applied");
        }
        assertEquals(1, first.history().size());
    }

    @BackendTest
    void theSecondMigratorFailsWhenItsTimeoutIsShorter(TestDatabase database) throws Exception {
        Migration migration = createTable("0001", "mig_once");
        Holder holder = new Holder();
        Migrator first = migrator(database).listener(holder).build();
        Migrator impatient =
                migrator(database).lockTimeout(Duration.ofMillis(300)).build();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> a = threads.submit(() -> first.apply(migration));
            assertTrue(holder.holding.await(20, TimeUnit.SECONDS));
            MigrationException e = assertThrows(MigrationException.class, () -> impatient.apply(migration));
            assertEquals(ErrorCode.MIGRATION_LOCK_TIMEOUT, e.code());
            assertTrue(e.getMessage().contains("failed to acquire the "), e.getMessage());
            holder.release.countDown();
            assertTrue(a.get(30, TimeUnit.SECONDS));
        }
    }

    @BackendTest
    void killingTheHoldersConnectionFreesTheLockWithinASecond(TestDatabase database) throws Exception {
        Backend backend = database.backend();
        assumeTrue(backend == Backend.POSTGRESQL || backend == Backend.MARIADB || backend == Backend.MYSQL);
        Migration migration = createTable("0001", "mig_once");
        Holder holder = new Holder();
        AtomicLong holderId = new AtomicLong();
        Migrator first = Migrator.builder(
                        () -> {
                            Connection connection = database.jdbc();
                            holderId.set(sessionId(connection, backend));
                            return connection;
                        },
                        Migrations.dialect(database))
                .lockName(database.toString().replace(':', '_'))
                .listener(holder)
                .build();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> a = threads.submit(() -> first.apply(migration));
            assertTrue(holder.holding.await(20, TimeUnit.SECONDS));
            try (Connection admin = database.jdbc();
                    Statement statement = admin.createStatement()) {
                statement.execute(
                        backend == Backend.POSTGRESQL
                                ? "SELECT pg_terminate_backend(" + holderId.get() + ")"
                                : "KILL " + holderId.get());
            }
            Migrator next =
                    migrator(database).lockTimeout(Duration.ofSeconds(1)).build();
            assertTrue(next.apply(migration), "the lock was free within a second of the kill");
            holder.release.countDown();
            ExecutionException dead = assertThrows(ExecutionException.class, () -> a.get(30, TimeUnit.SECONDS));
            assertInstanceOf(MigrationException.class, dead.getCause());
        }
        assertEquals(1, first.history().size());
        assertTrue(first.history().getFirst().applied());
    }

    @BackendTest
    void aHeldLeaseTimesOutAndAnExpiredOneIsTakenOver(TestDatabase database) throws Exception {
        assumeTrue(database.backend() != Backend.SQLITE, "SQLite locks with its exclusive transaction");
        Migration migration = createTable("0001", "mig_once");
        Holder holder = new Holder();
        Migrator first = migrator(database)
                .lockStrategy(LockStrategy.LEASE)
                .leaseDuration(Duration.ofSeconds(3))
                .listener(holder)
                .build();
        Migrator impatient = migrator(database)
                .lockStrategy(LockStrategy.LEASE)
                .lockTimeout(Duration.ofMillis(300))
                .build();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> a = threads.submit(() -> first.apply(migration));
            assertTrue(holder.holding.await(20, TimeUnit.SECONDS));
            MigrationException e = assertThrows(MigrationException.class, () -> impatient.apply(migration));
            assertEquals(ErrorCode.MIGRATION_LOCK_TIMEOUT, e.code());
            assertTrue(e.getMessage().contains("lease row in ormdantic_migration_lock"), e.getMessage());
            holder.release.countDown();
            assertTrue(a.get(30, TimeUnit.SECONDS));
        }
        String name = database.toString().replace(':', '_');
        try (Connection connection = database.jdbc()) {
            assertEquals(0, leases(connection), "the lease is given back");
            insertLease(connection, name, System.currentTimeMillis() - 1_000);
        }
        assertTrue(impatient.apply(createTable("0002", "mig_two")), "an expired lease is taken over");
        try (Connection connection = database.jdbc()) {
            insertLease(connection, name, System.currentTimeMillis() + 60_000);
        }
        MigrationException held =
                assertThrows(MigrationException.class, () -> impatient.apply(createTable("0003", "mig_three")));
        assertEquals(ErrorCode.MIGRATION_LOCK_TIMEOUT, held.code());
    }

    private static void insertLease(Connection connection, String name, long expiresAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ormdantic_migration_lock"
                + " (lock_name, owner, acquired_at, expires_at) VALUES (?, 'a dead migrator', 0, ?)")) {
            insert.setString(1, name);
            insert.setLong(2, expiresAt);
            insert.executeUpdate();
        }
    }

    private static int leases(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ormdantic_migration_lock")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static long sessionId(Connection connection, Backend backend) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        backend == Backend.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
