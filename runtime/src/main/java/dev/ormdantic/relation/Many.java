package dev.ormdantic.relation;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.RelationException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A one-to-many or many-to-many relationship as a record component: the related rows, when a loader loaded them. It is
 * not a column; {@link dev.ormdantic.annotation.BackReference} names the other table's {@link Ref} that points here,
 * or {@link dev.ormdantic.annotation.Through} the association table of a many-to-many.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Author(long id, String name, @BackReference("author") Many<Post> posts) {}
 *
 * new Author(7, "Ann", Many.unloaded());   // to write: a collection is never written with its row
 * author.posts().get();                    // the posts, when a loader loaded them; ORM2601 when none did
 * }</pre>
 *
 * <p>Unloaded is never confused with empty: a loaded collection without rows is an empty list, and reading an
 * unloaded one throws {@code ORM2601} naming the relationship and its loaders. Nothing is ever fetched on access.
 * Instances are immutable.
 *
 * @param <T> the related record
 * @since 0.1.0
 */
public final class Many<T extends Record> {

    private static final Many<?> UNLOADED = new Many<>(null, null);

    private final @Nullable List<T> rows;
    private final @Nullable ToMany<?, T> origin;

    private Many(@Nullable List<T> rows, @Nullable ToMany<?, T> origin) {
        this.rows = rows;
        this.origin = origin;
    }

    /**
     * The collection of a record made to be written: not loaded.
     *
     * @param <T> the related record
     * @return the unloaded collection
     */
    @SuppressWarnings("unchecked") // holds no element
    public static <T extends Record> Many<T> unloaded() {
        return (Many<T>) UNLOADED;
    }

    /**
     * A loaded collection.
     *
     * @param rows the related rows, in order
     * @param <T> the related record
     * @return the loaded collection, holding an unmodifiable copy
     */
    public static <T extends Record> Many<T> of(List<? extends T> rows) {
        return new Many<>(List.copyOf(rows), null);
    }

    /** A collection as a query reads it: unloaded, knowing its relationship for its messages. */
    static <T extends Record> Many<T> unloaded(ToMany<?, T> origin) {
        return new Many<>(null, origin);
    }

    /** A collection as a loader makes it. */
    static <T extends Record> Many<T> loaded(List<T> rows, ToMany<?, T> origin) {
        return new Many<>(rows, origin);
    }

    /**
     * Whether a loader loaded this collection.
     *
     * @return whether it is loaded
     */
    public boolean isLoaded() {
        return rows != null;
    }

    /**
     * The related rows, in the order the loader gave them (its {@code orderBy}, else the related table's key order).
     *
     * @return the rows, unmodifiable; empty when there are none
     * @throws RelationException {@code ORM2601} when this collection is not loaded
     */
    public List<T> get() {
        List<T> loaded = rows;
        if (loaded == null) {
            throw notLoaded();
        }
        return loaded;
    }

    /**
     * The related rows as a stream.
     *
     * @return the stream
     * @throws RelationException {@code ORM2601} when this collection is not loaded
     */
    public Stream<T> stream() {
        return get().stream();
    }

    private RelationException notLoaded() {
        ToMany<?, T> relation = origin;
        if (relation == null) {
            return new RelationException(
                    ErrorCode.RELATION_NOT_LOADED,
                    ErrorContext.none(),
                    "this collection was made by Many.unloaded(); its rows are not loaded",
                    "read the record with a loader, such as loading(AuthorTable.POSTS.selectIn()), or load it with"
                            + " load(record, AuthorTable.POSTS) on the table's handle",
                    null);
        }
        return new RelationException(
                ErrorCode.RELATION_NOT_LOADED,
                new ErrorContext("get", relation.source().name(), null),
                "relationship " + relation.qualifiedName() + " is not loaded; Ormdantic never loads on access",
                "load it with " + relation.constantName() + ".selectIn() or " + relation.constantName()
                        + ".joined() in loading(...), or afterwards with load(record, " + relation.constantName()
                        + ") on the table's handle",
                null);
    }

    /**
     * Equal when both are unloaded, or both loaded with equal rows in the same order.
     *
     * @param other the other object
     * @return whether they are equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Many<?> many && Objects.equals(rows, many.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(rows);
    }

    /**
     * The rows when loaded, else {@code Many[unloaded]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return rows == null ? "Many[unloaded]" : "Many" + rows;
    }
}
