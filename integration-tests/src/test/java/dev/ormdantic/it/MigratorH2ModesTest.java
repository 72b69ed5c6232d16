package dev.ormdantic.it;

import static dev.ormdantic.it.Migrations.createTable;
import static dev.ormdantic.it.Migrations.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.history.HistoryEntry;
import dev.ormdantic.migrations.history.HistoryStatus;
import dev.ormdantic.migrations.history.LockStrategy;
import dev.ormdantic.migrations.history.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SQL Server and Oracle history table, its rows, and the step-by-step run of a non-transactional dialect, executed
 * on H2 in {@code MODE=MSSQLServer} and {@code MODE=Oracle}: apply, rollback, a failure leaving the exact step, repair
 * and resume, and the lease lock. H2 has neither {@code sp_getapplock} nor {@code DBMS_LOCK}; their SQL is covered by
 * the goldens of the migrations module.
 */
class MigratorH2ModesTest {

    private static String url(String mode) {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=" + mode + ";DB_CLOSE_DELAY=-1";
    }

    private static Migrator.Builder migrator(String url, DialectId dialect) {
        return Migrator.builder(() -> DriverManager.getConnection(url), dialect).productVersion("test");
    }

    @ParameterizedTest
    @CsvSource({"MSSQLServer, MSSQL", "Oracle, ORACLE"})
    void appliesRollsBackAndResumesStepByStep(String mode, DialectId dialect) throws Exception {
        String url = url(mode);
        Migrator migrator =
                migrator(url, dialect).lockStrategy(LockStrategy.NONE).build();
        assertTrue(migrator.apply(createTable("0001", "mig_one")));
        assertFalse(migrator.apply(createTable("0001", "mig_one")));
        assertTrue(migrator.rollback(createTable("0001", "mig_one"), false));
        assertEquals(HistoryStatus.ROLLED_BACK, migrator.history().getFirst().status());

        List<String> good = List.of(
                "CREATE TABLE mig_a (id INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE mig_b (id INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE mig_c (id INTEGER NOT NULL PRIMARY KEY)");
        List<String> broken = List.of(good.get(0), good.get(1), "CREATE TABLE mig_c (");
        MigrationException failed = assertThrows(
                MigrationException.class, () -> migrator.apply(migration("0002", "three", broken, List.of())));
        assertEquals(ErrorCode.MIGRATION_FAILED, failed.code());
        HistoryEntry row = migrator.history().stream()
                .filter(entry -> entry.revision().equals("0002"))
                .findFirst()
                .orElseThrow();
        assertTrue(row.dirty());
        assertEquals(2, row.stepsCompleted());
        assertEquals(1, migrator.repair());
        assertTrue(migrator.apply(migration("0002", "three", good, List.of())));
        assertEquals(Set.of("mig_a", "mig_b", "mig_c"), userTables(url));
    }

    @ParameterizedTest
    @CsvSource({"MSSQLServer, MSSQL", "Oracle, ORACLE"})
    void theLeaseLockRunsOnTheDialectsSql(String mode, DialectId dialect) throws Exception {
        String url = url(mode);
        Migrator migrator =
                migrator(url, dialect).lockStrategy(LockStrategy.LEASE).build();
        assertTrue(migrator.apply(createTable("0001", "mig_one")));
        assertEquals(Set.of("mig_one"), userTables(url));
    }

    private static Set<String> userTables(String url) throws Exception {
        Set<String> names;
        try (Connection connection = DriverManager.getConnection(url)) {
            names = new TreeSet<>(Migrations.tables(connection));
        }
        names.remove("ormdantic_migrations");
        names.remove("ormdantic_migration_lock");
        return names;
    }
}
