package dev.ormdantic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.cli.CliProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every verb that talks to a database, run as {@code java -jar ormdantic-cli-all.jar} against SQLite, PostgreSQL
 * ({@code ORMDANTIC_TEST_POSTGRES_URL}) and MariaDB ({@code ORMDANTIC_TEST_MARIADB_URL}).
 */
class CliDatabaseTest {

    @TempDir
    static Path work;

    static Path good;
    static Path broken;

    @BeforeAll
    static void directories() throws Exception {
        good = Fixtures.directory(work.resolve("db/migrations"), Fixtures.good());
        List<dev.ormdantic.migrations.file.Migration> withBroken = new ArrayList<>(Fixtures.good());
        withBroken.add(Fixtures.broken());
        broken = Fixtures.directory(work.resolve("db/broken"), withBroken);
    }

    static String postgres() {
        return env("ORMDANTIC_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test");
    }

    static String mariadb() {
        return env("ORMDANTIC_TEST_MARIADB_URL", "mariadb://root@127.0.0.1:3306/test?sslMode=disable");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static Stream<Arguments> backends() {
        return Stream.of(
                Arguments.of("sqlite", "sqlite:" + work.resolve("cli.db")),
                Arguments.of("postgresql", postgres()),
                Arguments.of("mariadb", mariadb()));
    }

    private static Result cli(Map<String, String> env, String... args) throws Exception {
        return CliProcess.run(work, env, args);
    }

    private static Result cli(String... args) throws Exception {
        return cli(Map.of(), args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void migrationsFromStatusToRollback(String backend, String url) throws Exception {
        if (!backend.equals("sqlite")) {
            Fixtures.clean(url);
        }
        Result status = cli("migrations", "status", "--url", url, "--dir", "db/migrations")
                .expect(0);
        assertEquals(
                List.of(
                        "Migration status",
                        "Dirty: no",
                        "Current revision: none",
                        "Applied revisions: 0",
                        "Pending revisions: 2",
                        "- 0001",
                        "- 0002"),
                status.lines());
        assertTrue(status.err().contains("(source: --url)"), status::toString);
        assertFalse(status.err().contains("WARNING"), status::toString);

        Result apply = cli("migrations", "apply", "db/migrations/0001__create_flavor.json", "--url", url)
                .expect(0);
        assertEquals(List.of("Applied migration: 0001"), apply.lines());
        assertTrue(apply.err().contains("Applying 0001 (1 statements)"), apply::toString);
        assertEquals(
                List.of("Skipped migration: 0001 is already applied."),
                cli("migrations", "apply", "--dir", "db/migrations", "--revision", "0001", "--url", url)
                        .expect(0)
                        .lines());

        // the URL from the environment: progress lines name each statement
        Result dir = cli(Map.of("DATABASE_URL", url), "migrations", "apply-dir", "db/migrations")
                .expect(0);
        assertEquals(List.of("Applied 1 migration(s) from db/migrations.", "- 0002"), dir.lines());
        assertTrue(dir.err().contains("(source: DATABASE_URL)"), dir::toString);
        assertTrue(dir.err().contains("0002 [1/1] ALTER TABLE cli_flavor ADD COLUMN note VARCHAR(20)"), dir::toString);
        assertEquals(
                List.of("No pending migrations in db/migrations."),
                cli(Map.of("DATABASE_URL", url), "migrations", "apply-dir", "db/migrations", "--quiet")
                        .expect(0)
                        .lines());

        // the URL from .env in the working directory
        Path envDir = Files.createTempDirectory(work, "env");
        Files.writeString(envDir.resolve(".env"), "# test\nexport DATABASE_URL=\"" + url + "\"\n");
        Result current =
                CliProcess.run(envDir, Map.of(), "migrations", "current").expect(0);
        assertEquals(List.of("Current revision: 0002"), current.lines());
        assertTrue(current.err().contains("(source: .env)"), current::toString);

        Result history = cli("migrations", "history", "--url", url).expect(0);
        assertEquals(
                "Revision\tStatus\tDirty\tChecksum\tApplied at", history.lines().getFirst());
        assertEquals(3, history.lines().size(), history::toString);
        assertTrue(history.lines().get(1).startsWith("0001\tapplied\tno\t"), history::toString);
        assertTrue(history.lines().get(2).startsWith("0002\tapplied\tno\t"), history::toString);

        // inspect and scaffold read the table the migrations made
        Result inspect = cli("inspect", "--url", url, "--include", "cli_*").expect(0);
        assertTrue(inspect.lines().contains("Tables: 1"), inspect::toString);
        assertTrue(inspect.lines().contains("Table cli_flavor"), inspect::toString);
        assertTrue(inspect.lines().contains("  primary key (id)"), inspect::toString);
        assertTrue(inspect.lines().stream().anyMatch(line -> line.startsWith("  note ")), inspect::toString);
        Result scaffold = cli("scaffold", "--url", url, "--include", "cli_*", "--package", "com.example", "-o", "gen")
                .expect(0);
        assertEquals(List.of("Wrote gen/com/example/CliFlavor.java", "Scaffolded 1 record(s)."), scaffold.lines());
        String source = Files.readString(work.resolve("gen/com/example/CliFlavor.java"));
        assertTrue(source.contains("record CliFlavor("), source);

        assertEquals(
                List.of("Rolled back migration: 0002"),
                cli("migrations", "rollback", "--dir", "db/migrations", "--url", url)
                        .expect(0)
                        .lines());
        assertEquals(
                List.of("Skipped rollback: 0002 is not applied."),
                cli("migrations", "rollback", "db/migrations/0002__add_note.json", "--url", url)
                        .expect(0)
                        .lines());
        assertEquals(
                List.of("Current revision: 0001"),
                cli("migrations", "current", "--url", url).expect(0).lines());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aFailedMigrationLeavesTheHistoryDirtyUntilRepaired(String backend, String url) throws Exception {
        if (backend.equals("sqlite")) {
            url = "sqlite:" + work.resolve("broken.db");
        } else {
            Fixtures.clean(url);
        }
        Result failed =
                cli("migrations", "apply-dir", "db/broken", "--url", url).expect(1);
        assertTrue(failed.err().contains("Error: [ORM2751]"), failed::toString);
        List<String> dirty = cli("migrations", "status", "--url", url).expect(0).lines();
        assertEquals(
                List.of("Migration status", "Dirty: yes", "Current revision: 0002", "Applied revisions: 2"), dirty);
        Result refused =
                cli("migrations", "apply-dir", "db/broken", "--url", url).expect(1);
        assertTrue(refused.err().contains("Error: [ORM2745]"), refused::toString);
        assertEquals(
                List.of("Repaired migration rows: 1"),
                cli("migrations", "repair", "--revision", "0003", "--status", "rolled_back", "--url", url)
                        .expect(0)
                        .lines());
        assertTrue(cli("migrations", "status", "--url", url).expect(0).lines().contains("Dirty: no"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void autogenerateWritesWhatTheDatabaseLacksOrHasInExcess(String backend, String url) throws Exception {
        if (backend.equals("sqlite")) {
            url = "sqlite:" + work.resolve("autogenerate.db");
        } else {
            Fixtures.clean(url);
        }
        String dialect = Fixtures.flavorWithLegacyColumn(url).name().toLowerCase(java.util.Locale.ROOT);
        String dir = "db/auto-" + backend;
        String classes = Fixtures.classes().toString();

        // the database has a column the models lack: dropping it is refused without a reason
        Result refused = cli(
                        "migrations",
                        "autogenerate",
                        "drop legacy",
                        "--dir",
                        dir,
                        "--classpath",
                        classes,
                        "--dialect",
                        dialect,
                        "--url",
                        url)
                .expect(1);
        assertTrue(refused.err().contains("Error: [ORM2702]"), refused::toString);
        assertFalse(Files.exists(work.resolve(dir).resolve("0001__drop_legacy.json")), refused::toString);

        Result written = cli(
                        "migrations",
                        "autogenerate",
                        "drop legacy",
                        "--dir",
                        dir,
                        "--classpath",
                        classes,
                        "--dialect",
                        dialect,
                        "--url",
                        url,
                        "--allow-destructive",
                        "legacy is unused")
                .expect(0);
        assertEquals("Created migration: 0001 (drop legacy)", written.lines().getFirst(), written::toString);
        assertTrue(written.lines().contains("- Removed column cli_flavor.legacy"), written::toString);
        assertTrue(written.lines().contains("Wrote " + dir + "/0001__drop_legacy.json"), written::toString);
        assertTrue(written.lines().contains("Wrote " + dir + "/ormdantic.sum"), written::toString);

        // the migration records its allowance, so applying it needs no flag; then nothing is left to write
        assertEquals(
                List.of("Applied 1 migration(s) from " + dir + ".", "- 0001"),
                cli("migrations", "apply-dir", dir, "--url", url).expect(0).lines());
        assertEquals(
                List.of("No changes: the migrations in " + dir + " already lead to the models."),
                cli(
                                "migrations",
                                "autogenerate",
                                "again",
                                "--dir",
                                dir,
                                "--classpath",
                                classes,
                                "--dialect",
                                dialect,
                                "--url",
                                url)
                        .expect(0)
                        .lines());
        assertFalse(cli("inspect", "--url", url, "--include", "cli_*")
                .expect(0)
                .out()
                .contains("legacy"));
    }

    @Test
    void aPasswordNeverAppearsEvenWhenTheConnectionFails() throws Exception {
        String secret = "Sup3rSecretPw";
        // PostgreSQL on a port where nothing listens, MariaDB refusing the password
        String refused = "postgresql://postgres:" + secret + "@127.0.0.1:1/test";
        String denied = mariadb().replaceFirst("://root@", "://root:" + secret + "@");
        for (String url : List.of(refused, denied)) {
            Result result = cli("migrations", "status", "--url", url, "--lock-timeout", "1")
                    .expect(1);
            assertTrue(result.err().contains("Error: [ORM"), result::toString);
            assertFalse(result.out().contains(secret) || result.err().contains(secret), result::toString);
            assertTrue(result.err().contains(":***@"), result::toString);
        }
        // accepted (PostgreSQL trusts the local user): the connection line masks it too
        String trusted = postgres().replaceFirst("://postgres@", "://postgres:" + secret + "@");
        Result ok = cli("migrations", "current", "--url", trusted).expect(0);
        assertFalse(ok.out().contains(secret) || ok.err().contains(secret), ok::toString);
        assertTrue(ok.err().contains("postgres:***@"), ok::toString);
        // a usage error that echoes the URL masks it as well
        Result usage = cli("migrations", "current", "--url", trusted, "extra").expect(2);
        assertFalse(usage.out().contains(secret) || usage.err().contains(secret), usage::toString);
    }
}
