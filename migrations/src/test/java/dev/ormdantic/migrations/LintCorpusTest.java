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

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A corpus of single changes, each with the lint codes it must give on one dialect. */
class LintCorpusTest {

    private static TableSpec inSchema(String schema, String name) {
        return new TableSpec(name, List.of(text("id")), List.of("id"), List.of(), schema, List.of(), List.of(), null);
    }

    private static TableSpec book(List<IndexSpec> indexes, List<UniqueSpec> uniques, List<ForeignKeySpec> keys) {
        return table("book", List.of(text("id"), text("title"), text("author_id")), indexes, uniques, keys, List.of());
    }

    private static final ForeignKeySpec AUTHOR_KEY = new ForeignKeySpec(
            "book_author_id_foreign_key",
            List.of("author_id"),
            "",
            "author",
            List.of("id"),
            ForeignKeySpec.Action.NO_ACTION,
            ForeignKeySpec.Action.NO_ACTION);

    private static Arguments corpus(
            String name, SchemaSnapshot from, SchemaSnapshot to, DialectId dialect, List<String> codes) {
        return Arguments.of(name, from, to, dialect, codes);
    }

    static Stream<Arguments> corpus() {
        ColumnSpec rating = integer("rating", true);
        TableSpec author = plain("author", text("id"));
        return Stream.of(
                corpus("add table", SchemaSnapshot.empty(), snapshot(flavor()), DialectId.POSTGRESQL, List.of()),
                corpus(
                        "drop table",
                        snapshot(flavor()),
                        SchemaSnapshot.empty(),
                        DialectId.POSTGRESQL,
                        List.of("DS102")),
                corpus(
                        "drop schema",
                        snapshot(inSchema("sales", "orders")),
                        SchemaSnapshot.empty(),
                        DialectId.POSTGRESQL,
                        List.of("DS102", "DS101")),
                corpus(
                        "drop column",
                        snapshot(flavor(rating)),
                        snapshot(flavor()),
                        DialectId.POSTGRESQL,
                        List.of("DS103")),
                corpus(
                        "drop column on sqlite",
                        snapshot(flavor(rating)),
                        snapshot(flavor()),
                        DialectId.SQLITE,
                        List.of("DS103", "LT101")),
                corpus("add nullable column", snapshot(flavor()), snapshot(flavor(rating)), DialectId.MYSQL, List.of()),
                corpus(
                        "add NOT NULL column without default",
                        snapshot(flavor()),
                        snapshot(flavor(integer("rating", false))),
                        DialectId.POSTGRESQL,
                        List.of("MF104")),
                corpus(
                        "add NOT NULL column with default",
                        snapshot(flavor()),
                        snapshot(flavor(withDefault(integer("rating", false), "0"))),
                        DialectId.POSTGRESQL,
                        List.of()),
                corpus(
                        "nullable to NOT NULL on postgresql",
                        snapshot(flavor(rating)),
                        snapshot(flavor(integer("rating", false))),
                        DialectId.POSTGRESQL,
                        List.of("MF103")),
                corpus(
                        "nullable to NOT NULL on mariadb",
                        snapshot(flavor(rating)),
                        snapshot(flavor(integer("rating", false))),
                        DialectId.MARIADB,
                        List.of("MF103", "MY101")),
                corpus(
                        "narrow a string",
                        snapshot(flavor(column("label", ColumnType.string(80), false))),
                        snapshot(flavor(column("label", ColumnType.string(10), false))),
                        DialectId.POSTGRESQL,
                        List.of("MF105", "PG301")),
                corpus(
                        "widen an integer on postgresql",
                        snapshot(flavor(rating)),
                        snapshot(flavor(column("rating", ColumnType.of(Kind.LONG), true))),
                        DialectId.POSTGRESQL,
                        List.of("PG301")),
                corpus(
                        "widen an integer on mysql",
                        snapshot(flavor(rating)),
                        snapshot(flavor(column("rating", ColumnType.of(Kind.LONG), true))),
                        DialectId.MYSQL,
                        List.of("MY101")),
                corpus(
                        "change a default",
                        snapshot(flavor(withDefault(integer("rating", false), "0"))),
                        snapshot(flavor(withDefault(integer("rating", false), "1"))),
                        DialectId.POSTGRESQL,
                        List.of()),
                corpus(
                        "rename a column",
                        snapshot(plain("author", text("id"), text("nick"))),
                        snapshot(hinted(plain("author", text("id"), text("nickname")), "", Map.of("nickname", "nick"))),
                        DialectId.MARIADB,
                        List.of("BC102")),
                corpus(
                        "rename a table",
                        snapshot(plain("writer", text("id"))),
                        snapshot(hinted(plain("author", text("id")), "writer", Map.of())),
                        DialectId.SQLITE,
                        List.of("BC101")),
                corpus(
                        "add a unique index",
                        snapshot(author, book(List.of(), List.of(), List.of())),
                        snapshot(
                                author,
                                book(
                                        List.of(new IndexSpec("book_title_idx", List.of("title"), true)),
                                        List.of(),
                                        List.of())),
                        DialectId.POSTGRESQL,
                        List.of("MF101")),
                corpus(
                        "add a plain index",
                        snapshot(author, book(List.of(), List.of(), List.of())),
                        snapshot(
                                author,
                                book(
                                        List.of(new IndexSpec("book_title_idx", List.of("title"), false)),
                                        List.of(),
                                        List.of())),
                        DialectId.POSTGRESQL,
                        List.of()),
                corpus(
                        "add a unique constraint on sqlite",
                        snapshot(author, book(List.of(), List.of(), List.of())),
                        snapshot(
                                author,
                                book(
                                        List.of(),
                                        List.of(new UniqueSpec("book_title_unique", List.of("title"))),
                                        List.of())),
                        DialectId.SQLITE,
                        List.of("MF101", "LT101")),
                corpus(
                        "add a foreign key",
                        snapshot(author, book(List.of(), List.of(), List.of())),
                        snapshot(author, book(List.of(), List.of(), List.of(AUTHOR_KEY))),
                        DialectId.POSTGRESQL,
                        List.of("MF106")),
                corpus(
                        "drop a foreign key",
                        snapshot(author, book(List.of(), List.of(), List.of(AUTHOR_KEY))),
                        snapshot(author, book(List.of(), List.of(), List.of())),
                        DialectId.MARIADB,
                        List.of("CD101")),
                corpus(
                        "add a check",
                        snapshot(flavor(rating)),
                        snapshot(new TableSpec(
                                "flavor",
                                flavor(rating).columns(),
                                List.of("id"),
                                List.of(),
                                List.of(new CheckSpec.Sql("flavor_rating_check", "rating > 0")))),
                        DialectId.ORACLE,
                        List.of("MF106")));
    }

    @ParameterizedTest(name = "{0} on {3}")
    @MethodSource("corpus")
    void givesTheExpectedCodes(
            String name, SchemaSnapshot from, SchemaSnapshot to, DialectId dialect, List<String> codes) {
        MigrationPlan plan = MigrationPlan.of(SchemaDiff.between(from, to), dialect);
        assertEquals(codes, plan.lint().stream().map(LintFinding::code).toList(), name);
    }
}
