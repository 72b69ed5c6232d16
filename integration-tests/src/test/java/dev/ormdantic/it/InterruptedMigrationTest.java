package dev.ormdantic.it;

import static dev.ormdantic.it.Migrations.migrator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.history.HistoryEntry;
import dev.ormdantic.migrations.history.HistoryStatus;
import dev.ormdantic.migrations.history.LockStrategy;
import dev.ormdantic.migrations.history.MigrationListener;
import dev.ormdantic.migrations.history.MigrationProgress;
import dev.ormdantic.migrations.history.Migrator;
import dev.ormdantic.migrations.reflect.Inspector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;

/**
 * T7, a migrator interrupted halfway: five migrations, the migrator killed inside the third (after its first
 * statement, during or before its second), by a TCP reset of its connection ({@link LoopbackProxy}) or by SIGKILL of
 * a child JVM ({@link MigratorChild}). Where DDL is transactional (PostgreSQL, SQLite) nothing of 0003 exists and a
 * rerun applies what is missing with no repair: on PostgreSQL the history shows 0001-0002 applied; on SQLite, whose
 * migrator holds its lock as one {@code BEGIN EXCLUSIVE} transaction around the whole call, nothing of the killed call
 * is left, 0001-0002 included, and the rerun applies all five. Where DDL commits (MariaDB, the MySQL
 * dialect) the history row of 0003 is dirty, still {@code running}, after 1 of 3 statements; a rerun refuses with
 * {@code ORM2745} naming 0003, the statement whose outcome is unknown and the completed ones; {@code repair} and a rerun
 * resume at statement 2. Either way the final schema, read by the project's own reflection ({@link Inspector}),
 * equals a clean run's, and the killed migrator's lock is free for the rerun at once (session lock) or once its lease
 * expires (lease lock).
 */
@Tag("reliability")
class InterruptedMigrationTest {

    /**
     * A generous bound on the rerun's wait for the killed migrator's lock, beyond what must be waited: the server's
     * rest of the 2 s pause that was in flight when the connection was reset, or the rest of a lease.
     */
    private static final Duration LOCK_BOUND = Duration.ofSeconds(5);

    /** The pause of statement 2 of 0003 in the killed run. */
    private static final Duration PAUSE = Duration.ofSeconds(2);

    @BackendTest
    void aMigratorWhoseConnectionIsResetInsideMigrationThreeCanBeRerun(TestDatabase database) throws Exception {
        Backend backend = database.backend();
        assumeTrue(backend != Backend.SQLITE, "SQLite has no connection to cut; see the SIGKILL test");
        DialectId dialect = Migrations.dialect(database);
        URI server = backend.serverUri();
        try (LoopbackProxy proxy = new LoopbackProxy(server.getHost(), server.getPort())) {
            String viaProxy = database.jdbcUrl()
                    .replace(server.getHost() + ":" + server.getPort() + "/", "127.0.0.1:" + proxy.port() + "/");
            assertFalse(viaProxy.equals(database.jdbcUrl()), viaProxy);
            CountDownLatch cut = new CountDownLatch(1);
            MigrationListener cutter = new MigrationListener() {
                @Override
                public void progress(MigrationProgress progress) {
                    if (progress.kind() == MigrationProgress.Kind.STATEMENT_STARTED
                            && "0003".equals(progress.revision())
                            && progress.step() == 2) {
                        // Statement 2 (a 2 s pause on the server) is in flight when the connection is reset.
                        Thread.ofVirtual().start(() -> {
                            try {
                                Thread.sleep(500);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            proxy.resetAll();
                            cut.countDown();
                        });
                    }
                }
            };
            Migrator cutOff = Migrator.builder(
                            () -> DriverManager.getConnection(viaProxy, database.jdbcProperties()), dialect)
                    .lockName(lockName(database))
                    .productVersion("test")
                    .listener(cutter)
                    .build();
            MigrationException lost = assertThrows(
                    MigrationException.class, () -> cutOff.applyAll(MigratorChild.five(dialect, PAUSE), false));
            assertTrue(cut.await(10, TimeUnit.SECONDS), "the connection was reset");
            assertEquals(ErrorCode.MIGRATION_FAILED, lost.code(), lost.getMessage());
            assertTrue(lost.getMessage().contains("migration 0003 failed at statement 2 of 3"), lost.getMessage());
            assertTrue(lost.getMessage().contains("the failure could not be recorded"), lost.getMessage());
            assertEquals(transactional(backend) ? Outcome.NOT_APPLIED : Outcome.UNKNOWN, lost.outcome());
        }
        assertInterruptedInThree(database);
        // The server finishes the pause that was in flight before it finds the connection gone and ends the session.
        Duration waited = rerunAndCompare(database, migrator(database).lockTimeout(Duration.ofSeconds(30)));
        assertTrue(waited.compareTo(PAUSE.plus(LOCK_BOUND)) < 0, "lock wait " + waited);
    }

    @BackendTest
    void aMigratorKilledInsideMigrationThreeCanBeRerun(TestDatabase database) throws Exception {
        killChildInsideThree(database, "DEFAULT");
        assertInterruptedInThree(database);
        // The killed process's sockets are closed by its OS: the server ends the session, and its lock, at once.
        Duration waited = rerunAndCompare(database, migrator(database).lockTimeout(Duration.ofSeconds(30)));
        assertTrue(waited.compareTo(LOCK_BOUND) < 0, "lock wait " + waited);
    }

    @BackendTest
    void aKilledMigratorsLeaseIsTakenOverOnceItExpires(TestDatabase database) throws Exception {
        assumeTrue(database.backend() != Backend.SQLITE, "SQLite locks with its exclusive transaction");
        killChildInsideThree(database, "LEASE");
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ormdantic_migration_lock")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "the killed migrator's lease row is left behind");
        }
        assertInterruptedInThree(database);
        Duration waited = rerunAndCompare(
                database,
                migrator(database)
                        .lockStrategy(LockStrategy.LEASE)
                        .leaseDuration(MigratorChild.LEASE)
                        .lockTimeout(Duration.ofSeconds(30)));
        assertTrue(
                waited.compareTo(MigratorChild.LEASE.plus(LOCK_BOUND)) < 0,
                "the lease was taken over within its duration and the bound: " + waited);
    }

    /** Starts the child migrator, waits until it halts inside 0003, and SIGKILLs it. */
    private static void killChildInsideThree(TestDatabase database, String strategy) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var props = database.jdbcProperties();
        ProcessBuilder builder = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        MigratorChild.class.getName(),
                        database.jdbcUrl(),
                        props.getProperty("user", ""),
                        props.getProperty("password", "-"),
                        Migrations.dialect(database).name(),
                        lockName(database),
                        strategy)
                .redirectErrorStream(true);
        Process child = builder.start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch halted = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    if (line.equals(MigratorChild.HALTED)) {
                        halted.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the child is gone
            }
        });
        try {
            assertTrue(halted.await(60, TimeUnit.SECONDS), "the child halted inside 0003: " + output);
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no rollback, no lock release of its own
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(5_000);
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL: " + output);
    }

    /** History and objects right after the kill, per kind of DDL. */
    private static void assertInterruptedInThree(TestDatabase database) throws SQLException {
        Migrator reader = migrator(database).build();
        List<HistoryEntry> history = reader.history();
        List<String> applied = history.stream()
                .filter(HistoryEntry::applied)
                .map(HistoryEntry::revision)
                .toList();
        Set<String> tables = Migrations.tables(database);
        if (database.backend() == Backend.SQLITE) {
            // The whole applyAll call ran in the migrator's BEGIN EXCLUSIVE transaction: none of it is left.
            assertEquals(List.of(), history, history.toString());
            assertTrue(tables.stream().noneMatch(table -> table.startsWith("mig_")), tables.toString());
            return;
        }
        assertEquals(List.of("0001", "0002"), applied, history.toString());
        assertTrue(tables.containsAll(Set.of("mig_t1", "mig_t2")), tables.toString());
        if (transactional(database.backend())) {
            assertFalse(tables.contains("mig_t3"), "nothing of 0003 exists: " + tables);
            assertTrue(history.stream().noneMatch(HistoryEntry::dirty), history.toString());
            assertTrue(history.stream().noneMatch(entry -> entry.revision().equals("0003")), history.toString());
        } else {
            assertTrue(tables.contains("mig_t3"), "0003's first statement committed: " + tables);
            HistoryEntry three = history.stream()
                    .filter(entry -> entry.revision().equals("0003"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(three.dirty(), three.toString());
            assertEquals(HistoryStatus.FAILED, three.status());
            assertEquals(1, three.stepsCompleted(), "statement 1 is recorded as completed");
            assertEquals(3, three.stepsTotal());
            assertTrue(three.metadata().contains("\"phase\":\"running\""), three.metadata());
        }
        assertFalse(tables.contains("mig_t5"), tables.toString());
    }

    /**
     * Reruns the five migrations (after the refusal and a repair where DDL commits) and compares the reflected schema
     * with a clean run's; returns how long the first rerun call waited for the killed migrator's lock.
     */
    private static Duration rerunAndCompare(TestDatabase database, Migrator.Builder builder) throws Exception {
        DialectId dialect = Migrations.dialect(database);
        List<Migration> five = MigratorChild.five(dialect, Duration.ofMillis(100));
        List<Migration> asKilled = MigratorChild.five(dialect, PAUSE);
        AtomicLong acquired = new AtomicLong();
        Migrator rerun = builder.listener(new MigrationListener() {
                    @Override
                    public void progress(MigrationProgress progress) {
                        if (progress.kind() == MigrationProgress.Kind.LOCK_ACQUIRED) {
                            acquired.compareAndSet(0, System.nanoTime());
                        }
                    }
                })
                .build();
        long start = System.nanoTime();
        if (database.backend() == Backend.SQLITE) {
            assertEquals(
                    List.of("0001", "0002", "0003", "0004", "0005"),
                    rerun.applyAll(asKilled, false),
                    "no repair needed");
        } else if (transactional(database.backend())) {
            assertEquals(List.of("0003", "0004", "0005"), rerun.applyAll(asKilled, false), "no repair needed");
        } else {
            MigrationException refused = assertThrows(MigrationException.class, () -> rerun.applyAll(asKilled, false));
            assertEquals(ErrorCode.MIGRATION_HISTORY_DIRTY, refused.code());
            assertTrue(
                    refused.getMessage()
                            .contains("(revision 0003 stopped after 1 of 3 statements: its run was interrupted during"
                                    + " statement 2, without recording how that statement ended"),
                    refused.getMessage());
            assertTrue(
                    refused.getMessage()
                            .contains("statement 1 completed and stays applied, and statement 2 may or may not"
                                    + " have taken effect"),
                    refused.getMessage());
            assertEquals(1, rerun.repair());
            List<String> resumed = new ArrayList<>();
            Migrator resuming = builder.listener(new MigrationListener() {
                        @Override
                        public void progress(MigrationProgress progress) {
                            if (progress.kind() == MigrationProgress.Kind.STATEMENT_STARTED) {
                                resumed.add(progress.revision() + "#" + progress.step());
                            }
                        }
                    })
                    .build();
            assertEquals(List.of("0003", "0004", "0005"), resuming.applyAll(asKilled, false));
            assertEquals(List.of("0003#2", "0003#3", "0004#1", "0005#1"), resumed, "resumed at statement 2");
        }
        assertTrue(acquired.get() != 0, "the rerun took the lock");
        Duration waited = Duration.ofNanos(acquired.get() - start);
        System.out.println("InterruptedMigrationTest " + database.backend() + ": the rerun waited " + waited.toMillis()
                + " ms for the lock");
        List<HistoryEntry> history = rerun.history();
        assertEquals(
                List.of("0001", "0002", "0003", "0004", "0005"),
                history.stream()
                        .filter(HistoryEntry::applied)
                        .map(HistoryEntry::revision)
                        .sorted()
                        .toList());
        assertTrue(history.stream().noneMatch(HistoryEntry::dirty), history.toString());
        try (TestDatabase clean = new TestDatabase(database.backend())) {
            migrator(clean).build().applyAll(five, false);
            List<LiveTable> expected = reflect(clean);
            assertEquals(4, expected.size(), expected.toString());
            assertEquals(expected, reflect(database), "the rerun gives the clean run's schema");
        }
        return waited;
    }

    /** The test's tables as the project's reflection reads them, without the schema's name (each test has its own). */
    private static List<LiveTable> reflect(TestDatabase database) {
        try (Ormdantic db = Ormdantic.builder(database.url()).open()) {
            return Inspector.of(db).include("mig_*").tables().join().stream()
                    .map(t -> new LiveTable(
                            "",
                            t.name(),
                            t.kind(),
                            t.columns(),
                            t.primaryKey(),
                            t.indexes(),
                            t.uniques(),
                            t.foreignKeys(),
                            t.checks(),
                            t.viewQuery()))
                    .toList();
        }
    }

    private static boolean transactional(Backend backend) {
        return backend == Backend.POSTGRESQL || backend == Backend.SQLITE;
    }

    private static String lockName(TestDatabase database) {
        return database.toString().replace(':', '_');
    }
}
