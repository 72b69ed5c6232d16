package dev.ormdantic.it;

import static dev.ormdantic.it.RelationPredicateTest.THICK;
import static dev.ormdantic.it.Relations.BOOK_GENRES;
import static dev.ormdantic.it.Relations.BOOK_PUBLISHER;
import static dev.ormdantic.it.Relations.BOOK_REVIEWS;
import static dev.ormdantic.it.Relations.PUBLISHER_BOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.DynamicSql;
import dev.ormdantic.dialect.UnsupportedFeatureException;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.it.model.BookTable;
import dev.ormdantic.it.model.GenreTable;
import dev.ormdantic.it.model.PublisherTable;
import dev.ormdantic.it.model.ReviewTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SQL of each kind of relation predicate on all six dialects, compared with golden files
 * ({@code src/test/resources/goldens/relation/<case>.<dialect>.sql}; {@code -Dgoldens.update=true} writes them anew),
 * and the truth table of {@link RelationPredicateTest} run on SQL Server's and Oracle's SQL in H2's compatibility
 * modes.
 */
class RelationPredicateSqlTest {

    private static final Path GOLDENS = Paths.get("src", "test", "resources", "goldens", "relation");
    private static final TableSpec PUBLISHER = PublisherTable.TABLE.spec();
    private static final TableSpec BOOK = BookTable.TABLE.spec();

    @ParameterizedTest
    @EnumSource(DialectId.class)
    void eachKindOfPredicateRendersAsItsGolden(DialectId id) {
        Dialect dialect = Dialects.of(id);
        golden("any", dialect, find(dialect, PUBLISHER, PUBLISHER_BOOKS.any(THICK), OrderBy.none()));
        golden("empty", dialect, find(dialect, PUBLISHER, PUBLISHER_BOOKS.empty(), OrderBy.none()));
        golden("none", dialect, find(dialect, PUBLISHER, PUBLISHER_BOOKS.none(THICK), OrderBy.none()));
        golden("every", dialect, find(dialect, PUBLISHER, PUBLISHER_BOOKS.every(THICK), OrderBy.none()));
        golden(
                "every_non_empty",
                dialect,
                find(dialect, PUBLISHER, PUBLISHER_BOOKS.everyNonEmpty(THICK), OrderBy.none()));
        golden(
                "count_order",
                dialect,
                find(
                        dialect,
                        PUBLISHER,
                        PUBLISHER_BOOKS.count(THICK).gt(1L),
                        OrderBy.desc(PUBLISHER_BOOKS.count()).thenAsc(PublisherTable.ID)));
        golden("has", dialect, find(dialect, BOOK, BOOK_PUBLISHER.has(PublisherTable.NAME.eq("Acme")), OrderBy.none()));
        golden(
                "many_to_many",
                dialect,
                find(dialect, BOOK, BOOK_GENRES.any(GenreTable.NAME.eq("fiction")), OrderBy.none()));
        golden(
                "nested",
                dialect,
                find(
                        dialect,
                        PUBLISHER,
                        PUBLISHER_BOOKS.any(BOOK_REVIEWS.any(ReviewTable.STARS.ge(4))),
                        OrderBy.none()));
        golden(
                "aliased_query",
                dialect,
                DynamicSql.select(
                        dialect,
                        QueryTrees.select(Query.from(PublisherTable.TABLE)
                                .as("p")
                                .select(
                                        PublisherTable.ID.as("id"),
                                        PUBLISHER_BOOKS.count().as("books"))
                                .where(PUBLISHER_BOOKS.any(THICK)))));
        golden("delete", dialect, DynamicSql.delete(dialect, PUBLISHER, QueryTrees.where(PUBLISHER_BOOKS.empty())));
    }

    /** The truth table of every kind, and the count ordering, on SQL Server's and Oracle's SQL in H2. */
    @ParameterizedTest
    @CsvSource({"MSSQL, MSSQLServer", "ORACLE, Oracle"})
    void truthTableInH2Modes(DialectId id, String mode) throws SQLException {
        Dialect dialect = Dialects.of(id);
        try (Connection connection =
                DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=" + mode)) {
            if (id == DialectId.MSSQL) {
                H2Functions.register(connection);
            }
            seed(connection);
            assertEquals(List.of(1L, 4L, 5L), ids(connection, dialect, PUBLISHER, PUBLISHER_BOOKS.any(THICK)));
            assertEquals(List.of(2L), ids(connection, dialect, PUBLISHER, PUBLISHER_BOOKS.empty()));
            assertEquals(List.of(2L, 3L, 6L), ids(connection, dialect, PUBLISHER, PUBLISHER_BOOKS.none(THICK)));
            assertEquals(List.of(1L, 2L, 4L), ids(connection, dialect, PUBLISHER, PUBLISHER_BOOKS.every(THICK)));
            assertEquals(List.of(1L, 4L), ids(connection, dialect, PUBLISHER, PUBLISHER_BOOKS.everyNonEmpty(THICK)));
            assertEquals(
                    List.of(1L, 4L),
                    ids(
                            connection,
                            dialect,
                            PUBLISHER,
                            PUBLISHER_BOOKS.any(BOOK_REVIEWS.any(ReviewTable.STARS.ge(4)))));
            assertEquals(
                    List.of(10L, 11L),
                    ids(connection, dialect, BOOK, BOOK_PUBLISHER.has(PublisherTable.NAME.eq("Acme"))));
            assertEquals(
                    List.of(16L),
                    ids(connection, dialect, BOOK, BOOK_PUBLISHER.has().not()));
            assertEquals(
                    List.of(14L, 15L), ids(connection, dialect, BOOK, BOOK_GENRES.any(GenreTable.NAME.eq("fiction"))));
            RenderedSql ordered = DynamicSql.selectSorted(
                    dialect,
                    PUBLISHER,
                    null,
                    QueryTrees.order(OrderBy.<dev.ormdantic.it.model.Publisher>desc(PUBLISHER_BOOKS.count(THICK))
                            .thenAsc(PublisherTable.ID)),
                    null,
                    null);
            assertEquals(List.of(1L, 4L, 5L, 2L, 3L, 6L), ids(connection, dialect, ordered));
        }
    }

    @Test
    void onlyMySqlRefusesAWriteThatReadsItsOwnTable() {
        Filter<?> childless = Relations.CLERK_REPORTS.empty();
        TableSpec clerk = dev.ormdantic.it.model.ClerkTable.TABLE.spec();
        for (DialectId id : DialectId.values()) {
            Dialect dialect = Dialects.of(id);
            if (id == DialectId.MYSQL) {
                UnsupportedFeatureException refused = assertThrows(
                        UnsupportedFeatureException.class,
                        () -> DynamicSql.delete(dialect, clerk, QueryTrees.where(childless)));
                assertTrue(refused.feature().contains("MySQL error 1093"), refused.feature());
                // a predicate on another table is fine
                assertEquals(
                        "DELETE FROM `publisher` WHERE NOT EXISTS (SELECT 1 FROM `book` AS `ormdantic_rel_books` WHERE"
                                + " `ormdantic_rel_books`.`publisher_id` = `publisher`.`id`)",
                        DynamicSql.delete(dialect, PUBLISHER, QueryTrees.where(PUBLISHER_BOOKS.empty()))
                                .sql());
            } else {
                assertTrue(DynamicSql.delete(dialect, clerk, QueryTrees.where(childless))
                        .sql()
                        .contains("ormdantic_rel_reports"));
            }
        }
    }

    private static RenderedSql find(Dialect dialect, TableSpec table, Filter<?> filter, OrderBy<?> order) {
        return DynamicSql.selectSorted(dialect, table, QueryTrees.where(filter), QueryTrees.order(order), null, null);
    }

    private static void golden(String testCase, Dialect dialect, RenderedSql rendered) {
        Path file = GOLDENS.resolve(testCase + "." + dialect.name() + ".sql");
        String text = rendered.sql() + "\n";
        try {
            if (Boolean.getBoolean("goldens.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("Missing golden file " + file + "; run with -Dgoldens.update=true to create it, then review it."
                        + " Rendered:\n" + text);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), text, "golden " + file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write " + file, e);
        }
    }

    private static void seed(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE \"publisher\" (\"id\" BIGINT PRIMARY KEY, \"name\" VARCHAR(40) NOT NULL)");
            statement.execute("CREATE TABLE \"book\" (\"id\" BIGINT PRIMARY KEY, \"publisher_id\" BIGINT,"
                    + " \"title\" VARCHAR(40) NOT NULL, \"pages\" INT)");
            statement.execute("CREATE TABLE \"review\" (\"id\" BIGINT PRIMARY KEY, \"book_id\" BIGINT NOT NULL,"
                    + " \"stars\" INT NOT NULL)");
            statement.execute("CREATE TABLE \"genre\" (\"id\" BIGINT PRIMARY KEY, \"name\" VARCHAR(40) NOT NULL)");
            statement.execute("CREATE TABLE \"book_genre\" (\"id\" BIGINT PRIMARY KEY, \"book_id\" BIGINT NOT NULL,"
                    + " \"genre_id\" BIGINT NOT NULL)");
        }
        for (var p : RelationPredicateTest.PUBLISHERS) {
            run(connection, "INSERT INTO \"publisher\" VALUES (?, ?)", p.id(), p.name());
        }
        for (var b : RelationPredicateTest.BOOKS) {
            run(connection, "INSERT INTO \"book\" VALUES (?, ?, ?, ?)", b.id(), b.publisherId(), b.title(), b.pages());
        }
        for (var r : RelationPredicateTest.REVIEWS) {
            run(connection, "INSERT INTO \"review\" VALUES (?, ?, ?)", r.id(), r.bookId(), r.stars());
        }
        for (var g : RelationPredicateTest.GENRES) {
            run(connection, "INSERT INTO \"genre\" VALUES (?, ?)", g.id(), g.name());
        }
        for (var l : RelationPredicateTest.BOOK_GENRE_ROWS) {
            run(connection, "INSERT INTO \"book_genre\" VALUES (?, ?, ?)", l.id(), l.bookId(), l.genreId());
        }
    }

    private static void run(Connection connection, String sql, @Nullable Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<Long> ids(Connection connection, Dialect dialect, TableSpec table, Filter<?> filter)
            throws SQLException {
        RenderedSql rendered = DynamicSql.selectSorted(
                dialect,
                table,
                QueryTrees.where(filter),
                table.name().equals("publisher")
                        ? QueryTrees.order(OrderBy.asc(PublisherTable.ID))
                        : QueryTrees.order(OrderBy.asc(BookTable.ID)),
                null,
                null);
        return ids(connection, dialect, rendered);
    }

    private static List<Long> ids(Connection connection, Dialect dialect, RenderedSql rendered) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(rendered.sql())) {
            for (int i = 0; i < rendered.params().size(); i++) {
                statement.setObject(
                        i + 1,
                        DynamicSql.bindable(dialect, rendered.params().get(i)).value());
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
