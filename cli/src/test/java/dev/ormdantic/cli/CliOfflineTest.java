package dev.ormdantic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.cli.CliProcess.Result;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.SnapshotJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verbs that need no database, help, usage errors and the missing URL, run as a separate process. */
class CliOfflineTest {

    @TempDir
    static Path work;

    @BeforeAll
    static void directory() throws Exception {
        Fixtures.directory(work.resolve("db/migrations"), Fixtures.good());
    }

    private static Result cli(String... args) throws Exception {
        return CliProcess.run(work, Map.of(), args);
    }

    @Test
    void checkVerifiesTheDirectoryAndTheModels() throws Exception {
        long files;
        try (var list = Files.list(work.resolve("db/migrations"))) {
            files = list.count() - 1; // without ormdantic.sum
        }
        assertEquals(
                List.of("ok (" + files + " files)"),
                cli("migrations", "check", "db/migrations").expect(0).lines());
        assertEquals(
                List.of("ok (" + files + " files)"),
                cli(
                                "migrations",
                                "check",
                                "db/migrations",
                                "--classpath",
                                Fixtures.classes().toString())
                        .expect(0)
                        .lines());

        // models without the table: the newest migration's snapshot differs from them
        Path empty = work.resolve("empty.json");
        Files.writeString(empty, SnapshotJson.write(SchemaSnapshot.empty()));
        Result drift = cli("migrations", "check", "db/migrations", "--snapshot", "empty.json")
                .expect(1);
        assertEquals(List.of("- Removed table cli_flavor"), drift.lines());
        assertTrue(drift.err().contains("Error: [ORM2903]"), drift::toString);

        // an edited statement file
        Path edited = Files.createDirectories(work.resolve("edited"));
        Fixtures.directory(edited, Fixtures.good());
        Path up = edited.resolve("0002__add_note.up.sqlite.sql");
        Files.writeString(up, Files.readString(up).replace("VARCHAR(20)", "VARCHAR(30)"));
        Result tampered = cli("migrations", "check", "edited").expect(1);
        assertTrue(tampered.err().contains("Error: [ORM2741]"), tampered::toString);
        assertTrue(tampered.err().contains("0002__add_note.up.sqlite.sql"), tampered::toString);

        Result missing = cli("migrations", "check", "nowhere").expect(1);
        assertTrue(missing.err().startsWith("Error: [ORM2902]"), missing::toString);
    }

    @Test
    void createWritesTheNextMigrationFromTheModels() throws Exception {
        String classes = Fixtures.classes().toString();
        Result created = cli(
                        "migrations",
                        "create",
                        "create flavor",
                        "--dir",
                        "db/authored",
                        "--classpath",
                        classes,
                        "--dialect",
                        "sqlite",
                        "--dialect",
                        "postgresql",
                        "--allow-destructive-rollback",
                        "the table is new")
                .expect(0);
        assertEquals(
                List.of(
                        "Created migration: 0001 (create flavor)",
                        "- Added table cli_flavor",
                        "Wrote db/authored/0001__create_flavor.json",
                        "Wrote db/authored/0001__create_flavor.up.sqlite.sql",
                        "Wrote db/authored/0001__create_flavor.down.sqlite.sql",
                        "Wrote db/authored/0001__create_flavor.up.postgresql.sql",
                        "Wrote db/authored/0001__create_flavor.down.postgresql.sql",
                        "Wrote db/authored/0001__create_flavor.from.json",
                        "Wrote db/authored/0001__create_flavor.to.json",
                        "Wrote db/authored/ormdantic.sum"),
                created.lines());
        assertTrue(cli("migrations", "check", "db/authored", "--classpath", classes)
                .expect(0)
                .out()
                .startsWith("ok ("));
        assertEquals(
                List.of("No changes: the migrations in db/authored already lead to the models."),
                cli("migrations", "diff", "again", "--dir", "db/authored", "--cp", classes)
                        .expect(0)
                        .lines());

        // models without the table: destructive, refused without a reason; a dry run shows it and writes nothing
        Files.writeString(work.resolve("nothing.json"), SnapshotJson.write(SchemaSnapshot.empty()));
        Result refused = cli("migrations", "diff", "drop flavor", "--dir", "db/authored", "--snapshot", "nothing.json")
                .expect(1);
        assertTrue(refused.err().contains("Error: [ORM2702]"), refused::toString);
        Result dry = cli(
                        "migrations",
                        "diff",
                        "drop flavor",
                        "--dir",
                        "db/authored",
                        "--snapshot",
                        "nothing.json",
                        "--dialect",
                        "postgresql",
                        "--allow-destructive",
                        "the flavors moved",
                        "--dry-run")
                .expect(0);
        assertEquals("Would create migration: 0002 (drop flavor)", dry.lines().getFirst(), dry::toString);
        assertTrue(dry.lines().contains("# dialect: postgresql"), dry::toString);
        assertTrue(dry.lines().stream().anyMatch(line -> line.startsWith("DROP TABLE")), dry::toString);
        assertTrue(
                dry.lines().stream().anyMatch(line -> line.startsWith("lint postgresql DS102 destructive:")),
                dry::toString);
        assertFalse(Files.exists(work.resolve("db/authored/0002__drop_flavor.json")));
    }

    @Test
    void previewPrintsOneDialectsStatements() throws Exception {
        Result up = cli("migrations", "preview", "db/migrations/0002__add_note.json", "--dialect", "postgresql")
                .expect(0);
        assertEquals(
                List.of(
                        "# revision: 0002",
                        "# description: add note",
                        "# dialect: postgresql",
                        "ALTER TABLE cli_flavor ADD COLUMN note VARCHAR(20);"),
                up.lines());
        Result down = cli(
                        "migrations",
                        "preview",
                        "--dir",
                        "db/migrations",
                        "--revision",
                        "0002",
                        "--rollback",
                        "--dialect",
                        "sqlite")
                .expect(0);
        assertEquals(
                List.of(
                        "# revision: 0002",
                        "# description: add note",
                        "# warning: these statements drop or delete data (allowed by the migration)",
                        "# dialect: sqlite",
                        "ALTER TABLE cli_flavor DROP COLUMN note;"),
                down.lines());
        Result all = cli("migrations", "preview", "db/migrations/0001__create_flavor.json")
                .expect(0);
        assertEquals(
                List.of("# dialect: sqlite", "# dialect: postgresql", "# dialect: mariadb"),
                all.lines().stream()
                        .filter(line -> line.startsWith("# dialect:"))
                        .toList());
        assertTrue(all.out().contains("CREATE TABLE"), all::toString);
        Result unknown = cli("migrations", "preview", "db/migrations/0002__add_note.json", "--dialect", "oracle")
                .expect(1);
        assertTrue(unknown.err().contains("[ORM2902] migration 0002 has no statements for ORACLE"), unknown::toString);
    }

    @Test
    void lintFailsOnADestructiveChangeStillToBeWritten() throws Exception {
        assertEquals(
                List.of("ok (no findings)"),
                cli(
                                "migrations",
                                "lint",
                                "db/migrations",
                                "--dialect",
                                "postgresql",
                                "--cp",
                                Fixtures.classes().toString())
                        .expect(0)
                        .lines());
        Files.writeString(work.resolve("none.json"), SnapshotJson.write(SchemaSnapshot.empty()));
        Result lint = cli("migrations", "lint", "db/migrations", "--dialect", "mariadb", "--snapshot", "none.json")
                .expect(1);
        assertEquals(List.of("(models) DS102 destructive: Dropping table cli_flavor deletes its rows"), lint.lines());
        assertTrue(
                lint.err().contains("Error: [ORM2904] 1 destructive change(s) without an allowance: (models) DS102"),
                lint::toString);
    }

    @Test
    void squashWritesAVerifiedMigration() throws Exception {
        Result squash = cli("migrations", "squash", "0100", "db/migrations/0001__create_flavor.json", "-o", "squashed")
                .expect(0);
        assertEquals("Squashed 1 migration(s) into 0100.", squash.lines().getFirst());
        assertTrue(
                squash.lines().contains("Wrote squashed/0100__create_flavor.json")
                        || squash.lines().stream().anyMatch(line -> line.startsWith("Wrote squashed/0100__")),
                squash::toString);
        assertTrue(cli("migrations", "check", "squashed").expect(0).out().startsWith("ok ("));
        // 0002 records no snapshots: its statements cannot be planned anew, so the squash concatenates and says why
        Result concatenated = cli(
                        "migrations",
                        "squash",
                        "0200",
                        "db/migrations/0001__create_flavor.json",
                        "db/migrations/0002__add_note.json",
                        "-o",
                        "squashed2")
                .expect(0);
        assertEquals("Squashed 2 migration(s) into 0200.", concatenated.lines().getFirst());
        assertEquals(
                "Concatenated: migration 0002 records no source snapshot, so its statements were concatenated.",
                concatenated.lines().get(1),
                concatenated::toString);
        assertTrue(cli("migrations", "check", "squashed2").expect(0).out().startsWith("ok ("));
    }

    @Test
    void snapshotWritesTheMergedModels() throws Exception {
        Result written = cli("snapshot", "--classpath", Fixtures.classes().toString(), "-o", "out/schema.json")
                .expect(0);
        assertEquals(List.of("Wrote out/schema.json (1 tables)"), written.lines());
        assertEquals(SnapshotJson.write(Fixtures.models()), Files.readString(work.resolve("out/schema.json")));
        assertEquals(
                SnapshotJson.write(Fixtures.models()),
                cli("snapshot", "--snapshot", "out/schema.json").expect(0).out());
        Result none = cli("snapshot", "--classpath", "db").expect(1);
        assertTrue(none.err().startsWith("Error: [ORM2901]"), none::toString);
    }

    @Test
    void aMissingUrlGivesTheGuidance() throws Exception {
        Result result = cli("migrations", "status").expect(1);
        assertEquals("", result.out());
        assertEquals(
                "Error: [ORM2900] Database URL is required; pass --url URL, export DATABASE_URL=URL, or add"
                        + " DATABASE_URL=URL to .env",
                result.err().strip());
        Result named = cli("inspect", "--url-env", "APP_DB").expect(1);
        assertTrue(named.err().contains("export APP_DB=URL, or add APP_DB=URL to .env"), named::toString);
    }

    @Test
    void everyVerbHasHelpAndUsageErrorsExitWithTwo() throws Exception {
        List<List<String>> verbs = List.of(
                List.of(),
                List.of("migrations"),
                List.of("migrations", "status"),
                List.of("migrations", "history"),
                List.of("migrations", "current"),
                List.of("migrations", "apply"),
                List.of("migrations", "apply-dir"),
                List.of("migrations", "rollback"),
                List.of("migrations", "repair"),
                List.of("migrations", "check"),
                List.of("migrations", "create"),
                List.of("migrations", "autogenerate"),
                List.of("migrations", "squash"),
                List.of("migrations", "preview"),
                List.of("migrations", "lint"),
                List.of("inspect"),
                List.of("scaffold"),
                List.of("snapshot"),
                List.of("studio"),
                List.of("completion"));
        for (List<String> verb : verbs) {
            List<String> withHelp = new java.util.ArrayList<>(verb);
            withHelp.add("--help");
            String[] args = withHelp.toArray(String[]::new);
            Result help = cli(args).expect(0);
            String name = String.join(" ", verb);
            assertTrue(help.out().startsWith("Usage: ormdantic" + (name.isEmpty() ? "" : " " + name)), help::toString);
        }
        Result none = cli().expect(2);
        assertTrue(none.err().contains("Missing required subcommand"), none::toString);
        Result unknown = cli("migrations", "upgrade").expect(2);
        assertTrue(unknown.err().contains("Unmatched argument at index 1: 'upgrade'"), unknown::toString);
        Result option = cli("migrations", "status", "--nope").expect(2);
        assertTrue(option.err().contains("Unknown option: '--nope'"), option::toString);
        Result dialect =
                cli("migrations", "lint", "db/migrations", "--dialect", "db2").expect(2);
        assertTrue(dialect.err().contains("Invalid value for option '--dialect'"), dialect::toString);
        assertTrue(cli("--version").expect(0).out().startsWith("ormdantic "));
    }

    @Test
    void theLauncherScriptFindsJavaAndTheJar() throws Exception {
        String javaHome = System.getProperty("java.home");
        Result version = CliProcess.script(
                        work,
                        Map.of("ORMDANTIC_CLI_JAR", CliProcess.jar().toString(), "JAVA_HOME", javaHome),
                        "--version")
                .expect(0);
        assertTrue(version.out().matches("ormdantic \\d+\\.\\d+\\.\\d+.*\\R"), version::toString);
        assertEquals("", version.err());
        Result noJar = CliProcess.script(work, Map.of("ORMDANTIC_CLI_JAR", "missing.jar"), "--version")
                .expect(1);
        assertTrue(noJar.err().startsWith("Error: the ormdantic-cli-*-all.jar was not found"), noJar::toString);
    }

    @Test
    void completionPrintsTheBashScript() throws Exception {
        Result completion = cli("completion").expect(0);
        assertTrue(completion.out().contains("complete -F _complete_ormdantic"), completion::toString);
        assertTrue(completion.out().contains("apply-dir"), completion::toString);
    }
}
