package dev.ormdantic;

import dev.ormdantic.error.FilterException;
import dev.ormdantic.error.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a keyset (seek) query {@code findPage} returns: {@code Seek.limit(20)} is the first page of 20,
 * {@code Seek.limit(20).after(page.nextCursor())} the page after the one that gave that cursor. Immutable.
 *
 * <pre>{@code
 * Page<Flavor> page = flavors.findPage(Filter.all(), OrderBy.asc(NAME), Seek.limit(20));
 * while (page.hasNext()) {
 *     page = flavors.findPage(Filter.all(), OrderBy.asc(NAME), Seek.limit(20).after(page.nextCursor()));
 * }
 * }</pre>
 *
 * <p>{@code limit} is the word {@link Slice} and {@link dev.ormdantic.query.Query#limit} use for "the most rows"; a
 * keyset page starts after a cursor where a slice starts at an offset.
 *
 * @since 0.1.0
 */
public sealed interface Seek permits SeekBounds {

    /**
     * The first page of at most {@code rows} records.
     *
     * @param rows the most records per page, at least 1
     * @return the first page
     * @throws InvalidArgumentException ({@code ORM2103}) for a limit below 1
     */
    static Seek limit(int rows) {
        return SeekBounds.first(rows);
    }

    /**
     * The page after the one whose {@link Page#nextCursor()} this is.
     *
     * @param cursor the cursor of the previous page; {@code null} (the last page's) asks for the first page
     * @return the page; {@code findPage} fails with {@link FilterException} ({@code ORM2507}) for a cursor its ordering
     *     did not write
     */
    Seek after(@Nullable String cursor);

    /**
     * The most records per page.
     *
     * @return the limit, at least 1
     */
    int limit();

    /**
     * Where the page starts.
     *
     * @return the cursor of the previous page, or {@code null} for the first page
     */
    @Nullable
    String cursor();
}
