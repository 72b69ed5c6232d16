package dev.ormdantic.dialect.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec.Action;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.schema.ViewSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "goldens", "snapshot", "rich.json");

    /** Every part of the model: each generation, each check kind, enums, keys, uniques, indexes, a view, renames. */
    static SchemaSnapshot rich() {
        TableSpec author = new TableSpec(
                "author",
                List.of(
                        new ColumnSpec("id", ColumnType.of(Kind.LONG), false)
                                .withGeneration(new ColumnGeneration.Identity()),
                        new ColumnSpec("nickname", ColumnType.string(40), false)
                                .with(
                                        List.of(
                                                new CheckSpec.Length(
                                                        "author_nickname_min_length_check", "nickname", true, 2),
                                                new CheckSpec.NotBlank("author_nickname_not_blank_check", "nickname"),
                                                new CheckSpec.Matches(
                                                        "author_nickname_pattern_check", "nickname", "[a-z]+")),
                                        null),
                        new ColumnSpec("mood", ColumnType.unboundedString(), true)
                                .with(
                                        List.of(new CheckSpec.OneOf(
                                                "author_mood_enum_check", "mood", List.of("happy", "sad"))),
                                        new EnumSpec(List.of("HAPPY", "SAD"), List.of("happy", "sad"), "mood")),
                        new ColumnSpec("price", ColumnType.decimal(10, 2), false)
                                .with(
                                        List.of(new CheckSpec.Compare(
                                                "author_price_gt_check", "price", CheckSpec.Comparison.GT, "0.01")),
                                        null),
                        new ColumnSpec("created", ColumnType.of(Kind.INSTANT), false)
                                .withGeneration(new ColumnGeneration.ServerDefault("CURRENT_TIMESTAMP")),
                        new ColumnSpec("total", ColumnType.bigInteger(20), true)
                                .withGeneration(new ColumnGeneration.Computed("price * 2", true)),
                        new ColumnSpec("ticket", ColumnType.of(Kind.INT), false)
                                .withGeneration(new ColumnGeneration.Sequence("ticket_seq", 100, 5)),
                        new ColumnSpec("quote \"q\"\n", ColumnType.of(Kind.JSON), true)),
                List.of("id"),
                List.of(new IndexSpec("author_nickname_idx", List.of("nickname"), false, "mood IS NOT NULL")),
                "",
                List.of(new UniqueSpec("author_unique_0", List.of("nickname", "price"))),
                List.of(),
                null,
                List.of(new CheckSpec.Sql("author_ticket_check", "ticket > 0")));
        TableSpec post = new TableSpec(
                "post",
                List.of(
                        new ColumnSpec("id", ColumnType.of(Kind.UUID), false),
                        new ColumnSpec("author_id", ColumnType.of(Kind.LONG), false)),
                List.of("id"),
                List.of(new IndexSpec("post_author_id_unique_idx", List.of("author_id"), true)),
                "blog",
                List.of(),
                List.of(new ForeignKeySpec(
                        "post_author_id_foreign_key",
                        List.of("author_id"),
                        "",
                        "author",
                        List.of("id"),
                        Action.CASCADE,
                        Action.SET_NULL)),
                null);
        TableSpec view = new TableSpec(
                "author_names",
                List.of(new ColumnSpec("id", ColumnType.of(Kind.LONG), false)),
                List.of("id"),
                List.of(),
                "",
                List.of(),
                List.of(),
                new ViewSpec("SELECT id FROM author", false));
        return SchemaSnapshot.of(List.of(
                new TableSnapshot(post, "article", new TreeMap<>(Map.of("author_id", "writer_id"))),
                new TableSnapshot(author, "", new TreeMap<>(Map.of("nickname", "nick"))),
                new TableSnapshot(view)));
    }

    @Test
    void roundTripsExactly() {
        SchemaSnapshot snapshot = rich();
        String json = SnapshotJson.write(snapshot);
        SchemaSnapshot read = SnapshotJson.read(json);
        assertEquals(snapshot, read);
        assertEquals(json, SnapshotJson.write(read));
    }

    @Test
    void writesTheSameBytesForTheSameTablesInAnyOrder() {
        SchemaSnapshot snapshot = rich();
        SchemaSnapshot reversed = SchemaSnapshot.of(snapshot.tables().reversed());
        assertEquals(SnapshotJson.write(snapshot), SnapshotJson.write(reversed));
        String json = SnapshotJson.write(snapshot);
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertEquals(
                List.of("author", "author_names", "post"),
                snapshot.tables().stream().map(TableSnapshot::name).toList());
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        String json = SnapshotJson.write(rich());
        if (Boolean.getBoolean("goldens.update")) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), json);
    }

    @Test
    void refusesAnUnknownVersionAndNamesAMissingField() {
        IllegalArgumentException version = assertThrows(
                IllegalArgumentException.class, () -> SnapshotJson.read("{\"version\": 9, \"tables\": []}"));
        assertEquals("schema snapshot version 9 is not supported; this release reads version 1", version.getMessage());
        IllegalArgumentException missing = assertThrows(
                IllegalArgumentException.class,
                () -> SnapshotJson.read("{\"version\": 1, \"tables\": [{\"schema\": \"\", \"name\": \"t\"}]}"));
        assertEquals("schema snapshot: snapshot.tables[t].columns is missing", missing.getMessage());
    }

    @Test
    void mergeReplacesTablesOfTheSameName() {
        SchemaSnapshot snapshot = rich();
        TableSpec smaller = new TableSpec(
                "author", List.of(new ColumnSpec("id", ColumnType.of(Kind.LONG), false)), List.of("id"), List.of());
        SchemaSnapshot merged = snapshot.merge(SchemaSnapshot.of(List.of(new TableSnapshot(smaller))));
        assertEquals(3, merged.tables().size());
        assertEquals(smaller, merged.table("", "author").orElseThrow().table());
    }
}
