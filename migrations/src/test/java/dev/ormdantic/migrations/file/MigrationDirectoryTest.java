package dev.ormdantic.migrations.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.MigrationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationDirectoryTest {

    static Migration first() {
        return Migration.builder("0001", "create flavor")
                .createdAt(Instant.parse("2026-12-01T10:00:00Z"))
                .up(DialectId.SQLITE, List.of("CREATE TABLE flavor (id TEXT PRIMARY KEY)"))
                .down(DialectId.SQLITE, List.of("DROP TABLE flavor"))
                .snapshots(null, "{\"v\": 1}")
                .build();
    }

    static Migration second() {
        return Migration.builder("0002", "add rating")
                .createdAt(Instant.parse("2026-12-02T10:00:00Z"))
                .dependsOn("0001")
                .up(DialectId.SQLITE, List.of("ALTER TABLE flavor ADD COLUMN rating INTEGER"))
                .down(DialectId.SQLITE, List.of("ALTER TABLE flavor DROP COLUMN rating"))
                .snapshots("{\"v\": 1}", "{\"v\": 2}")
                .metadata("ticket", "ORM-16")
                .allow(new Allowance(Allowance.Kind.DESTRUCTIVE_ROLLBACK, "new column"))
                .build();
    }

    private static MigrationDirectory written(Path dir) {
        MigrationDirectory directory = MigrationDirectory.at(dir);
        directory.add(first());
        directory.add(second());
        return directory;
    }

    @Test
    void readsWhatItWroteInOrder(@TempDir Path dir) throws IOException {
        MigrationDirectory directory = written(dir);
        assertEquals(List.of(first(), second()), directory.migrations());
        List<String> sum = Files.readAllLines(dir.resolve("ormdantic.sum"));
        assertTrue(sum.getFirst().startsWith("ormdantic-sum 1 "), sum.getFirst());
        assertEquals(
                List.of(
                        "0001__create_flavor.json",
                        "0001__create_flavor.up.sqlite.sql",
                        "0001__create_flavor.down.sqlite.sql",
                        "0001__create_flavor.to.json",
                        "0002__add_rating.json",
                        "0002__add_rating.up.sqlite.sql",
                        "0002__add_rating.down.sqlite.sql",
                        "0002__add_rating.from.json",
                        "0002__add_rating.to.json"),
                sum.subList(1, sum.size()).stream()
                        .map(line -> line.substring(0, line.indexOf(' ')))
                        .toList());
    }

    @Test
    void flippingAnyByteOfAnyFileIsDetectedAndNamesTheFile(@TempDir Path dir) throws IOException {
        written(dir);
        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        }
        for (String name : names) {
            Path file = dir.resolve(name);
            byte[] original = Files.readAllBytes(file);
            for (int at : new int[] {0, original.length / 2, original.length - 2}) {
                byte[] tampered = original.clone();
                tampered[at] = (byte) (tampered[at] == 'x' ? 'y' : 'x');
                Files.write(file, tampered);
                MigrationException e = assertThrows(
                        MigrationException.class,
                        () -> MigrationDirectory.at(dir).migrations());
                assertEquals(ErrorCode.MIGRATION_FILE_EDITED, e.code(), name + " at " + at + ": " + e.getMessage());
                assertTrue(e.getMessage().contains("migration file " + name + " was edited"), e.getMessage());
            }
            Files.write(file, original);
        }
        assertEquals(2, MigrationDirectory.at(dir).migrations().size());
    }

    @Test
    void everyManifestFieldIsCovered(@TempDir Path dir) throws IOException {
        written(dir);
        Path manifest = dir.resolve("0002__add_rating.json");
        String original = Files.readString(manifest);
        List<String[]> edits = List.of(
                new String[] {"\"created_at\": \"2026-12-02T10:00:00Z\"", "\"created_at\": \"2026-12-02T10:00:01Z\""},
                new String[] {"\"0001\"\n", "\"0000\"\n"},
                new String[] {"\"destructive\": false", "\"destructive\": true"},
                new String[] {"\"reason\": \"new column\"", "\"reason\": \"new columns\""},
                new String[] {"\"ticket\": \"ORM-16\"", "\"ticket\": \"ORM-17\""},
                new String[] {"\"checksum_version\": 1", "\"checksum_version\": 2"});
        for (String[] edit : edits) {
            assertTrue(original.contains(edit[0]), edit[0]);
            Files.writeString(manifest, original.replace(edit[0], edit[1]));
            MigrationException e = assertThrows(
                    MigrationException.class, () -> MigrationDirectory.at(dir).migrations());
            assertEquals(ErrorCode.MIGRATION_FILE_EDITED, e.code(), edit[1]);
            assertTrue(e.getMessage().contains("migration file 0002__add_rating.json was edited"), e.getMessage());
        }
        Files.writeString(manifest, original);
    }

    @Test
    void anEditRehashedIsStillCaughtByTheManifestChecksum(@TempDir Path dir) throws IOException {
        MigrationDirectory directory = written(dir);
        Path up = dir.resolve("0002__add_rating.up.sqlite.sql");
        Files.writeString(up, Files.readString(up).replace("INTEGER", "TEXT"));
        MigrationException e = assertThrows(MigrationException.class, directory::rehash);
        assertEquals(ErrorCode.MIGRATION_FILE_EDITED, e.code());
        assertTrue(
                e.getMessage()
                        .contains("migration file 0002__add_rating.up.sqlite.sql or "
                                + "0002__add_rating.down.sqlite.sql was edited"),
                e.getMessage());
    }

    @Test
    void missingUnlistedAndReorderedFilesAreNamed(@TempDir Path dir) throws IOException {
        written(dir);
        Path down = dir.resolve("0001__create_flavor.down.sqlite.sql");
        byte[] bytes = Files.readAllBytes(down);
        Files.delete(down);
        MigrationException missing = assertThrows(
                MigrationException.class, () -> MigrationDirectory.at(dir).migrations());
        assertEquals(ErrorCode.MIGRATION_FILE_MISSING, missing.code());
        assertTrue(missing.getMessage().contains("migration file 0001__create_flavor.down.sqlite.sql is listed"));
        Files.write(down, bytes);

        Files.writeString(dir.resolve("0003__sneaky.up.sqlite.sql"), "DROP TABLE flavor\n");
        MigrationException unlisted = assertThrows(
                MigrationException.class, () -> MigrationDirectory.at(dir).migrations());
        assertEquals(ErrorCode.MIGRATION_FILE_UNHASHED, unlisted.code());
        assertTrue(unlisted.getMessage().contains("migration file 0003__sneaky.up.sqlite.sql is not listed"));
        Files.delete(dir.resolve("0003__sneaky.up.sqlite.sql"));

        // the lines of two migrations swapped, with the sum's own hash recomputed: the order still fails
        Path sumPath = dir.resolve("ormdantic.sum");
        List<String> lines = Files.readAllLines(sumPath);
        List<String> swapped = new ArrayList<>(lines.subList(5, lines.size()));
        swapped.addAll(lines.subList(1, 5));
        String body = String.join("\n", swapped) + "\n";
        Files.writeString(sumPath, "ormdantic-sum 1 " + Statements.sha256(body) + "\n" + body, StandardCharsets.UTF_8);
        MigrationException reordered = assertThrows(
                MigrationException.class, () -> MigrationDirectory.at(dir).migrations());
        assertEquals(ErrorCode.MIGRATION_OUT_OF_ORDER, reordered.code());
        assertTrue(
                reordered.getMessage().contains("migration file 0001__create_flavor.json is out of order"),
                reordered.getMessage());
        // the same swap without recomputing the sum's hash is an edit of the sum file
        Files.writeString(sumPath, lines.getFirst() + "\n" + body, StandardCharsets.UTF_8);
        MigrationException edited = assertThrows(
                MigrationException.class, () -> MigrationDirectory.at(dir).migrations());
        assertEquals(ErrorCode.MIGRATION_FILE_EDITED, edited.code());
        assertTrue(edited.getMessage().contains("migration file ormdantic.sum was edited"));
    }

    @Test
    void aMigrationAddedOutOfOrderIsRefused(@TempDir Path dir) {
        MigrationDirectory directory = written(dir);
        Migration late = Migration.builder("0001a", "late")
                .up(DialectId.SQLITE, List.of("SELECT 1"))
                .build();
        MigrationException e = assertThrows(MigrationException.class, () -> directory.add(late));
        assertEquals(ErrorCode.MIGRATION_OUT_OF_ORDER, e.code());
        assertTrue(e.getMessage().contains("migration file 0001a__late.json is added out of order"), e.getMessage());
        Migration orphan = Migration.builder("0003", "orphan")
                .dependsOn("0009")
                .up(DialectId.SQLITE, List.of("SELECT 1"))
                .build();
        MigrationException dependency = assertThrows(MigrationException.class, () -> directory.add(orphan));
        assertEquals(ErrorCode.MIGRATION_DEPENDENCY_MISSING, dependency.code());
    }

    @Test
    void squashesContiguousMigrations() {
        Migration squashed = Squash.squash("0002s", List.of(first(), second()));
        assertEquals(
                List.of("CREATE TABLE flavor (id TEXT PRIMARY KEY)", "ALTER TABLE flavor ADD COLUMN rating INTEGER"),
                squashed.script(DialectId.SQLITE).orElseThrow().up());
        assertEquals(
                List.of("ALTER TABLE flavor DROP COLUMN rating", "DROP TABLE flavor"),
                squashed.script(DialectId.SQLITE).orElseThrow().down());
        assertEquals(List.of(), squashed.dependsOn());
        assertEquals(null, squashed.fromSnapshot());
        assertEquals("{\"v\": 2}", squashed.toSnapshot());
        assertEquals("create flavor; add rating", squashed.description());
        assertEquals("0001,0002", squashed.metadata().get("squashed_revisions"));
        assertTrue(squashed.destructiveRollback());

        Migration third = Migration.builder("0003", "add note")
                .dependsOn("0002", "0000")
                .up(DialectId.SQLITE, List.of("ALTER TABLE flavor ADD COLUMN note TEXT"))
                .snapshots("{\"v\": 2}", "{\"v\": 3}")
                .build();
        Migration tail = Squash.squash("0003s", List.of(second(), third));
        assertEquals(List.of("0001", "0000"), tail.dependsOn());
        assertEquals(List.of(), tail.script(DialectId.SQLITE).orElseThrow().down(), "0003 has no down");

        MigrationException gap =
                assertThrows(MigrationException.class, () -> Squash.squash("x", List.of(first(), third)));
        assertEquals(ErrorCode.MIGRATION_NOT_CONTIGUOUS, gap.code());
        assertTrue(gap.getMessage().contains("migration 0001 does not feed 0003"), gap.getMessage());
    }
}
