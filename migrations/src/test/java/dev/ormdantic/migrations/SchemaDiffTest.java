package dev.ormdantic.migrations;

import static dev.ormdantic.migrations.Tables.column;
import static dev.ormdantic.migrations.Tables.flavor;
import static dev.ormdantic.migrations.Tables.hinted;
import static dev.ormdantic.migrations.Tables.integer;
import static dev.ormdantic.migrations.Tables.plain;
import static dev.ormdantic.migrations.Tables.snapshot;
import static dev.ormdantic.migrations.Tables.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.SchemaChange.Safety;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    @Test
    void equalSnapshotsHaveNoChange() {
        assertTrue(SchemaDiff.between(snapshot(flavor()), snapshot(flavor())).isEmpty());
    }

    @Test
    void addedAndRemovedTablesUseTheSeedMessagesAndCodes() {
        SchemaDiff diff = SchemaDiff.between(snapshot(plain("old_table", text("id"))), snapshot(flavor()));
        assertEquals(List.of("Added table flavor", "Removed table old_table"), diff.summary());
        assertEquals(
                List.of("destructive_table_remove: Removed table old_table; this may delete or rewrite existing data"),
                diff.warnings());
        assertTrue(diff.hasDestructiveChanges());
    }

    @Test
    void columnsAddedRemovedAndChanged() {
        SchemaSnapshot before = snapshot(flavor(integer("rating", false), text("code"), integer("stock", true)));
        SchemaSnapshot after = snapshot(flavor(
                column("rating", ColumnType.of(Kind.LONG), true),
                integer("stock", false),
                integer("sold", false),
                integer("note", true)));
        SchemaDiff diff = SchemaDiff.between(before, after);
        assertEquals(
                List.of(
                        "Added column flavor.sold",
                        "Added column flavor.note",
                        "Removed column flavor.code",
                        "Changed column flavor.rating: type, nullable",
                        "Changed column flavor.stock: nullable"),
                diff.summary());
        assertEquals(
                List.of(
                        "unsafe_column_add: Added column flavor.sold; review before applying",
                        "destructive_column_remove: Removed column flavor.code; this may delete or rewrite existing"
                                + " data",
                        "unsafe_column_change: Changed column flavor.rating: type, nullable; review before applying",
                        "unsafe_column_change: Changed column flavor.stock: nullable; review before applying"),
                diff.warnings());
    }

    @Test
    void narrowingATypeIsDestructive() {
        SchemaSnapshot before = snapshot(flavor(column("label", ColumnType.string(80), false)));
        SchemaSnapshot after = snapshot(flavor(column("label", ColumnType.string(20), false)));
        SchemaChange change = SchemaDiff.between(before, after).changes().get(0);
        assertEquals(Safety.DESTRUCTIVE, change.safety());
        assertEquals("destructive_column_change", change.warningCode());
        assertEquals(
                Safety.UNSAFE,
                SchemaDiff.between(after, before).changes().get(0).safety());
    }

    @Test
    void aHintedColumnIsRenamedAndTheReverseRenamesItBack() {
        SchemaSnapshot before = snapshot(plain("author", text("id"), text("nick")));
        SchemaSnapshot after =
                snapshot(hinted(plain("author", text("id"), text("nickname")), "", Map.of("nickname", "nick")));
        SchemaDiff diff = SchemaDiff.between(before, after);
        assertEquals(List.of("Renamed column author.nick to author.nickname"), diff.summary());
        assertFalse(diff.hasDestructiveChanges());
        assertEquals(
                List.of("Renamed column author.nickname to author.nick"),
                diff.reverse().summary());
    }

    @Test
    void aHintedTableIsRenamed() {
        SchemaSnapshot before = snapshot(plain("writer", text("id"), text("nick")));
        SchemaSnapshot after =
                snapshot(hinted(plain("author", text("id"), text("nickname")), "writer", Map.of("nickname", "nick")));
        SchemaDiff diff = SchemaDiff.between(before, after);
        assertEquals(
                List.of("Renamed table writer to author", "Renamed column author.nick to author.nickname"),
                diff.summary());
        assertEquals(
                List.of("Renamed table author to writer", "Renamed column writer.nickname to writer.nick"),
                diff.reverse().summary());
    }

    @Test
    void aHintWhoseOldNameIsGoneDoesNothing() {
        SchemaSnapshot both =
                snapshot(hinted(plain("author", text("id"), text("nickname")), "writer", Map.of("nickname", "nick")));
        assertTrue(SchemaDiff.between(both, both).isEmpty());
    }

    @Test
    void anUnhintedColumnRenameFailsWithTheAnnotationToAdd() {
        SchemaSnapshot before = snapshot(hinted(plain("author", text("id"), text("nick")), "", Map.of()));
        SchemaSnapshot after = snapshot(hinted(plain("author", text("id"), text("nickname")), "", Map.of()));
        MigrationException e = assertThrows(MigrationException.class, () -> SchemaDiff.between(before, after));
        assertEquals(ErrorCode.MIGRATION_PROBABLE_RENAME, e.code());
        assertEquals(
                "[ORM2701] column author.nick was removed and column author.nickname was added with the same"
                        + " definition; a diff does not guess whether it was renamed; if it was renamed (keeping its"
                        + " data), add @RenamedFrom(\"nick\") String nickname on Author; if"
                        + " the old one really goes and the new one starts empty, make the change in two migrations"
                        + " (remove, then add)",
                e.getMessage());
    }

    @Test
    void anUnhintedTableRenameFailsWithTheAnnotationToAdd() {
        SchemaSnapshot before = snapshot(plain("writer", text("id"), text("name")));
        SchemaSnapshot after = snapshot(hinted(plain("author", text("id"), text("name")), "", Map.of()));
        MigrationException e = assertThrows(MigrationException.class, () -> SchemaDiff.between(before, after));
        assertTrue(e.getMessage().contains("add @RenamedFrom(\"writer\") on test.Author"), e.getMessage());
    }

    @Test
    void aColumnWithAnotherDefinitionIsARealDropAndAdd() {
        SchemaSnapshot before = snapshot(plain("author", text("id"), text("nick")));
        SchemaSnapshot after = snapshot(plain("author", text("id"), integer("age", true)));
        assertEquals(
                List.of("Added column author.age", "Removed column author.nick"),
                SchemaDiff.between(before, after).summary());
    }
}
