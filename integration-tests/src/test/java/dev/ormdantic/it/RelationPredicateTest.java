package dev.ormdantic.it;

import static dev.ormdantic.it.Relations.BOOK_GENRES;
import static dev.ormdantic.it.Relations.BOOK_PUBLISHER;
import static dev.ormdantic.it.Relations.BOOK_REVIEWS;
import static dev.ormdantic.it.Relations.CLERK_REPORTS;
import static dev.ormdantic.it.Relations.GENRE_BOOKS;
import static dev.ormdantic.it.Relations.PUBLISHER_BOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Page;
import dev.ormdantic.Seek;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.it.model.Book;
import dev.ormdantic.it.model.BookGenre;
import dev.ormdantic.it.model.BookGenreTable;
import dev.ormdantic.it.model.BookTable;
import dev.ormdantic.it.model.Clerk;
import dev.ormdantic.it.model.ClerkTable;
import dev.ormdantic.it.model.Genre;
import dev.ormdantic.it.model.GenreTable;
import dev.ormdantic.it.model.Publisher;
import dev.ormdantic.it.model.PublisherTable;
import dev.ormdantic.it.model.Review;
import dev.ormdantic.it.model.ReviewTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.Filters;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Relation predicates against every backend: {@code any}, {@code none}, {@code every} and {@code everyNonEmpty} with
 * the vacuous case and a {@code NULL} condition, {@code has} on a nullable reference, counts in {@code where},
 * {@code orderBy} and projections, many-to-many through the association table, nested predicates, predicates under
 * {@code OR} and {@code NOT}, and the writes, counts and pages that take a filter. The truth table is the same on every
 * backend.
 *
 * <p>The data: publishers with the page counts of their books (condition {@code pages > 100}):
 * 1 Acme [200, 120], 2 Blank [], 3 Cove [NULL, 50], 4 Dune [300, 500], 5 Echo [NULL, 400], 6 Fog [NULL]; book 16 has
 * no publisher.
 */
class RelationPredicateTest {

    static final List<Publisher> PUBLISHERS = List.of(
            new Publisher(1, "Acme"),
            new Publisher(2, "Blank"),
            new Publisher(3, "Cove"),
            new Publisher(4, "Dune"),
            new Publisher(5, "Echo"),
            new Publisher(6, "Fog"));

    static final List<Book> BOOKS = List.of(
            new Book(10, 1L, "Java", 200),
            new Book(11, 1L, "SQL", 120),
            new Book(12, 3L, "Blank pages", null),
            new Book(13, 3L, "Short", 50),
            new Book(14, 4L, "Long", 300),
            new Book(15, 4L, "Longer", 500),
            new Book(16, null, "Orphan", 90),
            new Book(17, 5L, "Unknown", null),
            new Book(18, 5L, "Tome", 400),
            new Book(19, 6L, "Fog", null));

    static final List<Review> REVIEWS =
            List.of(new Review(1, 10, 5), new Review(2, 13, 2), new Review(3, 14, 4), new Review(4, 14, 1));

    static final List<Genre> GENRES = List.of(new Genre(1, "tech"), new Genre(2, "fiction"), new Genre(3, "unused"));

    static final List<BookGenre> BOOK_GENRE_ROWS = List.of(
            new BookGenre(1, 10, 1),
            new BookGenre(2, 11, 1),
            new BookGenre(3, 14, 2),
            new BookGenre(4, 15, 1),
            new BookGenre(5, 15, 2));

    /** The condition of the truth table; unknown for a book without a page count. */
    static final Filter<Book> THICK = BookTable.PAGES.gt(100);

    static BlockingTableHandle<Publisher, Long> seeded(Ormdantic db) {
        BlockingTableHandle<Publisher, Long> publishers = db.blockingTable(PublisherTable.TABLE);
        publishers.insertMany(PUBLISHERS);
        db.blockingTable(BookTable.TABLE).insertMany(BOOKS);
        db.blockingTable(ReviewTable.TABLE).insertMany(REVIEWS);
        db.blockingTable(GenreTable.TABLE).insertMany(GENRES);
        db.blockingTable(BookGenreTable.TABLE).insertMany(BOOK_GENRE_ROWS);
        return publishers;
    }

    static List<Long> ids(BlockingTableHandle<Publisher, Long> publishers, Filter<Publisher> filter) {
        return publishers.findMany(filter, OrderBy.asc(PublisherTable.ID)).data().stream()
                .map(Publisher::id)
                .toList();
    }

    static List<Long> bookIds(Ormdantic db, Filter<Book> filter) {
        return db.blockingTable(BookTable.TABLE).findMany(filter, OrderBy.asc(BookTable.ID)).data().stream()
                .map(Book::id)
                .toList();
    }

    @BackendTest
    void anyNoneEveryWithTheVacuousCaseAndUnknownConditions(Ormdantic db) {
        BlockingTableHandle<Publisher, Long> publishers = seeded(db);
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L), ids(publishers, PUBLISHER_BOOKS.any()));
        assertEquals(List.of(2L), ids(publishers, PUBLISHER_BOOKS.empty()));
        assertEquals(List.of(1L, 4L, 5L), ids(publishers, PUBLISHER_BOOKS.any(THICK)));
        // none: Blank has no books; Cove's and Fog's unknown page counts are not matches
        assertEquals(List.of(2L, 3L, 6L), ids(publishers, PUBLISHER_BOOKS.none(THICK)));
        // every: Blank vacuously; Echo's and Fog's unknown page counts are not matches, so they are out
        assertEquals(List.of(1L, 2L, 4L), ids(publishers, PUBLISHER_BOOKS.every(THICK)));
        assertEquals(List.of(1L, 4L), ids(publishers, PUBLISHER_BOOKS.everyNonEmpty(THICK)));
        // every(f) and any(not f) partition the publishers with books of known page counts only
        assertEquals(
                List.of(3L, 5L, 6L),
                ids(publishers, PUBLISHER_BOOKS.every(THICK).not()));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), ids(publishers, PUBLISHER_BOOKS.every(Filter.all())));
        assertEquals(List.of(2L), ids(publishers, PUBLISHER_BOOKS.none(Filter.all())));
    }

    @BackendTest
    void countsCompareOrderAndProject(Ormdantic db) {
        BlockingTableHandle<Publisher, Long> publishers = seeded(db);
        assertEquals(
                List.of(1L, 3L, 4L, 5L), ids(publishers, PUBLISHER_BOOKS.count().gt(1L)));
        assertEquals(
                List.of(1L, 4L), ids(publishers, PUBLISHER_BOOKS.count(THICK).ge(2L)));
        // ties broken by the key
        assertEquals(
                List.of(1L, 3L, 4L, 5L, 6L, 2L),
                publishers
                        .findMany(
                                Filter.all(),
                                OrderBy.desc(PUBLISHER_BOOKS.count()).thenAsc(PublisherTable.ID))
                        .data()
                        .stream()
                        .map(Publisher::id)
                        .toList());
        assertEquals(
                List.of(1L, 4L, 5L, 2L, 3L, 6L),
                publishers
                        .findMany(
                                Filter.all(),
                                OrderBy.desc(PUBLISHER_BOOKS.count(THICK)).thenAsc(PublisherTable.ID))
                        .data()
                        .stream()
                        .map(Publisher::id)
                        .toList());
        List<ResultRow> rows = publishers.select(Query.from(PublisherTable.TABLE)
                .as("p")
                .select(
                        PublisherTable.ID.as("id"),
                        PUBLISHER_BOOKS.count().as("books"),
                        PUBLISHER_BOOKS.count(THICK).as("thick"))
                .where(PUBLISHER_BOOKS.any(THICK).or(PUBLISHER_BOOKS.empty()))
                .orderBy(OrderBy.asc(PublisherTable.ID)));
        Map<Long, String> counts = new TreeMap<>();
        for (ResultRow row : rows) {
            counts.put(row.getLong("id"), row.getLong("books") + "/" + row.getLong("thick"));
        }
        assertEquals(Map.of(1L, "2/2", 2L, "0/0", 4L, "2/2", 5L, "2/1"), counts);
    }

    @BackendTest
    void hasOnANullableReference(Ormdantic db) {
        seeded(db);
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L, 15L, 17L, 18L, 19L), bookIds(db, BOOK_PUBLISHER.has()));
        assertEquals(List.of(16L), bookIds(db, BOOK_PUBLISHER.has().not()));
        assertEquals(
                List.of(10L, 11L, 14L, 15L),
                bookIds(db, BOOK_PUBLISHER.has(PublisherTable.NAME.in(List.of("Acme", "Dune")))));
        // the negation holds for the book without a publisher too
        assertEquals(
                List.of(12L, 13L, 16L, 17L, 18L, 19L),
                bookIds(
                        db,
                        BOOK_PUBLISHER
                                .has(PublisherTable.NAME.in(List.of("Acme", "Dune")))
                                .not()));
    }

    @BackendTest
    void manyToManyThroughTheAssociationTable(Ormdantic db) {
        seeded(db);
        assertEquals(List.of(14L, 15L), bookIds(db, BOOK_GENRES.any(GenreTable.NAME.eq("fiction"))));
        assertEquals(List.of(12L, 13L, 16L, 17L, 18L, 19L), bookIds(db, BOOK_GENRES.empty()));
        assertEquals(
                List.of(10L, 11L, 12L, 13L, 16L, 17L, 18L, 19L),
                bookIds(db, BOOK_GENRES.every(GenreTable.NAME.eq("tech"))));
        assertEquals(List.of(15L), bookIds(db, BOOK_GENRES.count().eq(2L)));
        List<Long> genres = db
                .blockingTable(GenreTable.TABLE)
                .findMany(GENRE_BOOKS.any(BookTable.PAGES.gt(250)), OrderBy.asc(GenreTable.ID))
                .data()
                .stream()
                .map(Genre::id)
                .toList();
        assertEquals(List.of(1L, 2L), genres);
        List<Long> unused = db
                .blockingTable(GenreTable.TABLE)
                .findMany(GENRE_BOOKS.empty(), OrderBy.asc(GenreTable.ID))
                .data()
                .stream()
                .map(Genre::id)
                .toList();
        assertEquals(List.of(3L), unused);
    }

    @BackendTest
    void nestedPredicatesCorrelateToTheirOwnLevel(Ormdantic db) {
        BlockingTableHandle<Publisher, Long> publishers = seeded(db);
        // publishers with a book that has a review of 4 stars or more: Acme (book 10), Dune (book 14)
        assertEquals(List.of(1L, 4L), ids(publishers, PUBLISHER_BOOKS.any(BOOK_REVIEWS.any(ReviewTable.STARS.ge(4)))));
        // publishers all of whose books have no bad review (vacuous for books without reviews)
        assertEquals(
                List.of(1L, 2L, 5L, 6L),
                ids(publishers, PUBLISHER_BOOKS.every(BOOK_REVIEWS.none(ReviewTable.STARS.lt(3)))));
        // through the many-to-many, inside a one-to-many
        assertEquals(List.of(4L), ids(publishers, PUBLISHER_BOOKS.any(BOOK_GENRES.any(GenreTable.NAME.eq("fiction")))));
        // a nested count, with a column condition of the middle level beside it
        assertEquals(
                List.of(4L),
                ids(publishers, PUBLISHER_BOOKS.any(BOOK_REVIEWS.count().ge(2L).and(BookTable.TITLE.eq("Long")))));
        // the back way: books whose publisher has a book of more than 450 pages
        assertEquals(List.of(14L, 15L), bookIds(db, BOOK_PUBLISHER.has(PUBLISHER_BOOKS.any(BookTable.PAGES.gt(450)))));
    }

    @BackendTest
    void predicatesUnderOrAndNot(Ormdantic db) {
        BlockingTableHandle<Publisher, Long> publishers = seeded(db);
        assertEquals(
                List.of(2L, 4L),
                ids(publishers, PUBLISHER_BOOKS.empty().or(PUBLISHER_BOOKS.any(BookTable.PAGES.gt(450)))));
        assertEquals(
                List.of(2L, 3L, 6L), ids(publishers, PUBLISHER_BOOKS.any(THICK).not()));
        assertEquals(
                List.of(3L),
                ids(
                        publishers,
                        PUBLISHER_BOOKS
                                .any(BookTable.PAGES.lt(100))
                                .and(PUBLISHER_BOOKS.any(BookTable.PAGES.isNull()))
                                .and(PublisherTable.NAME.ne("Fog"))));
        assertEquals(
                List.of(1L, 2L, 5L),
                ids(
                        publishers,
                        PUBLISHER_BOOKS
                                .every(THICK)
                                .and(PUBLISHER_BOOKS
                                        .any(BookTable.PAGES.gt(450))
                                        .not())
                                .or(PublisherTable.NAME.eq("Echo"))));
    }

    @BackendTest
    void countsPagesAndSetBasedWrites(Ormdantic db) {
        BlockingTableHandle<Publisher, Long> publishers = seeded(db);
        assertEquals(3, publishers.count(PUBLISHER_BOOKS.any(THICK)));
        Page<Publisher> first =
                publishers.findPage(PUBLISHER_BOOKS.any(), OrderBy.asc(PublisherTable.ID), Seek.limit(2));
        assertEquals(List.of(1L, 3L), first.data().stream().map(Publisher::id).toList());
        Page<Publisher> second = publishers.findPage(
                PUBLISHER_BOOKS.any(),
                OrderBy.asc(PublisherTable.ID),
                Seek.limit(2).after(first.nextCursor()));
        assertEquals(List.of(4L, 5L), second.data().stream().map(Publisher::id).toList());
        assertEquals(
                2,
                publishers.updateWhere(
                        PUBLISHER_BOOKS.none(THICK).and(PUBLISHER_BOOKS.any()),
                        List.of(PublisherTable.NAME.set("thin"))));
        assertEquals(List.of(3L, 6L), ids(publishers, PublisherTable.NAME.eq("thin")));
        assertEquals(1, publishers.deleteWhere(PUBLISHER_BOOKS.empty()));
        assertFalse(publishers.findOne(2L).isPresent());
        assertEquals(
                3, db.blockingTable(ReviewTable.TABLE).deleteWhere(Relations.REVIEW_BOOK.has(BookTable.PAGES.gt(100))));
    }

    @BackendTest
    void selfReferenceReadsAndWrites(Ormdantic db) {
        BlockingTableHandle<Clerk, Long> clerks = db.blockingTable(ClerkTable.TABLE);
        clerks.insertMany(List.of(
                new Clerk(1, null, "boss"),
                new Clerk(2, 1L, "lead"),
                new Clerk(3, 2L, "dev"),
                new Clerk(4, 2L, "ops"),
                new Clerk(5, 1L, "solo")));
        assertEquals(List.of(1L, 2L), clerkIds(clerks, CLERK_REPORTS.any()));
        // managers of managers: the inner predicate correlates with the outer alias of the same table
        assertEquals(List.of(1L), clerkIds(clerks, CLERK_REPORTS.any(CLERK_REPORTS.any())));
        assertEquals(List.of(2L), clerkIds(clerks, CLERK_REPORTS.count().eq(2L).and(Relations.CLERK_MANAGER.has())));
        if (db.dialect().equals("mysql")) {
            // MySQL refuses a subquery on the table an UPDATE or DELETE writes (error 1093): refused before sending
            ConfigurationException update = assertThrows(
                    ConfigurationException.class,
                    () -> clerks.updateWhere(CLERK_REPORTS.empty(), List.of(ClerkTable.NAME.set("worker"))));
            assertEquals(ErrorCode.FEATURE_UNSUPPORTED, update.code());
            assertTrue(update.getMessage().contains("MySQL error 1093"), update.getMessage());
            ConfigurationException delete =
                    assertThrows(ConfigurationException.class, () -> clerks.deleteWhere(CLERK_REPORTS.empty()));
            assertEquals(ErrorCode.FEATURE_UNSUPPORTED, delete.code());
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), clerkIds(clerks, ClerkTable.NAME.ne("worker")));
            return;
        }
        // the other databases, MariaDB included, accept it
        assertEquals(3, clerks.updateWhere(CLERK_REPORTS.empty(), List.of(ClerkTable.NAME.set("worker"))));
        assertEquals(3, clerks.deleteWhere(CLERK_REPORTS.empty()));
        assertEquals(List.of(1L, 2L), clerkIds(clerks, Filter.all()));
    }

    @BackendTest
    void dynamicFiltersNameRelationships(Ormdantic db) {
        BlockingTableHandle<Publisher, Long> publishers = seeded(db);
        Map<String, Object> thick = Map.of("pages__gt", 100);
        assertEquals(
                List.of(1L, 4L, 5L),
                ids(publishers, Filters.of(Relations.PUBLISHERS, Map.of("books", Map.of("any", thick)))));
        assertEquals(
                List.of(2L, 3L, 6L),
                ids(publishers, Filters.of(Relations.PUBLISHERS, Map.of("books", Map.of("none", thick)))));
        assertEquals(
                List.of(1L, 2L, 4L),
                ids(publishers, Filters.of(Relations.PUBLISHERS, Map.of("books", Map.of("every", thick)))));
        assertEquals(
                List.of(1L, 4L),
                ids(publishers, Filters.of(Relations.PUBLISHERS, Map.of("books", Map.of("every_non_empty", thick)))));
        assertEquals(
                List.of(2L),
                ids(publishers, Filters.of(Relations.PUBLISHERS, Map.of("books", Map.of("none", Map.of())))));
        // nested, and with JSON
        assertEquals(
                List.of(1L, 4L),
                ids(
                        publishers,
                        Filters.fromJson(
                                Relations.PUBLISHERS,
                                "{\"books\": {\"any\": {\"reviews\": {\"any\": {\"stars__ge\": 4}}}}}")));
        assertEquals(
                List.of(10L, 11L),
                bookIds(db, Filters.of(Relations.BOOKS, Map.of("publisher", Map.of("has", Map.of("name", "Acme"))))));
        assertEquals(
                List.of(16L),
                bookIds(db, Filters.of(Relations.BOOKS, Map.of("not", Map.of("publisher", Map.of("has", Map.of()))))));
        assertEquals(
                List.of(14L, 15L),
                bookIds(
                        db,
                        Filters.of(
                                Relations.BOOKS,
                                Map.of("genres", Map.of("any", Map.of("name", "fiction")), "pages__ge", 300))));
    }

    @Test
    void dynamicFilterErrorsNameTheRelationshipsAndTheirOperators() {
        FilterException unknown = assertThrows(
                FilterException.class,
                () -> Filters.of(Relations.PUBLISHERS, Map.of("bookz", Map.of("any", Map.of()))));
        assertEquals(ErrorCode.FILTER_UNKNOWN_COLUMN, unknown.code());
        assertEquals(List.of("id", "name", "books"), unknown.allowed());
        assertTrue(
                unknown.getMessage()
                        .contains("unknown column 'bookz'; the columns are id, name; the relationships are books"),
                unknown.getMessage());
        FilterException operator = assertThrows(
                FilterException.class,
                () -> Filters.of(Relations.PUBLISHERS, Map.of("books", Map.of("has", Map.of()))));
        assertEquals(ErrorCode.FILTER_UNKNOWN_OPERATOR, operator.code());
        assertEquals(List.of("any", "none", "every", "every_non_empty"), operator.allowed());
        assertTrue(
                operator.getMessage()
                        .contains("unknown operator 'has' for relationship 'books'; its operators are any, none, every,"
                                + " every_non_empty"),
                operator.getMessage());
        FilterException toOne = assertThrows(
                FilterException.class, () -> Filters.of(Relations.BOOKS, Map.of("publisher", Map.of("any", Map.of()))));
        assertEquals(List.of("has"), toOne.allowed());
        FilterException nested = assertThrows(
                FilterException.class,
                () -> Filters.of(Relations.PUBLISHERS, Map.of("books", Map.of("any", Map.of("pagez", 3)))));
        assertEquals(ErrorCode.FILTER_UNKNOWN_COLUMN, nested.code());
        assertEquals("books.any.pagez", nested.path());
        assertEquals(
                List.of("id", "publisher_id", "title", "pages", "publisher", "reviews", "genres"), nested.allowed());
        assertTrue(nested.getMessage().contains("filter on table 'book'"), nested.getMessage());
        FilterException notAnObject = assertThrows(
                FilterException.class, () -> Filters.of(Relations.PUBLISHERS, Map.of("books", Map.of("any", 3))));
        assertEquals(ErrorCode.FILTER_MALFORMED, notAnObject.code());
        assertTrue(
                notAnObject.getMessage().contains("'any' takes a filter object on table 'book', not a number"),
                notAnObject.getMessage());
        FilterException bare =
                assertThrows(FilterException.class, () -> Filters.of(Relations.PUBLISHERS, Map.of("books", true)));
        assertEquals(ErrorCode.FILTER_MALFORMED, bare.code());
    }

    private static List<Long> clerkIds(BlockingTableHandle<Clerk, Long> clerks, Filter<Clerk> filter) {
        List<Long> ids = new ArrayList<>();
        for (Clerk clerk : clerks.findMany(filter, OrderBy.asc(ClerkTable.ID)).data()) {
            ids.add(clerk.id());
        }
        return ids;
    }
}
