package dev.ormdantic.migrations.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Flavor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SQL of the history table and of the migrator lock, per dialect, against golden files
 * {@code goldens/history/<dialect>.sql}: the only check SQL Server's {@code sp_getapplock} and Oracle's
 * {@code DBMS_LOCK} calls get here (no server of either runs on this machine). Run with {@code -Dgoldens.update=true}
 * to write them anew, then review the diff.
 */
class HistorySqlGoldenTest {

    private static final Path GOLDENS = Path.of("src", "test", "resources", "goldens", "history");

    @ParameterizedTest
    @EnumSource(DialectId.class)
    void historyAndLockSql(DialectId dialect) throws IOException {
        String actual = "-- history table\n" + HistorySql.createHistoryTable(dialect) + ";\n\n"
                + "-- lease table\n" + HistorySql.createLockTable(dialect) + ";\n\n"
                + "-- rows\n" + HistorySql.selectHistory() + ";\n" + HistorySql.deleteRow() + ";\n"
                + HistorySql.insertRow() + ";\n" + HistorySql.updateProgress() + ";\n\n"
                + "-- lease\n" + HistorySql.DELETE_EXPIRED_LEASE + ";\n" + HistorySql.INSERT_LEASE + ";\n"
                + HistorySql.RENEW_LEASE + ";\n" + HistorySql.DELETE_LEASE + ";\n\n"
                + "-- session lock: try, wait, release\n" + HistorySql.tryLock(dialect) + ";\n"
                + HistorySql.lock(dialect) + ";\n" + HistorySql.unlock(dialect) + ";\n";
        Path golden = GOLDENS.resolve(dialect.name().toLowerCase(Locale.ROOT) + ".sql");
        if (Boolean.getBoolean("goldens.update")) {
            Files.createDirectories(GOLDENS);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "missing " + golden + "; run with -Dgoldens.update=true and review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
    }

    @ParameterizedTest
    @EnumSource(DialectId.class)
    void transactionalDdlOnlyWhereTheDatabaseHasIt(DialectId dialect) {
        for (Flavor flavor : Flavor.values()) {
            if (flavor.speaks(dialect)) {
                boolean own = flavor == Flavor.POSTGRESQL || flavor == Flavor.CITUS || flavor == Flavor.SQLITE;
                assertEquals(own, MigrationRunner.transactional(dialect, flavor), dialect + " on " + flavor);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void thePostgresKeyIsStable() {
        assertEquals(SessionLock.key(Migrator.DEFAULT_LOCK_NAME), SessionLock.key("ormdantic_migration_lock"));
        assertTrue(SessionLock.key("a") != SessionLock.key("b"));
    }
}
