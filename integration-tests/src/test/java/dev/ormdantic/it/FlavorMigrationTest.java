package dev.ormdantic.it;

import static dev.ormdantic.it.Migrations.migration;
import static dev.ormdantic.it.Migrations.migrator;
import static dev.ormdantic.it.Migrations.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Flavor;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.history.LockStrategy;
import dev.ormdantic.migrations.history.Migrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The migrator consults the server's flavor: a distributed database behind the PostgreSQL or MySQL dialect gets the
 * lease-row lock (its advisory locks do not lock) and, on PostgreSQL, statement-by-statement runs (its DDL is not
 * transactional). The flavor is forced here on the real servers, which gives the flavor's path on a database whose
 * results the test can read; the servers' own flavor is detected.
 */
class FlavorMigrationTest {

    /** Two statements, the second failing: the first creates {@code mig_a}. */
    private static final List<String> BROKEN = List.of(
            "CREATE TABLE mig_a (id INTEGER NOT NULL PRIMARY KEY)",
            "CREATE TABLE mig_a (id INTEGER NOT NULL PRIMARY KEY)");

    @BackendTest
    void aDistributedFlavorLocksWithALeaseRowAndRunsStatementByStatement(TestDatabase database) throws SQLException {
        assumeTrue(database.backend() != Backend.SQLITE, "SQLite has no distributed flavor");
        Flavor distributed = database.backend() == Backend.POSTGRESQL ? Flavor.COCKROACHDB : Flavor.TIDB;
        Migrator migrator = migrator(database).flavor(distributed).build();

        MigrationException failed = assertThrows(
                MigrationException.class, () -> migrator.apply(migration("0001", "two", BROKEN, List.of())));

        assertEquals(ErrorCode.MIGRATION_FAILED, failed.code());
        assertEquals(Outcome.UNKNOWN, failed.outcome(), failed.getMessage());
        assertTrue(failed.getMessage().contains("the 1 statements before it stay applied"), failed.getMessage());
        assertEquals(Set.of("mig_a"), userTables(database), "the first statement was not rolled back");
        assertEquals(1, migrator.status().history().getFirst().stepsCompleted());
        assertTrue(tables(database).contains("ormdantic_migration_lock"), "the lease lock was taken");
        try (Connection connection = database.jdbc()) {
            assertEquals(0, leases(connection), "and given back");
        }
    }

    @BackendTest
    void theServersOwnFlavorIsDetectedAndKeepsTheSessionLock(TestDatabase database) throws SQLException {
        Migrator migrator = migrator(database).build();

        MigrationException failed = assertThrows(
                MigrationException.class, () -> migrator.apply(migration("0001", "two", BROKEN, List.of())));

        boolean transactional = database.backend() == Backend.POSTGRESQL || database.backend() == Backend.SQLITE;
        assertEquals(transactional ? Outcome.NOT_APPLIED : Outcome.UNKNOWN, failed.outcome(), failed.getMessage());
        assertEquals(transactional ? Set.of() : Set.of("mig_a"), userTables(database));
        assertFalse(tables(database).contains("ormdantic_migration_lock"), "no lease table: the session lock locked");
    }

    @Test
    void aSessionLockOrAForeignFlavorIsRefusedWhenBuilt() {
        Migrator.Builder cockroach = Migrator.builder(
                        () -> {
                            throw new SQLException("not opened");
                        },
                        DialectId.POSTGRESQL)
                .flavor(Flavor.COCKROACHDB);
        ConfigurationException session =
                assertThrows(ConfigurationException.class, () -> cockroach.lockStrategy(LockStrategy.SESSION));
        assertEquals(ErrorCode.OPTION_OUT_OF_RANGE, session.code());
        assertTrue(
                session.getMessage().contains("SESSION cannot lock on CockroachDB, whose advisory locks do not"),
                session.getMessage());

        Migrator.Builder sessionFirst = Migrator.builder(
                        () -> {
                            throw new SQLException("not opened");
                        },
                        DialectId.MYSQL)
                .lockStrategy(LockStrategy.SESSION);
        ConfigurationException vitess =
                assertThrows(ConfigurationException.class, () -> sessionFirst.flavor(Flavor.VITESS));
        assertTrue(vitess.getMessage().contains("SESSION cannot lock on Vitess"), vitess.getMessage());

        ConfigurationException foreign = assertThrows(
                ConfigurationException.class,
                () -> Migrator.builder(
                                () -> {
                                    throw new SQLException("not opened");
                                },
                                DialectId.MARIADB)
                        .flavor(Flavor.YUGABYTEDB));
        assertTrue(
                foreign.getMessage()
                        .contains("YugabyteDB does not speak the MariaDB dialect; choose one of MYSQL, MARIADB, TIDB,"
                                + " VITESS"),
                foreign.getMessage());
    }

    private static Set<String> userTables(TestDatabase database) throws SQLException {
        Set<String> mine = new TreeSet<>();
        for (String table : tables(database)) {
            if (table.startsWith("mig_")) {
                mine.add(table);
            }
        }
        return mine;
    }

    private static int leases(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ormdantic_migration_lock")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
