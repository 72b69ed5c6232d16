package dev.ormdantic.it;

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
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.relation.ToMany;
import dev.ormdantic.relation.ToOne;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Relationship constants made by hand over models with plain foreign-key columns, as the processor will generate them
 * for {@code Ref} and {@code Many} components. Predicates never call the accessors, so these throw.
 */
final class Relations {

    /** {@code book.publisher_id -> publisher.id}, nullable. */
    static final ToOne<Book, Publisher> BOOK_PUBLISHER = new ToOne<>(
            "publisher",
            "BookTable.PUBLISHER",
            () -> BookTable.TABLE,
            () -> PublisherTable.TABLE,
            "publisher_id",
            "id",
            true,
            Relations::noRef,
            Relations::noWith);

    /** {@code publisher.books}: the back reference of {@link #BOOK_PUBLISHER}. */
    static final ToMany<Publisher, Book> PUBLISHER_BOOKS = new ToMany<>(
            "books",
            "PublisherTable.BOOKS",
            () -> PublisherTable.TABLE,
            () -> BookTable.TABLE,
            () -> BOOK_PUBLISHER,
            Relations::noMany,
            Relations::noWith);

    /** {@code review.book_id -> book.id}. */
    static final ToOne<Review, Book> REVIEW_BOOK = new ToOne<>(
            "book",
            "ReviewTable.BOOK",
            () -> ReviewTable.TABLE,
            () -> BookTable.TABLE,
            "book_id",
            "id",
            false,
            Relations::noRef,
            Relations::noWith);

    /** {@code book.reviews}. */
    static final ToMany<Book, Review> BOOK_REVIEWS = new ToMany<>(
            "reviews",
            "BookTable.REVIEWS",
            () -> BookTable.TABLE,
            () -> ReviewTable.TABLE,
            () -> REVIEW_BOOK,
            Relations::noMany,
            Relations::noWith);

    /** {@code book_genre.book_id -> book.id}. */
    static final ToOne<BookGenre, Book> LINK_BOOK = new ToOne<>(
            "book",
            "BookGenreTable.BOOK",
            () -> BookGenreTable.TABLE,
            () -> BookTable.TABLE,
            "book_id",
            "id",
            false,
            Relations::noRef,
            Relations::noWith);

    /** {@code book_genre.genre_id -> genre.id}. */
    static final ToOne<BookGenre, Genre> LINK_GENRE = new ToOne<>(
            "genre",
            "BookGenreTable.GENRE",
            () -> BookGenreTable.TABLE,
            () -> GenreTable.TABLE,
            "genre_id",
            "id",
            false,
            Relations::noRef,
            Relations::noWith);

    /** {@code book.genres}, many-to-many through {@code book_genre}. */
    static final ToMany<Book, Genre> BOOK_GENRES = new ToMany<Book, Genre>(
            "genres",
            "BookTable.GENRES",
            () -> BookTable.TABLE,
            () -> GenreTable.TABLE,
            () -> LINK_BOOK,
            () -> LINK_GENRE,
            Relations::noMany,
            Relations::noWith);

    /** {@code genre.books}, the other direction of {@link #BOOK_GENRES}. */
    static final ToMany<Genre, Book> GENRE_BOOKS = new ToMany<Genre, Book>(
            "books",
            "GenreTable.BOOKS",
            () -> GenreTable.TABLE,
            () -> BookTable.TABLE,
            () -> LINK_GENRE,
            () -> LINK_BOOK,
            Relations::noMany,
            Relations::noWith);

    /** {@code clerk.manager_id -> clerk.id}: a self-reference. */
    static final ToOne<Clerk, Clerk> CLERK_MANAGER = new ToOne<>(
            "manager",
            "ClerkTable.MANAGER",
            () -> ClerkTable.TABLE,
            () -> ClerkTable.TABLE,
            "manager_id",
            "id",
            true,
            Relations::noRef,
            Relations::noWith);

    /** {@code clerk.reports}: the clerks a clerk manages. */
    static final ToMany<Clerk, Clerk> CLERK_REPORTS = new ToMany<>(
            "reports",
            "ClerkTable.REPORTS",
            () -> ClerkTable.TABLE,
            () -> ClerkTable.TABLE,
            () -> CLERK_MANAGER,
            Relations::noMany,
            Relations::noWith);

    /** The book table with its relationships, for dynamic filters. */
    static final RelatedTables<Book, Long> BOOKS = new RelatedTables<>(
            BookTable.TABLE, List.of(Relations.BOOK_PUBLISHER, Relations.BOOK_REVIEWS, Relations.BOOK_GENRES));

    /** {@code publisher.books} leading to {@link #BOOKS}, so that a dynamic filter can nest the books' relationships. */
    static final ToMany<Publisher, Book> PUBLISHER_BOOKS_DYNAMIC = new ToMany<>(
            "books",
            "PublisherTable.BOOKS",
            () -> PublisherTable.TABLE,
            () -> BOOKS,
            () -> BOOK_PUBLISHER,
            Relations::noMany,
            Relations::noWith);

    /** The publisher table with its relationships, for dynamic filters. */
    static final RelatedTables<Publisher, Long> PUBLISHERS =
            new RelatedTables<>(PublisherTable.TABLE, List.of(PUBLISHER_BOOKS_DYNAMIC));

    private Relations() {}

    private static <C extends Record> @Nullable Ref<C, ?> noRef(Object row) {
        throw new UnsupportedOperationException("a predicate never reads a reference");
    }

    private static <C extends Record> Many<C> noMany(Object row) {
        throw new UnsupportedOperationException("a predicate never reads a collection");
    }

    private static <P> P noWith(P row, @Nullable Object value) {
        throw new UnsupportedOperationException("a predicate never replaces a relationship");
    }
}
