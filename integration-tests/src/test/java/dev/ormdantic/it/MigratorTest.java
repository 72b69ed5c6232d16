package dev.ormdantic.it;

import static dev.ormdantic.it.Migrations.createTable;
import static dev.ormdantic.it.Migrations.migration;
import static dev.ormdantic.it.Migrations.migrator;
import static dev.ormdantic.it.Migrations.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.file.Allowance;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.migrations.history.Direction;
import dev.ormdantic.migrations.history.HistoryEntry;
import dev.ormdantic.migrations.history.HistoryStatus;
import dev.ormdantic.migrations.history.MigrationEvent;
import dev.ormdantic.migrations.history.MigrationListener;
import dev.ormdantic.migrations.history.MigrationProgress;
import dev.ormdantic.migrations.history.MigrationResult;
import dev.ormdantic.migrations.history.MigrationStatus;
import dev.ormdantic.migrations.history.Migrator;
import dev.ormdantic.migrations.history.Repair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;

/**
 * The seed's migration situations on every live backend (SQLite, PostgreSQL, MariaDB, the MySQL dialect): apply true
 * then false, rollback true then false, a destructive migration refused and not recorded, a changed checksum naming
 * both, a failing migration leaving the history dirty until repair, and repair plus re-apply reaching the schema of a
 * clean run.
 */
class MigratorTest {

    @BackendTest
    void applyTrueThenFalse(TestDatabase database) throws Exception {
        Migrator migrator = migrator(database).build();
        Migration migration = createTable("0001", "mig_flavor");
        assertTrue(migrator.apply(migration));
        assertFalse(migrator.apply(migration));
        HistoryEntry row = migrator.history().getFirst();
        assertEquals("0001", row.revision());
        assertEquals(HistoryStatus.APPLIED, row.status());
        assertFalse(row.dirty());
        assertEquals(migration.checksum(Migrations.dialect(database)).orElseThrow(), row.checksum());
        assertEquals(1, row.stepsCompleted());
        assertEquals("test", row.productVersion());
        assertEquals(Optional.of("0001"), migrator.current());
        assertTrue(tables(database).contains("mig_flavor"));
    }

    @BackendTest
    void rollbackTrueThenFalse(TestDatabase database) throws Exception {
        Migrator migrator = migrator(database).build();
        Migration migration = createTable("0001", "mig_flavor");
        assertFalse(migrator.rollback(migration, false), "not applied yet");
        migrator.apply(migration);
        assertTrue(migrator.rollback(migration, false));
        assertFalse(migrator.rollback(migration, false));
        assertFalse(tables(database).contains("mig_flavor"));
        HistoryEntry row = migrator.history().getFirst();
        assertEquals(HistoryStatus.ROLLED_BACK, row.status());
        assertEquals(Optional.empty(), migrator.current());
        assertTrue(migrator.apply(migration), "a rolled-back revision applies again");
        assertEquals(HistoryStatus.APPLIED, migrator.history().getFirst().status());
    }

    @BackendTest
    void rollbackWithoutDownStatementsIsRefused(TestDatabase database) {
        Migrator migrator = migrator(database).build();
        Migration oneWay = migration(
                "0001", "one way", List.of("CREATE TABLE mig_one_way (id INTEGER NOT NULL PRIMARY KEY)"), List.of());
        migrator.apply(oneWay);
        MigrationException e = assertThrows(MigrationException.class, () -> migrator.rollback(oneWay, true));
        assertEquals(ErrorCode.MIGRATION_ROLLBACK_UNAVAILABLE, e.code());
        assertTrue(
                e.getMessage().contains("rollback SQL is unavailable for migration 0001")
                        && e.getMessage().endsWith("; provide explicit down SQL or generated rollback operations"),
                e.getMessage());
    }

    @BackendTest
    void destructiveMigrationIsRefusedWithoutTheFlagAndNotRecorded(TestDatabase database) throws Exception {
        Migrator migrator = migrator(database).build();
        migrator.apply(createTable("0001", "mig_flavor"));
        Migration drop = migration("0002", "drop flavor", List.of("DROP TABLE mig_flavor"), List.of());
        MigrationException e = assertThrows(MigrationException.class, () -> migrator.apply(drop));
        assertEquals(ErrorCode.MIGRATION_DESTRUCTIVE, e.code());
        assertTrue(
                e.getMessage()
                        .startsWith("[ORM2702] migration 0002 contains destructive operations; pass"
                                + " allowDestructive = true"),
                e.getMessage());
        assertEquals(
                List.of("0001"),
                migrator.history().stream().map(HistoryEntry::revision).toList());
        assertTrue(tables(database).contains("mig_flavor"));
        Migration allowed = Migration.builder("0002", "drop flavor")
                .up(Migrations.dialect(database), List.of("DROP TABLE mig_flavor"))
                .allow(Allowance.destructive("the flavours moved to the catalogue service"))
                .build();
        assertTrue(migrator.apply(allowed));
        assertFalse(tables(database).contains("mig_flavor"));
    }

    @BackendTest
    void reapplyingWithAnotherChecksumNamesBoth(TestDatabase database) {
        Migrator migrator = migrator(database).build();
        Migration first = createTable("0001", "mig_flavor");
        Migration edited = createTable("0001", "mig_flavour");
        migrator.apply(first);
        String applied = first.checksum(Migrations.dialect(database)).orElseThrow();
        String requested = edited.checksum(Migrations.dialect(database)).orElseThrow();
        MigrationException e = assertThrows(MigrationException.class, () -> migrator.apply(edited));
        assertEquals(ErrorCode.MIGRATION_CHECKSUM_MISMATCH, e.code());
        assertTrue(
                e.getMessage()
                        .startsWith("[ORM2746] revision 0001 already applied with checksum " + applied + ", requested "
                                + requested),
                e.getMessage());
    }

    @Tag("reliability")
    @BackendTest
    void aFailingMigrationLeavesHistoryDirtyUntilRepairAndResumes(TestDatabase database) throws Exception {
        Migrator migrator = migrator(database).build();
        List<String> good = List.of(
                "CREATE TABLE mig_a (id INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE mig_b (id INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE mig_c (id INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE mig_d (id INTEGER NOT NULL PRIMARY KEY)");
        List<String> broken = new ArrayList<>(good);
        broken.set(2, "CREATE TABLE mig_c (id INTEGER NOT NULL PRIMARY KEY, id INTEGER)");
        MigrationException failed = assertThrows(
                MigrationException.class, () -> migrator.apply(migration("0001", "four tables", broken, List.of())));
        assertEquals(ErrorCode.MIGRATION_FAILED, failed.code());
        assertTrue(failed.getMessage().contains("migration 0001 failed at statement 3 of 4"), failed.getMessage());

        boolean transactional = database.backend() == Backend.POSTGRESQL || database.backend() == Backend.SQLITE;
        assertEquals(transactional ? Outcome.NOT_APPLIED : Outcome.UNKNOWN, failed.outcome());
        MigrationStatus status = migrator.status();
        assertTrue(status.dirty());
        HistoryEntry row = status.history().getFirst();
        assertEquals(HistoryStatus.FAILED, row.status());
        assertEquals(transactional ? 0 : 2, row.stepsCompleted(), "the exact step reached");
        assertEquals(4, row.stepsTotal());
        assertEquals(transactional ? Set.of() : Set.of("mig_a", "mig_b"), userTables(database));

        MigrationException dirty =
                assertThrows(MigrationException.class, () -> migrator.apply(createTable("0002", "mig_other")));
        assertEquals(ErrorCode.MIGRATION_HISTORY_DIRTY, dirty.code());
        assertTrue(
                dirty.getMessage()
                        .startsWith("[ORM2745] database is marked dirty from a failed migration; run"
                                + " repair before applying (revision 0001 stopped after"),
                dirty.getMessage());

        assertEquals(1, migrator.repair());
        assertEquals(0, migrator.repair(), "nothing left to repair");
        assertTrue(migrator.apply(migration("0001", "four tables", good, List.of())));
        assertEquals(Set.of("mig_a", "mig_b", "mig_c", "mig_d"), userTables(database));
        assertEquals(Optional.of("0001"), migrator.current());
        assertEquals(4, migrator.history().getFirst().stepsCompleted());
        try (TestDatabase clean = new TestDatabase(database.backend())) {
            assertTrue(migrator(clean).build().apply(migration("0001", "four tables", good, List.of())));
            List<String> expected = Migrations.schema(clean);
            assertEquals(4, expected.size(), expected.toString());
            assertEquals(expected, Migrations.schema(database), "repair and re-apply give the clean run's schema");
        }
    }

    @BackendTest
    void resumingRefusesChangedCompletedStatements(TestDatabase database) {
        Migrator migrator = migrator(database).build();
        List<String> broken = List.of("CREATE TABLE mig_a (id INTEGER NOT NULL PRIMARY KEY)", "CREATE TABLE (");
        assertThrows(MigrationException.class, () -> migrator.apply(migration("0001", "two", broken, List.of())));
        migrator.repair();
        Migration changed = migration(
                "0001",
                "two",
                List.of(
                        "CREATE TABLE mig_z (id INTEGER NOT NULL PRIMARY KEY)",
                        "CREATE TABLE mig_b (id INTEGER NOT NULL PRIMARY KEY)"),
                List.of());
        if (database.backend() == Backend.POSTGRESQL || database.backend() == Backend.SQLITE) {
            assertTrue(migrator.apply(changed), "a rolled-back transaction resumes from the start");
        } else {
            MigrationException e = assertThrows(MigrationException.class, () -> migrator.apply(changed));
            assertEquals(ErrorCode.MIGRATION_RESUME_MISMATCH, e.code());
        }
    }

    @BackendTest
    void appliesADirectoryInOrderAndBaselines(TestDatabase database, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        MigrationDirectory directory = MigrationDirectory.at(dir);
        directory.add(createTable("0001", "mig_one"));
        directory.add(Migration.builder("0002", "two")
                .dependsOn("0001")
                .up(Migrations.dialect(database), List.of("CREATE TABLE mig_two (id INTEGER NOT NULL PRIMARY KEY)"))
                .build());
        directory.add(createTable("0003", "mig_three"));
        assertTrue(Files.exists(dir.resolve("ormdantic.sum")));

        Migrator migrator = migrator(database).build();
        assertEquals(List.of("0001", "0002", "0003"), migrator.applyDirectory(directory, false));
        assertEquals(List.of(), migrator.applyDirectory(directory, false));
        assertEquals(Set.of("mig_one", "mig_two", "mig_three"), userTables(database));

        try (TestDatabase other = new TestDatabase(database.backend())) {
            Migrator baseline = migrator(other).build();
            assertEquals(2, baseline.baseline(directory.migrations(), "0002"));
            assertEquals(List.of("0003"), baseline.applyDirectory(directory, false));
            assertEquals(Set.of("mig_three"), userTables(other), "0001 and 0002 were marked, not run");
        }
    }

    @BackendTest
    void refusesMissingDependenciesAndOutOfOrderMigrations(TestDatabase database) {
        Migrator migrator = migrator(database).build();
        Migration needsX = Migration.builder("0002", "needs x")
                .dependsOn("x")
                .up(Migrations.dialect(database), List.of("CREATE TABLE mig_two (id INTEGER NOT NULL PRIMARY KEY)"))
                .build();
        MigrationException missing = assertThrows(
                MigrationException.class,
                () -> migrator.applyAll(List.of(createTable("0001", "mig_one"), needsX), false));
        assertEquals(ErrorCode.MIGRATION_DEPENDENCY_MISSING, missing.code());
        assertTrue(missing.getMessage().contains("migration 0002 has missing dependencies: x"), missing.getMessage());
        assertEquals(Optional.of("0001"), migrator.current(), "the migrations before it stay applied");

        migrator.apply(createTable("0005", "mig_five"));
        MigrationException late = assertThrows(
                MigrationException.class, () -> migrator.applyAll(List.of(createTable("0003", "mig_three")), false));
        assertEquals(ErrorCode.MIGRATION_OUT_OF_ORDER, late.code());
        assertEquals(
                List.of("0003"),
                migrator(database)
                        .allowOutOfOrder(true)
                        .build()
                        .applyAll(List.of(createTable("0003", "mig_three")), false));
    }

    @BackendTest
    void repairSetsStatusAndChecksums(TestDatabase database) {
        Migrator migrator = migrator(database).build();
        Migration first = createTable("0001", "mig_flavor");
        Migration edited = migration(
                "0001",
                "create mig_flavor",
                List.of("CREATE TABLE mig_flavor (id INTEGER NOT NULL PRIMARY KEY)  \r\n"),
                List.of("DROP TABLE mig_flavor\t"));
        Migration reformatted = migration(
                "0001",
                "create mig_flavor",
                List.of("CREATE TABLE mig_flavor (id INTEGER NOT NULL PRIMARY KEY) "),
                List.of("DROP TABLE mig_flavor", "SELECT 1"));
        migrator.apply(first);
        assertFalse(migrator.apply(edited), "trailing whitespace is not an edit");
        assertEquals(0, migrator.repairChecksums(List.of(first)));
        assertEquals(1, migrator.repairChecksums(List.of(reformatted)));
        assertFalse(migrator.apply(reformatted), "the recorded checksum is now the reformatted one");
        assertEquals(
                1,
                migrator.repair(Repair.all()
                        .revision("0001")
                        .status(HistoryStatus.ROLLED_BACK)
                        .keepDirty()));
        assertEquals(HistoryStatus.ROLLED_BACK, migrator.history().getFirst().status());
        assertEquals(0, migrator.repair(Repair.all().revision("0002")));
    }

    @BackendTest
    void listenersHearEachMigrationAndItsStatements(TestDatabase database) {
        List<String> heard = new ArrayList<>();
        Migrator migrator = migrator(database)
                .listener(new MigrationListener() {
                    @Override
                    public void beforeMigration(MigrationEvent event) {
                        heard.add(
                                "before " + event.direction() + " " + event.revision() + " " + event.statementCount());
                    }

                    @Override
                    public void afterMigration(MigrationResult result) {
                        heard.add("after " + result.event().revision() + " " + result.completed());
                    }

                    @Override
                    public void progress(MigrationProgress progress) {
                        heard.add(progress.kind() + (progress.step() > 0 ? " " + progress.step() : ""));
                    }
                })
                .build();
        migrator.apply(createTable("0001", "mig_one"));
        migrator.rollback(createTable("0001", "mig_one"), false);
        assertEquals(
                List.of(
                        "LOCK_ACQUIRED",
                        "before UP 0001 1",
                        "STATEMENT_STARTED 1",
                        "STATEMENT_COMPLETED 1",
                        "after 0001 true",
                        "LOCK_ACQUIRED",
                        "before DOWN 0001 1",
                        "STATEMENT_STARTED 1",
                        "STATEMENT_COMPLETED 1",
                        "after 0001 true"),
                heard);
        assertEquals(Direction.DOWN, Direction.valueOf("DOWN"));
    }

    /** The test's tables other than the migrator's own. */
    static Set<String> userTables(TestDatabase database) throws Exception {
        Set<String> names = new TreeSet<>(tables(database));
        names.remove("ormdantic_migrations");
        names.remove("ormdantic_migration_lock");
        return names;
    }

    /** A count, for checks of rows. */
    static int count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
