package dev.ormdantic.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlavorTest {

    /** Version texts as the products print them (from their documentation and release notes). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "POSTGRESQL | PostgreSQL 15.19 (Debian 15.19-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc ||"
                        + " POSTGRESQL",
                "POSTGRESQL | CockroachDB CCL v24.1.0 (x86_64-pc-linux-gnu, built 2024/05/15 21:28:29, go1.22.2) ||"
                        + " COCKROACHDB",
                "POSTGRESQL | PostgreSQL 11.2-YB-2.20.1.0-b0 on x86_64-pc-linux-gnu, compiled by clang ||"
                        + " YUGABYTEDB",
                "POSTGRESQL | PostgreSQL 16.2 on x86_64-pc-linux-gnu | citus | CITUS",
                "MYSQL | 8.0.36 || MYSQL",
                "MYSQL | 8.0.11-TiDB-v7.5.0 || TIDB",
                "MYSQL | 8.0.30-Vitess || VITESS",
                "MYSQL | 10.11.19-MariaDB-0+deb12u1 || MARIADB",
                "MARIADB | 10.11.19-MariaDB-0+deb12u1 || MARIADB",
                "MARIADB | 5.7.25-TiDB-v6.5.0 || TIDB",
                "SQLITE | 3.46.0 || SQLITE",
                "MSSQL | Microsoft SQL Server 2022 || MSSQL",
                "ORACLE | Oracle Database 23ai || ORACLE",
            })
    void aServerIsKnownByItsVersionText(DialectId dialect, String version, String extension, Flavor expected) {
        assertEquals(expected, Flavor.detect(dialect, version, extension == null ? "" : extension));
    }

    @Test
    void everyDialectsOwnFlavorSpeaksItAndTrustsItsLocks() {
        for (DialectId dialect : DialectId.values()) {
            Flavor own = Flavor.of(dialect);
            assertEquals(dialect, own.dialect());
            assertTrue(own.speaks(dialect));
            assertTrue(own.advisoryLocks(), own + " has a session lock that locks");
        }
        assertEquals(
                EnumSet.of(Flavor.SQLITE, Flavor.POSTGRESQL, Flavor.CITUS),
                EnumSet.copyOf(java.util.Arrays.stream(Flavor.values())
                        .filter(Flavor::transactionalDdl)
                        .toList()));
    }

    @Test
    void distributedFlavorsAreAssumedWithoutAdvisoryLocks() {
        for (Flavor flavor : EnumSet.of(Flavor.COCKROACHDB, Flavor.YUGABYTEDB, Flavor.TIDB, Flavor.VITESS)) {
            assertFalse(flavor.advisoryLocks(), flavor.displayName());
            assertFalse(flavor.transactionalDdl(), flavor.displayName());
        }
        assertTrue(Flavor.TIDB.speaks(DialectId.MARIADB), "MySQL-compatible: spoken to in either MySQL dialect");
        assertFalse(Flavor.COCKROACHDB.speaks(DialectId.MYSQL));
        assertFalse(Flavor.MARIADB.speaks(DialectId.POSTGRESQL));
    }

    @Test
    void onlyPostgresAndMysqlFamiliesAreAskedTheirVersion() {
        assertTrue(String.valueOf(Flavor.detectionQuery(DialectId.POSTGRESQL)).contains("pg_extension"));
        assertEquals("SELECT VERSION(), ''", Flavor.detectionQuery(DialectId.MARIADB));
        assertNull(Flavor.detectionQuery(DialectId.SQLITE));
        assertNull(Flavor.detectionQuery(DialectId.MSSQL));
        assertNull(Flavor.detectionQuery(DialectId.ORACLE));
    }
}
