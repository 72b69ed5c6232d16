package dev.ormdantic.it;

import static dev.ormdantic.it.Migrations.createTable;
import static dev.ormdantic.it.Migrations.migration;
import static dev.ormdantic.it.Migrations.migrator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.history.HistoryEntry;
import dev.ormdantic.migrations.history.HistoryStatus;
import dev.ormdantic.migrations.history.Migrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

/**
 * A statement blocked by another connection's lock is cancelled by the migrator's statement timeout with a coded
 * error, leaving the history failed and dirty; an older history table (the seed's) is upgraded in place by
 * {@code init()}, keeping its rows.
 */
class MigratorUpgradeTest {

    @Tag("reliability")
    @BackendTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStatementBlockedByAnotherConnectionsLockTimesOut(TestDatabase database) throws Exception {
        assumeTrue(database.backend() != Backend.SQLITE, "SQLite's migration holds the whole file exclusively");
        Migrator migrator =
                migrator(database).statementTimeout(Duration.ofSeconds(1)).build();
        assertTrue(migrator.apply(createTable("0001", "mig_locked")));
        Migration alter =
                migration("0002", "add note", List.of("ALTER TABLE mig_locked ADD COLUMN note INTEGER"), List.of());
        try (Connection holder = database.jdbc()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                if (database.backend() == Backend.POSTGRESQL) {
                    statement.execute("LOCK TABLE mig_locked IN ACCESS EXCLUSIVE MODE");
                } else {
                    statement.executeQuery("SELECT * FROM mig_locked").close();
                }
            }
            MigrationException e = assertThrows(MigrationException.class, () -> migrator.apply(alter));
            assertEquals(ErrorCode.MIGRATION_STATEMENT_TIMEOUT, e.code(), e.getMessage());
            assertTrue(
                    e.getMessage()
                            .startsWith("[ORM2707] migration 0002: statement 1 of 1 ran longer than the statement"
                                    + " timeout of 1 s and was cancelled"),
                    e.getMessage());
            holder.rollback();
        }
        HistoryEntry row = migrator.history().getLast();
        assertEquals("0002", row.revision());
        assertEquals(HistoryStatus.FAILED, row.status());
        assertTrue(row.dirty(), "a timed-out statement leaves the row failed and dirty, as any failed statement");
        assertEquals(0, row.stepsCompleted());
        assertEquals(1, migrator.repair());
        assertTrue(migrator.apply(alter));
        assertEquals(Optional.of("0002"), migrator.current());
    }

    @BackendTest
    void initUpgradesTheSeedsHistoryTableKeepingItsRows(TestDatabase database) throws Exception {
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ormdantic_migrations (revision VARCHAR(255) NOT NULL PRIMARY KEY,"
                    + " description TEXT, checksum VARCHAR(64), applied_at VARCHAR(64), execution_time_ms BIGINT,"
                    + " status VARCHAR(16) DEFAULT 'applied', dirty INTEGER DEFAULT 0, artifact_version INTEGER,"
                    + " ormdantic_version VARCHAR(64), metadata TEXT)");
            statement.execute(
                    "INSERT INTO ormdantic_migrations VALUES ('0001', 'create flavor', 'abc',"
                            + " '2026-12-01T10:00:00.123456+00:00', 12, 'applied', 0, 2, '2.0.0', '{\"phase\": \"completed\"}')");
            statement.execute("INSERT INTO ormdantic_migrations (revision, description, checksum, applied_at)"
                    + " VALUES ('0002', 'add rating', 'def', '2026-12-02T10:00:00')");
        }
        Migrator migrator = migrator(database).build();
        List<HistoryEntry> before = migrator.history();
        assertEquals(
                List.of("0001", "0002"),
                before.stream().map(HistoryEntry::revision).toList());
        assertEquals(Set.of(), missingColumns(database), "reading does not upgrade");

        migrator.init();
        assertEquals(Set.of("steps_completed", "steps_total"), missingColumns(database));
        List<HistoryEntry> after = migrator.history();
        assertEquals(2, after.size());
        HistoryEntry first = after.getFirst();
        assertEquals("abc", first.checksum());
        assertEquals(
                Instant.parse("2026-12-01T10:00:00.123Z"),
                first.appliedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertEquals(2, first.artifactVersion());
        assertEquals(12, first.executionTimeMs());
        HistoryEntry second = after.getLast();
        assertEquals(HistoryStatus.APPLIED, second.status());
        assertFalse(second.dirty());
        assertEquals(1, second.artifactVersion());
        assertEquals(Instant.parse("2026-12-02T10:00:00Z"), second.appliedAt());
        assertEquals(Optional.of("0002"), migrator.current());

        assertTrue(migrator.apply(createTable("0003", "mig_flavor")));
        HistoryEntry third = migrator.history().getLast();
        assertEquals("0003", third.revision());
        assertEquals(1, third.stepsCompleted());
        assertEquals(1, third.stepsTotal());
        migrator.init();
        assertEquals(3, migrator.history().size());
    }

    /** The columns the upgrade adds that the table has (so empty before the upgrade, both after). */
    private static Set<String> missingColumns(TestDatabase database) throws Exception {
        Set<String> found = new TreeSet<>();
        try (Connection connection = database.jdbc()) {
            for (String table : List.of("ormdantic_migrations", "ORMDANTIC_MIGRATIONS")) {
                try (ResultSet columns = connection
                        .getMetaData()
                        .getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
                    while (columns.next()) {
                        String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        if (name.startsWith("steps_")) {
                            found.add(name);
                        }
                    }
                }
            }
        }
        return found;
    }
}
