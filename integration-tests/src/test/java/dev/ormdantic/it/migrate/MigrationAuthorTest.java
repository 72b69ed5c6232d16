package dev.ormdantic.it.migrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.it.BackendTest;
import dev.ormdantic.it.TestDatabase;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.file.Allowance;
import dev.ormdantic.migrations.file.AuthoredMigration;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationAuthor;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.migrations.history.Migrator;
import dev.ormdantic.migrations.reflect.Inspector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff writes the next migration: three successive snapshots (a table added, a column added, a column renamed by
 * its {@code @RenamedFrom} hint) give three migrations that the migrator applies to every live backend, keeping the
 * rows; a fourth call says there is nothing to write; a destructive diff is refused unless allowed with a reason; the
 * files are the same bytes every time; autogenerate starts from the live database.
 */
class MigrationAuthorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T03:30:00Z"), ZoneOffset.UTC);

    private static ColumnSpec text(String name) {
        return new ColumnSpec(name, ColumnType.string(40), false);
    }

    private static ColumnSpec number(String name) {
        return new ColumnSpec(name, ColumnType.of(Kind.INT), true);
    }

    private static SchemaSnapshot snapshot(TableSnapshot... tables) {
        return SchemaSnapshot.of(List.of(tables));
    }

    /** Version 1: a table; 2: a nullable column added; 3: {@code nick} renamed to {@code nickname} by its hint. */
    private static List<SchemaSnapshot> versions() {
        TableSpec first = new TableSpec("mig_writer", List.of(text("id"), text("nick")), List.of("id"), List.of());
        TableSpec second = new TableSpec(
                "mig_writer", List.of(text("id"), text("nick"), number("rating")), List.of("id"), List.of());
        TableSpec third = new TableSpec(
                "mig_writer", List.of(text("id"), text("nickname"), number("rating")), List.of("id"), List.of());
        return List.of(
                snapshot(new TableSnapshot(first)),
                snapshot(new TableSnapshot(second)),
                snapshot(new TableSnapshot(third, "", new TreeMap<>(Map.of("nickname", "nick")))));
    }

    private static MigrationAuthor author(Path dir) {
        return MigrationAuthor.builder(MigrationDirectory.at(dir)).clock(CLOCK).build();
    }

    private static List<AuthoredMigration> writeAll(Path dir) {
        List<AuthoredMigration> results = new ArrayList<>();
        List<String> descriptions = List.of("create writer", "add rating", "rename nick");
        List<SchemaSnapshot> versions = versions();
        for (int i = 0; i < versions.size(); i++) {
            results.add(author(dir).write(versions.get(i), descriptions.get(i)));
        }
        return results;
    }

    private static DialectId dialect(TestDatabase database) {
        return DialectId.valueOf(database.backend().name());
    }

    private static Migrator migrator(TestDatabase database) {
        return Migrator.builder(database::jdbc, dialect(database))
                .lockName(database.toString().replace(':', '_'))
                .productVersion("test")
                .build();
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    @BackendTest
    void threeSnapshotsWriteThreeMigrationsThatApplyAndKeepTheRows(TestDatabase database, @TempDir Path dir)
            throws SQLException {
        MigrationDirectory directory = MigrationDirectory.at(dir);
        Migrator migrator = migrator(database);
        List<SchemaSnapshot> versions = versions();

        AuthoredMigration create = author(dir).write(versions.get(0), "create writer");
        assertEquals(AuthoredMigration.Status.WRITTEN, create.status());
        assertEquals("0001", create.revision());
        assertEquals(List.of("Added table mig_writer"), create.diff().summary());
        assertEquals(List.of("0001"), migrator.applyDirectory(directory, false));
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO mig_writer (id, nick) VALUES ('a', 'ann')");
        }

        AuthoredMigration add = author(dir).write(versions.get(1), "add rating");
        assertEquals("0002", add.revision());
        assertEquals(List.of("Added column mig_writer.rating"), add.diff().summary());
        assertEquals(List.of("0001"), add.optionalMigration().orElseThrow().dependsOn());
        assertEquals(List.of("0002"), migrator.applyDirectory(directory, false));

        AuthoredMigration rename = author(dir).write(versions.get(2), "rename nick");
        assertEquals("0003", rename.revision());
        assertEquals(
                List.of("Renamed column mig_writer.nick to mig_writer.nickname"),
                rename.diff().summary());
        assertEquals(
                List.of("BC102"),
                rename.findings(dialect(database)).stream()
                        .map(finding -> finding.code())
                        .toList());
        assertFalse(rename.destructive());
        assertEquals(List.of("0003"), migrator.applyDirectory(directory, false));

        try (Connection connection = database.jdbc()) {
            assertEquals(List.of("a|ann|null"), rows(connection, "SELECT id, nickname, rating FROM mig_writer"));
        }
        assertEquals(java.util.Optional.of("0003"), migrator.current());

        AuthoredMigration again = author(dir).write(versions.get(2), "nothing");
        assertTrue(again.noChanges());
        assertEquals("0003", again.revision());
        assertEquals(List.of(), again.written());
        assertEquals(3, directory.migrations().size());
        assertEquals(List.of(), migrator.applyDirectory(directory, false));
    }

    @Test
    void theWrittenFilesAreTheMigrationAndTheSumAndCarryBothSnapshots(@TempDir Path dir) throws Exception {
        List<AuthoredMigration> results = writeAll(dir);
        AuthoredMigration first = results.getFirst();
        assertEquals(dir.resolve("0001__create_writer.json"), first.written().getFirst());
        assertEquals(dir.resolve("ormdantic.sum"), first.written().getLast());
        assertTrue(first.written().contains(dir.resolve("0001__create_writer.up.postgresql.sql")));
        assertTrue(first.written().contains(dir.resolve("0001__create_writer.to.json")));
        Migration second = results.get(1).optionalMigration().orElseThrow();
        assertEquals(first.optionalMigration().orElseThrow().toSnapshot(), second.fromSnapshot());
        assertEquals(DialectId.values().length, second.scripts().size());
        assertEquals(
                List.of("ALTER TABLE \"mig_writer\" ADD COLUMN \"rating\" INTEGER"),
                results.get(1).script(DialectId.POSTGRESQL).orElseThrow().up());
        assertEquals(
                List.of("ALTER TABLE [mig_writer] ADD [rating] INT"),
                results.get(1).script(DialectId.MSSQL).orElseThrow().up());
        assertEquals(
                List.of("ALTER TABLE \"mig_writer\" DROP COLUMN \"rating\""),
                results.get(1).script(DialectId.POSTGRESQL).orElseThrow().down());
        assertTrue(second.destructiveRollback(), "dropping the added column loses what it holds");
        assertEquals(Instant.parse("2026-12-07T03:30:00Z"), second.createdAt());
        assertEquals(3, MigrationDirectory.at(dir).migrations().size());
    }

    @Test
    void theSameSnapshotsGiveTheSameBytes(@TempDir Path dir) throws Exception {
        Path one = Files.createDirectory(dir.resolve("one"));
        Path two = Files.createDirectory(dir.resolve("two"));
        writeAll(one);
        writeAll(two);
        List<Path> files;
        try (Stream<Path> listed = Files.list(one)) {
            files = listed.map(Path::getFileName).sorted().toList();
        }
        try (Stream<Path> listed = Files.list(two)) {
            assertEquals(files, listed.map(Path::getFileName).sorted().toList());
        }
        assertTrue(files.size() > 20, files.toString());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file + "");
        }
    }

    @Test
    void aDestructiveDiffIsRefusedUnlessAllowedWithAReason(@TempDir Path dir) throws Exception {
        writeAll(dir);
        MigrationDirectory directory = MigrationDirectory.at(dir);
        TableSpec fewer = new TableSpec(
                "mig_writer", List.of(new ColumnSpec("id", ColumnType.string(40), false)), List.of("id"), List.of());
        SchemaSnapshot target = snapshot(new TableSnapshot(fewer));
        List<Path> before;
        try (Stream<Path> listed = Files.list(dir)) {
            before = listed.sorted().toList();
        }
        byte[] sum = Files.readAllBytes(dir.resolve("ormdantic.sum"));

        MigrationException refused =
                assertThrows(MigrationException.class, () -> author(dir).write(target, "drop columns"));
        assertEquals(ErrorCode.MIGRATION_DESTRUCTIVE, refused.code());
        assertTrue(
                refused.getMessage().contains("Removed column mig_writer.nickname; Removed column mig_writer.rating"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("allowDestructive(\"why\")"), refused.getMessage());
        try (Stream<Path> listed = Files.list(dir)) {
            assertEquals(before, listed.sorted().toList(), "nothing written");
        }
        assertArrayEquals(sum, Files.readAllBytes(dir.resolve("ormdantic.sum")));

        AuthoredMigration allowed = MigrationAuthor.builder(directory)
                .clock(CLOCK)
                .allowDestructive("nicknames and ratings moved to the profile service")
                .build()
                .write(target, "drop columns");
        assertTrue(allowed.destructive());
        assertEquals(
                List.of("DS103", "DS103"),
                allowed.findings(DialectId.POSTGRESQL).stream()
                        .map(finding -> finding.code())
                        .toList());
        Migration written = directory.migrations().getLast();
        assertEquals("0004", written.revision());
        assertTrue(written.destructive());
        assertEquals(
                List.of(Allowance.destructive("nicknames and ratings moved to the profile service")),
                written.allowances());
    }

    @Test
    void aDryRunWritesNothingAndRevisionsFollowTheDirectory(@TempDir Path dir) throws Exception {
        AuthoredMigration dry = MigrationAuthor.builder(MigrationDirectory.at(dir))
                .clock(CLOCK)
                .dialects(DialectId.SQLITE)
                .dryRun(true)
                .build()
                .write(versions().getFirst(), "create writer");
        assertEquals(AuthoredMigration.Status.DRY_RUN, dry.status());
        assertEquals(List.of(DialectId.SQLITE), List.copyOf(dry.statements().keySet()));
        assertFalse(Files.exists(dir.resolve("ormdantic.sum")));

        MigrationAuthor stamped = MigrationAuthor.builder(MigrationDirectory.at(dir))
                .clock(CLOCK)
                .revision("20261207_0300")
                .build();
        assertEquals(
                "20261207_0300",
                stamped.write(versions().getFirst(), "create writer").revision());
        assertEquals("20261207_0330", author(dir).nextRevision(), "a timestamp directory continues with the clock");
        MigrationException early = assertThrows(
                MigrationException.class,
                () -> MigrationAuthor.builder(MigrationDirectory.at(dir))
                        .revision("0002")
                        .build()
                        .write(versions().get(1), "add rating"));
        assertEquals(ErrorCode.MIGRATION_REVISION_UNAVAILABLE, early.code());
        assertTrue(early.getMessage().contains("does not sort after the newest revision 20261207_0300"));
    }

    @Test
    void aHandWrittenNewestMigrationLeavesTheStartUnknown(@TempDir Path dir) {
        MigrationDirectory directory = MigrationDirectory.at(dir);
        directory.add(Migration.builder("0001", "by hand")
                .up(DialectId.SQLITE, List.of("CREATE TABLE mig_hand (id INTEGER PRIMARY KEY)"))
                .build());
        MigrationException e = assertThrows(
                MigrationException.class, () -> author(dir).write(versions().getFirst(), "next"));
        assertEquals(ErrorCode.MIGRATION_SNAPSHOT_MISSING, e.code());
        assertTrue(e.getMessage().contains("migration 0001__by_hand of "), e.getMessage());
    }

    @BackendTest
    void autogenerateStartsFromTheLiveDatabase(TestDatabase database, @TempDir Path dir) throws SQLException {
        MigrationDirectory directory = MigrationDirectory.at(dir);
        List<SchemaSnapshot> versions = versions();
        author(dir).write(versions.get(0), "create writer");
        migrator(database).applyDirectory(directory, false);
        try (Ormdantic db = Ormdantic.builder(database.url()).open()) {
            Inspector inspector = Inspector.of(db).include("mig_*");
            AuthoredMigration next = author(dir).autogenerate(inspector, versions.get(1), "add rating");
            assertEquals(List.of("Added column mig_writer.rating"), next.diff().summary());
            assertEquals(
                    "true", next.optionalMigration().orElseThrow().metadata().get("autogenerated"));
            migrator(database).applyDirectory(directory, false);
            AuthoredMigration none = author(dir).autogenerate(inspector, versions.get(1), "nothing");
            assertTrue(none.noChanges(), () -> none.diff().summary().toString());
        }
    }
}
