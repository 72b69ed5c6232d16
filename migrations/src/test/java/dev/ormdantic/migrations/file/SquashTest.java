package dev.ormdantic.migrations.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Squash plans the net migration when the snapshots explain the statements, and concatenates (saying why) when not. */
class SquashTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T04:00:00Z"), ZoneOffset.UTC);

    private static TableSpec table(String name, ColumnSpec... columns) {
        return new TableSpec(name, List.of(columns), List.of("id"), List.of());
    }

    private static ColumnSpec id() {
        return new ColumnSpec("id", ColumnType.string(40), false);
    }

    private static ColumnSpec rating() {
        return new ColumnSpec("rating", ColumnType.of(Kind.INT), true);
    }

    private static SchemaSnapshot snapshot(TableSpec... tables) {
        return SchemaSnapshot.of(
                List.of(tables).stream().map(TableSnapshot::new).toList());
    }

    /** 0001 creates flavor; 0002 creates scratch; 0003 adds flavor.rating; 0004 drops scratch. */
    private static List<Migration> written(Path dir) {
        MigrationDirectory directory = MigrationDirectory.at(dir);
        List<SchemaSnapshot> versions = List.of(
                snapshot(table("flavor", id())),
                snapshot(table("flavor", id()), table("scratch", id())),
                snapshot(table("flavor", id(), rating()), table("scratch", id())),
                snapshot(table("flavor", id(), rating())));
        for (int i = 0; i < versions.size(); i++) {
            MigrationAuthor.builder(directory)
                    .clock(CLOCK)
                    .dialects(DialectId.SQLITE, DialectId.POSTGRESQL)
                    .allowDestructive("scratch was a temporary table")
                    .build()
                    .write(versions.get(i), "step " + (i + 1));
        }
        return directory.migrations();
    }

    @Test
    void aTableAddedThenDroppedDisappearsFromTheNetMigration(@TempDir Path dir) {
        List<Migration> migrations = written(dir);
        Squash.Squashed squashed = Squash.of("0004s", migrations, CLOCK);
        assertTrue(squashed.net(), squashed.reason());
        assertEquals("", squashed.reason());
        Migration net = squashed.migration();
        assertEquals(
                List.of("CREATE TABLE IF NOT EXISTS \"flavor\" (\"id\" VARCHAR(40) NOT NULL, \"rating\" INTEGER NULL,"
                        + " CONSTRAINT \"flavor_pkey\" PRIMARY KEY (\"id\"))"),
                net.script(DialectId.POSTGRESQL).orElseThrow().up());
        assertEquals(
                List.of("DROP TABLE IF EXISTS \"flavor\""),
                net.script(DialectId.POSTGRESQL).orElseThrow().down());
        assertFalse(net.destructive(), "the only drop was of a table the range itself created");
        assertTrue(net.destructiveRollback());
        assertEquals(migrations.getFirst().fromSnapshot(), net.fromSnapshot());
        assertEquals(migrations.getLast().toSnapshot(), net.toSnapshot());
        assertEquals("0001,0002,0003,0004", net.metadata().get("squashed_revisions"));
        assertEquals(Instant.parse("2026-12-07T04:00:00Z"), net.createdAt());
        String sqlite =
                String.join("\n", net.script(DialectId.SQLITE).orElseThrow().up());
        assertFalse(sqlite.contains("scratch"), sqlite);

        Squash.Squashed tail = Squash.of("x", migrations.subList(1, 4), CLOCK);
        assertTrue(tail.net());
        assertEquals(
                List.of("ALTER TABLE \"flavor\" ADD COLUMN \"rating\" INTEGER"),
                tail.migration().script(DialectId.POSTGRESQL).orElseThrow().up());
    }

    @Test
    void aHandEditedMigrationIsConcatenatedWithTheReason(@TempDir Path dir) {
        List<Migration> migrations = written(dir);
        Migration third = migrations.get(2);
        Map<DialectId, Script> edited = new EnumMap<>(third.scripts());
        Script postgres = third.script(DialectId.POSTGRESQL).orElseThrow();
        edited.put(
                DialectId.POSTGRESQL,
                new Script(List.of(postgres.up().getFirst(), "UPDATE \"flavor\" SET \"rating\" = 3"), postgres.down()));
        Migration handEdited = new Migration(
                third.revision(),
                third.description(),
                third.createdAt(),
                third.dependsOn(),
                edited,
                third.destructive(),
                third.destructiveRollback(),
                third.allowances(),
                third.fromSnapshot(),
                third.toSnapshot(),
                third.metadata());
        List<Migration> range = List.of(migrations.get(0), migrations.get(1), handEdited, migrations.get(3));
        Squash.Squashed squashed = Squash.of("0004s", range, CLOCK);
        assertFalse(squashed.net());
        assertEquals(
                "the PostgreSQL statements of migration 0003 are not what its snapshots plan (written or edited by"
                        + " hand), so the statements were concatenated",
                squashed.reason());
        List<String> up =
                squashed.migration().script(DialectId.POSTGRESQL).orElseThrow().up();
        assertEquals(5, up.size(), up.toString());
        assertEquals("UPDATE \"flavor\" SET \"rating\" = 3", up.get(3));
        assertEquals("DROP TABLE IF EXISTS \"scratch\"", up.get(4));
        assertTrue(squashed.migration().destructive());
    }

    @Test
    void aMigrationWithoutSnapshotsIsConcatenatedWithTheReason() {
        Squash.Squashed squashed =
                Squash.of("0002s", List.of(MigrationDirectoryTest.first(), MigrationDirectoryTest.second()), CLOCK);
        assertFalse(squashed.net());
        assertEquals(
                "migration 0001 records no source snapshot, so its statements were concatenated", squashed.reason());
        assertEquals(
                List.of("CREATE TABLE flavor (id TEXT PRIMARY KEY)", "ALTER TABLE flavor ADD COLUMN rating INTEGER"),
                squashed.migration().script(DialectId.SQLITE).orElseThrow().up());
    }
}
