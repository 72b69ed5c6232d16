package dev.ormdantic.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.OrmdanticException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs the {@link Samples} through the JUnit engine and checks what each test was given and what was left behind:
 * a database of its own per test (two tests writing the same key both pass), nothing left after the run, tests in
 * parallel on one server, and no tables when {@code init = false}.
 */
class OrmdanticExtensionTest {

    @BeforeEach
    void forget() {
        Samples.GIVEN.clear();
    }

    private static EngineExecutionResults run(Class<?> samples, Map<String, String> configuration) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(configuration)
                .selectors(selectClass(samples))
                .execute();
    }

    @Test
    void eachSqliteTestHasAFileOfItsOwnDeletedAfterwards() {
        run(Samples.OnSqlite.class, Map.of())
                .testEvents()
                .assertStatistics(s -> s.succeeded(2).failed(0));
        assertEquals(2, Samples.GIVEN.size());
        assertEquals(2, Samples.GIVEN.stream().distinct().count(), Samples.GIVEN.toString());
        for (String given : Samples.GIVEN) {
            assertTrue(given.startsWith("sqlite:"), given);
            Path file = Path.of(given.substring("sqlite:".length()));
            assertFalse(Files.exists(file), "left behind: " + file);
            assertFalse(Files.exists(file.getParent()), "left behind: " + file.getParent());
        }
    }

    @Test
    void postgresTestsInParallelEachHaveASchemaDroppedAfterwards() {
        run(
                        Samples.OnPostgres.class,
                        Map.of(
                                "junit.jupiter.execution.parallel.enabled", "true",
                                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"))
                .testEvents()
                .assertStatistics(s -> s.succeeded(4).failed(0));
        assertEquals(4, Samples.GIVEN.stream().distinct().count(), Samples.GIVEN.toString());
        List<String> schemas = Samples.GIVEN.stream()
                .map(given -> given.substring("postgresql:".length()))
                .toList();
        schemas.forEach(schema -> assertTrue(schema.matches("ormdantic_test_[0-9a-f]{16}"), schema));
        try (Ormdantic server = Ormdantic.open(
                Samples.server("ORMDANTIC_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"))) {
            for (String schema : schemas) {
                assertEquals(
                        0L,
                        server.blocking()
                                .sql("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")
                                .bind(schema)
                                .queryOne(row -> row.getLong(1))
                                .orElseThrow(),
                        "schema " + schema + " was left behind");
            }
        }
    }

    @Test
    void mariaDbTestsEachHaveADatabaseDroppedAfterwards() {
        run(Samples.OnMariaDb.class, Map.of())
                .testEvents()
                .assertStatistics(s -> s.succeeded(2).failed(0));
        assertEquals(2, Samples.GIVEN.stream().distinct().count(), Samples.GIVEN.toString());
        try (Ormdantic server = Ormdantic.open(
                Samples.server("ORMDANTIC_TEST_MARIADB_URL", "mariadb://root@127.0.0.1:3306/test?sslMode=disable"))) {
            for (String given : Samples.GIVEN) {
                String database = given.substring("mariadb:".length());
                assertTrue(database.matches("ormdantic_test_[0-9a-f]{16}"), database);
                assertEquals(
                        0L,
                        server.blocking()
                                .sql("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")
                                .bind(database)
                                .queryOne(row -> row.getLong(1))
                                .orElseThrow(),
                        "database " + database + " was left behind");
            }
        }
    }

    @Test
    void withoutInitTheTablesAreNotCreated() {
        List<Event> failures = run(Samples.WithoutTables.class, Map.of())
                .testEvents()
                .assertStatistics(s -> s.failed(1))
                .failed()
                .list();
        Throwable thrown = failures.get(0)
                .getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow();
        assertTrue(thrown instanceof OrmdanticException, thrown.toString());
        assertTrue(String.valueOf(thrown.getMessage()).contains("test_support_note"), thrown.getMessage());
    }

    @Test
    void aTestcontainersUrlIsRefusedBeforeAnythingStarts() {
        List<Event> failures = run(Samples.OnTestcontainersUrl.class, Map.of())
                .testEvents()
                .assertStatistics(s -> s.failed(1))
                .failed()
                .list();
        Throwable thrown = failures.get(0)
                .getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow();
        assertTrue(
                String.valueOf(thrown.getMessage())
                        .startsWith("a Testcontainers URL (jdbc:tc:postgresql:16:///test...) cannot be the"
                                + " extension's server: each test's database needs a URL of its own"),
                thrown.getMessage());
        assertEquals(List.of(), Samples.GIVEN, "the test never ran");
        assertTrue(TestUrls.isTestcontainers("jdbc:tc:mariadb:11:///test"));
        assertFalse(TestUrls.isTestcontainers("jdbc:mariadb://db/test"));
    }

    @Test
    void theNamespaceUrlKeepsTheServersUserAndOptions() {
        assertEquals(
                "postgresql://app:s3cret@db:5432/shop?sslmode=require&currentSchema=ormdantic_test_x",
                TestUrls.inNamespace(
                        "postgresql://app:s3cret@db:5432/shop?sslmode=require&currentSchema=public",
                        "postgresql",
                        "ormdantic_test_x"));
        assertEquals(
                "jdbc:mariadb://db:3306/ormdantic_test_x?sslMode=disable",
                TestUrls.inNamespace("jdbc:mariadb://db:3306/shop?sslMode=disable", "mariadb", "ormdantic_test_x"));
        assertEquals(
                "mysql://root@db/ormdantic_test_x",
                TestUrls.inNamespace("mysql://root@db", "mysql", "ormdantic_test_x"));
        assertTrue(TestUrls.isSqlite("jdbc:sqlite:app.db"));
        assertTrue(TestUrls.isSqlite("sqlite::memory:"));
        assertFalse(TestUrls.isSqlite("postgresql://db/app"));
    }
}
