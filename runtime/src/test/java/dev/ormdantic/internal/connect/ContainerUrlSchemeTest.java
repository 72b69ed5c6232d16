package dev.ormdantic.internal.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Testcontainers' {@code jdbc:tc:} URLs: the type names the dialect, the URL goes to Testcontainers' driver as given,
 * an unknown type and a missing driver are coded errors; H2 URLs are refused with their own code.
 */
class ContainerUrlSchemeTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:tc:postgresql:16:///test | POSTGRESQL | POSTGRESQL",
                "jdbc:tc:postgresql:16-alpine://anyhost/app?TC_INITSCRIPT=db/init.sql&sslmode=disable | POSTGRESQL"
                        + " | POSTGRESQL",
                "jdbc:tc:postgresql:///test?TC_DAEMON=true | POSTGRESQL | POSTGRESQL",
                "jdbc:tc:postgis:16-3.4:///gis | POSTGRESQL | POSTGRESQL",
                "jdbc:tc:timescaledb:2.14.2-pg16:///ts | POSTGRESQL | POSTGRESQL",
                "jdbc:tc:pgvector:pg16:///vectors | POSTGRESQL | POSTGRESQL",
                "jdbc:tc:mysql:8.4:///test?TC_INITFUNCTION=com.example.Init::run | MYSQL | MYSQL",
                "jdbc:tc:mariadb:11:///test?TC_TMPFS=/var/lib/mysql:rw | MARIADB | MARIADB",
                "jdbc:tc:sqlserver:2022-CU14-ubuntu-22.04:///test | MSSQL | MSSQL",
                "jdbc:tc:oracle:23-slim-faststart:thin:@localhost:1521/FREEPDB1 | ORACLE | ORACLE",
                "jdbc:tc:oracle:///FREEPDB1 | ORACLE | ORACLE"
            })
    void everyTypeMapsToItsDialectAndTheUrlGoesToTestcontainersAsGiven(String url, DialectId dialect, ServerKind kind) {
        ConnectionTarget target = DatabaseUrls.parse(url);
        assertEquals(dialect, target.dialect().id());
        assertEquals(url, target.jdbcUrl(), "the URL, its options and TC_ parameters pass through unchanged");
        assertEquals(url, target.displayUrl());
        assertTrue(target.container());
        assertFalse(target.memory());
        assertEquals(kind.safeDefaults(), target.properties(), "the database's safe defaults go with each connection");
    }

    @Test
    void theContainerProfileIsTheDialectsReachedThroughTestcontainers() {
        ConnectionTarget mariadb = DatabaseUrls.parse("jdbc:tc:mariadb:11:///test");
        ConnectionTarget direct = DatabaseUrls.parse("mariadb://root@h/test");
        assertFalse(DriverProfiles.of(direct).timesEachStatement(), "direct: the session bounds each statement");
        // Testcontainers passes the properties as defaults, which MariaDB Connector/J does not read
        assertTrue(DriverProfiles.of(mariadb).timesEachStatement(), "through Testcontainers: the JDBC query timeout");
        ConnectionTarget postgres = DatabaseUrls.parse("jdbc:tc:postgresql:16:///test");
        assertTrue(DriverProfiles.of(postgres).cancelsOverdueStatements());
        assertTrue(DriverProfiles.of(postgres).timesEachStatement());
        assertEquals(
                DriverProfiles.of(DialectId.POSTGRESQL).codec(),
                DriverProfiles.of(postgres).codec(),
                "values are bound and read as on PostgreSQL");
        assertEquals(
                DriverProfiles.of(DialectId.POSTGRESQL).errorRules(),
                DriverProfiles.of(postgres).errorRules(),
                "errors are classified as on PostgreSQL");
        assertEquals(DriverProfiles.of(DialectId.SQLITE), DriverProfiles.of(DatabaseUrls.parse("sqlite::memory:")));
    }

    @Test
    void aPasswordInTheUrlStaysHidden() {
        ConnectionTarget target = DatabaseUrls.parse("jdbc:tc:mysql:8.4:///test?user=app&password=hunter2");
        assertEquals(List.of("hunter2"), target.secrets());
        assertFalse(target.displayUrl().contains("hunter2"), target.displayUrl());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:tc:cockroach:v23.1:///test | cockroach",
                "jdbc:tc:tidb:v7.5.0:///test | tidb",
                "jdbc:tc:clickhouse:///test | clickhouse",
                "jdbc:tc:db2:///test | db2"
            })
    void aTypeThatIsNoneOfTheSupportedDatabasesListsThem(String url, String type) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Ormdantic.builder(url));
        assertEquals(ErrorCode.CONTAINER_TYPE_UNSUPPORTED, e.code());
        assertEquals(
                "[ORM2013] database URL '" + url + "' names the Testcontainers database type '" + type
                        + "', which is not one of the databases Ormdantic supports; use one of the types postgresql,"
                        + " postgis, timescaledb, pgvector, mysql, mariadb, sqlserver, oracle, as in"
                        + " jdbc:tc:postgresql:16:///app or jdbc:tc:mariadb:11:///app",
                e.getMessage());
    }

    @Test
    void aUrlWithoutTypeOrDatabaseIsRefused() {
        ConfigurationException none =
                assertThrows(ConfigurationException.class, () -> Ormdantic.builder("jdbc:tc::///test"));
        assertEquals(ErrorCode.CONTAINER_TYPE_UNSUPPORTED, none.code());
        assertTrue(
                none.getMessage().startsWith("[ORM2013] database URL 'jdbc:tc::///test' names no Testcontainers"),
                none.getMessage());
        ConfigurationException bare =
                assertThrows(ConfigurationException.class, () -> Ormdantic.builder("jdbc:tc:postgresql"));
        assertEquals(ErrorCode.URL_INVALID, bare.code());
        assertEquals(
                "[ORM2001] database URL 'jdbc:tc:postgresql' is not a valid Testcontainers URL: it names no database"
                        + " after the type; use Testcontainers' form jdbc:tc:<type>[:<image tag>]:///<database>, such"
                        + " as jdbc:tc:postgresql:16:///app",
                bare.getMessage());
        ConfigurationException notJdbc =
                assertThrows(ConfigurationException.class, () -> Ormdantic.builder("tc:postgresql:16:///test"));
        assertEquals(ErrorCode.URL_INVALID, notJdbc.code());
        assertTrue(notJdbc.getMessage().contains("a Testcontainers URL starts with jdbc:tc:"), notJdbc.getMessage());
    }

    @Test
    void withoutTestcontainersOnTheClassPathOpenNamesTheArtifactAndDocker() {
        // The runtime's own tests run without Testcontainers, as the runtime does: it is the user's test dependency.
        String url = "jdbc:tc:postgresql:16:///test?TC_INITSCRIPT=init.sql";
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Ormdantic.open(url));
        assertEquals(ErrorCode.CONTAINER_DRIVER_MISSING, e.code());
        assertEquals(
                "[ORM2014] cannot open '" + url + "': Testcontainers' JDBC driver"
                        + " (org.testcontainers.jdbc.ContainerDatabaseDriver) is not on the class path; add the test"
                        + " dependency org.testcontainers:testcontainers-postgresql:2.0.5 (it brings"
                        + " org.testcontainers:testcontainers-jdbc) and the PostgreSQL JDBC driver"
                        + " org.postgresql:postgresql:42.7.14; Testcontainers starts the database in a container,"
                        + " which needs a running Docker engine",
                e.getMessage());
        ConfigurationException oracle = assertThrows(
                ConfigurationException.class, () -> Ormdantic.open("jdbc:tc:oracle:///FREEPDB1?password=hunter2"));
        assertEquals(ErrorCode.CONTAINER_DRIVER_MISSING, oracle.code());
        assertTrue(
                oracle.getMessage().contains("org.testcontainers:testcontainers-oracle-free:2.0.5"),
                oracle.getMessage());
        assertFalse(oracle.getMessage().contains("hunter2"), oracle.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:h2:mem:test",
                "jdbc:h2:mem:test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "jdbc:h2:file:./data/app",
                "h2:mem:test",
                "jdbc:h2:tcp://localhost/~/test"
            })
    void h2UrlsAreRefusedWithTheirOwnCodeAndWhatToUseInstead(String url) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Ormdantic.builder(url));
        assertEquals(ErrorCode.H2_UNSUPPORTED, e.code());
        assertEquals(
                "[ORM2012] database URL '" + url + "' is an H2 URL: H2 is not one of the databases Ormdantic"
                        + " supports, and its compatibility modes are not the databases they imitate; for an embedded"
                        + " database use an SQLite file (sqlite:app.db, or sqlite::memory:); to test against the real"
                        + " database, use a Testcontainers URL such as jdbc:tc:postgresql:16:///app, or the JUnit"
                        + " extension of dev.ormdantic:ormdantic-test",
                e.getMessage());
    }
}
