package dev.ormdantic.migrations;

import static dev.ormdantic.migrations.Tables.column;
import static dev.ormdantic.migrations.Tables.flavor;
import static dev.ormdantic.migrations.Tables.hinted;
import static dev.ormdantic.migrations.Tables.integer;
import static dev.ormdantic.migrations.Tables.plain;
import static dev.ormdantic.migrations.Tables.snapshot;
import static dev.ormdantic.migrations.Tables.table;
import static dev.ormdantic.migrations.Tables.text;
import static dev.ormdantic.migrations.Tables.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec.Action;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plans for all six dialects against golden files {@code src/test/resources/goldens/plans/<case>.<dialect>.sql}
 * (up, then down); {@code -Dgoldens.update=true} writes them anew.
 */
class MigrationPlanTest {

    private static final Path ROOT = Path.of("src", "test", "resources", "goldens", "plans");

    static Map<String, SchemaSnapshot[]> cases() {
        return Map.of(
                "add_nullable_column",
                new SchemaSnapshot[] {snapshot(flavor()), snapshot(flavor(integer("rating", true)))},
                "drop_column",
                new SchemaSnapshot[] {snapshot(flavor(integer("rating", true))), snapshot(flavor())},
                // SQL Server refuses to drop a column a default or check depends on: those go first.
                "drop_column_with_default_and_check",
                new SchemaSnapshot[] {
                    snapshot(flavor(withDefault(column("label", ColumnType.string(20), false), "'none'")
                            .with(
                                    List.of(new CheckSpec.Length("flavor_label_max_length_check", "label", false, 20)),
                                    null))),
                    snapshot(flavor())
                },
                "rename_column",
                new SchemaSnapshot[] {
                    snapshot(plain("author", text("id"), text("nick"))),
                    snapshot(hinted(plain("author", text("id"), text("nickname")), "", Map.of("nickname", "nick")))
                },
                "rename_table",
                new SchemaSnapshot[] {
                    snapshot(plain("writer", text("id"), text("name"))),
                    snapshot(hinted(plain("author", text("id"), text("name")), "writer", Map.of()))
                },
                "alter_column",
                new SchemaSnapshot[] {
                    snapshot(flavor(integer("rating", true), column("label", ColumnType.string(20), false))),
                    snapshot(flavor(
                            column("rating", ColumnType.of(Kind.LONG), false),
                            withDefault(column("label", ColumnType.string(80), false), "'none'")))
                },
                "constraints",
                new SchemaSnapshot[] {
                    snapshot(
                            plain("author", text("id"), text("name")),
                            table(
                                    "book",
                                    List.of(text("id"), text("title"), text("author_id"), integer("pages", false)),
                                    List.of(new IndexSpec("book_title_idx", List.of("title"), false)),
                                    List.of(),
                                    List.of(),
                                    List.of())),
                    snapshot(
                            plain("author", text("id"), text("name")),
                            table(
                                    "book",
                                    List.of(text("id"), text("title"), text("author_id"), integer("pages", false)),
                                    List.of(new IndexSpec("book_author_id_idx", List.of("author_id"), false)),
                                    List.of(new UniqueSpec("book_title_unique", List.of("title"))),
                                    List.of(new ForeignKeySpec(
                                            "book_author_id_foreign_key",
                                            List.of("author_id"),
                                            "",
                                            "author",
                                            List.of("id"),
                                            Action.CASCADE,
                                            Action.NO_ACTION)),
                                    List.of(new CheckSpec.Sql("book_pages_check", "pages > 0"))))
                },
                "create_and_drop_tables",
                new SchemaSnapshot[] {
                    snapshot(plain("legacy", text("id"))),
                    snapshot(
                            plain("author", text("id"), text("name")),
                            table(
                                    "book",
                                    List.of(text("id"), text("author_id")),
                                    List.of(),
                                    List.of(),
                                    List.of(new ForeignKeySpec(
                                            "book_author_id_foreign_key",
                                            List.of("author_id"),
                                            "",
                                            "author",
                                            List.of("id"),
                                            Action.NO_ACTION,
                                            Action.NO_ACTION)),
                                    List.of()))
                });
    }

    static Stream<Arguments> casesByDialect() {
        return cases().keySet().stream()
                .sorted()
                .flatMap(name -> Stream.of(DialectId.values()).map(dialect -> Arguments.of(name, dialect)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("casesByDialect")
    void matchesTheGoldenSql(String name, DialectId dialect) throws IOException {
        SchemaSnapshot[] pair = java.util.Objects.requireNonNull(cases().get(name));
        MigrationPlan plan = MigrationPlan.of(SchemaDiff.between(pair[0], pair[1]), dialect);
        StringBuilder text = new StringBuilder("-- up\n");
        plan.dryRun().forEach(sql -> text.append(sql).append(";\n"));
        text.append("-- down\n");
        plan.rollbackSql().forEach(sql -> text.append(sql).append(";\n"));
        Path file = ROOT.resolve(name + "." + dialect.name().toLowerCase(Locale.ROOT) + ".sql");
        if (Boolean.getBoolean("goldens.update")) {
            Files.createDirectories(ROOT);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("missing golden " + file + "; run with -Dgoldens.update=true and review it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), text.toString(), "golden " + file);
    }

    @Test
    void addNullableColumnGivesTheSeedStatements() {
        SchemaDiff diff = SchemaDiff.between(snapshot(flavor()), snapshot(flavor(integer("rating", true))));
        assertEquals(
                List.of("ALTER TABLE `flavor` ADD COLUMN `rating` INTEGER"),
                MigrationPlan.of(diff, DialectId.SQLITE).up().stream()
                        .map(MigrationOperation::sql)
                        .toList());
        assertEquals(
                List.of("ALTER TABLE \"flavor\" ADD COLUMN \"rating\" INTEGER"),
                MigrationPlan.of(diff, DialectId.POSTGRESQL).dryRun());
        assertEquals(
                List.of("ALTER TABLE `flavor` ADD COLUMN `rating` INT"),
                MigrationPlan.of(diff, DialectId.MYSQL).dryRun());
        assertEquals(
                List.of("ALTER TABLE [flavor] ADD [rating] INT"),
                MigrationPlan.of(diff, DialectId.MSSQL).dryRun());
        assertEquals(
                List.of("ALTER TABLE \"flavor\" ADD (\"rating\" NUMBER(10))"),
                MigrationPlan.of(diff, DialectId.ORACLE).dryRun());
    }

    @Test
    void aDestructivePlanIsRefusedUnlessAllowed() {
        SchemaDiff diff = SchemaDiff.between(snapshot(flavor(integer("rating", true))), snapshot(flavor()));
        MigrationPlan plan = MigrationPlan.of(diff, DialectId.POSTGRESQL);
        MigrationException e = assertThrows(MigrationException.class, plan::up);
        assertEquals(ErrorCode.MIGRATION_DESTRUCTIVE, e.code());
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "[ORM2702] the migration contains destructive changes: Removed column flavor.rating"),
                e.getMessage());
        assertEquals(List.of("ALTER TABLE \"flavor\" DROP COLUMN \"rating\""), plan.dryRun());
        MigrationPlan allowed = plan.allowDestructive("rating moved to the review table");
        assertEquals(1, allowed.up().size());
        assertEquals("rating moved to the review table", allowed.destructiveAllowance());
        assertThrows(IllegalArgumentException.class, () -> plan.allowDestructive(" "));
    }

    @Test
    void sqliteRebuildsForADroppedColumnKeepingTheOtherColumns() {
        SchemaDiff diff = SchemaDiff.between(snapshot(flavor(integer("rating", true))), snapshot(flavor()));
        List<MigrationOperation> up = MigrationPlan.of(diff, DialectId.SQLITE)
                .allowDestructive("test")
                .up();
        assertTrue(up.stream().allMatch(MigrationOperation::sqliteRebuild));
        assertEquals(
                "INSERT INTO `__ormdantic_rebuild_flavor` (`id`, `name`) SELECT `id`, `name` FROM `flavor`",
                up.get(2).sql());
    }

    /**
     * Two removed tables where one references the other: the referencing one is dropped first, also when its key
     * names no target schema for a table of its own schema (as MySQL, MariaDB and SQL Server report a key read from
     * the schema it points into).
     */
    @Test
    void removedTablesAreDroppedReferencingFirst() {
        for (String schema : List.of("", "shop")) {
            TableSpec parent = new TableSpec(
                    "a_parent",
                    List.of(text("id")),
                    List.of("id"),
                    List.of(),
                    schema,
                    List.of(),
                    List.of(),
                    null,
                    List.of());
            ForeignKeySpec toParent = new ForeignKeySpec(
                    "z_child_parent_fk",
                    List.of("parent"),
                    "",
                    "a_parent",
                    List.of("id"),
                    Action.NO_ACTION,
                    Action.NO_ACTION);
            TableSpec child = new TableSpec(
                    "z_child",
                    List.of(text("id"), text("parent")),
                    List.of("id"),
                    List.of(),
                    schema,
                    List.of(),
                    List.of(toParent),
                    null,
                    List.of());
            List<String> up = MigrationPlan.of(
                            SchemaDiff.between(snapshot(parent, child), SchemaSnapshot.empty()), DialectId.POSTGRESQL)
                    .allowDestructive("test")
                    .up()
                    .stream()
                    .map(MigrationOperation::sql)
                    .toList();
            String prefix = schema.isEmpty() ? "" : "\"" + schema + "\".";
            assertEquals(
                    List.of(
                            "DROP TABLE IF EXISTS " + prefix + "\"z_child\"",
                            "DROP TABLE IF EXISTS " + prefix + "\"a_parent\""),
                    up.subList(0, 2),
                    "schema '" + schema + "'");
        }
    }
}
