package dev.ormdantic;

import dev.ormdantic.error.InvalidArgumentException;

/**
 * Which part of an ordered result {@code findMany} returns, in the words of SQL and of
 * {@link dev.ormdantic.query.Query#limit}: {@code Slice.limit(20).offset(40)} is rows 41 to 60, and
 * {@code Slice.all().offset(40)} every row after the first 40. Immutable.
 *
 * <p>The factories are static methods of an interface, so they cannot be called on a slice:
 * {@code Slice.all().offset(40).limit(20)} does not compile, where on a class it would quietly start a new slice and
 * drop the offset. For pages that stay correct while rows are inserted and deleted, see {@link Seek}.
 *
 * @since 0.1.0
 */
public sealed interface Slice permits SliceBounds {

    /**
     * Every row: no limit, no offset.
     *
     * @return the whole result
     */
    static Slice all() {
        return SliceBounds.ALL;
    }

    /**
     * At most {@code rows} rows, from the first.
     *
     * @param rows the most rows to return, at least 1
     * @return the slice
     * @throws InvalidArgumentException ({@code ORM2103}) for a limit below 1
     */
    static Slice limit(long rows) {
        return SliceBounds.ALL.withLimit(rows);
    }

    /**
     * This slice, after skipping {@code rows} rows of the ordered result.
     *
     * @param rows the rows to skip, {@code 0} for none
     * @return the slice
     * @throws InvalidArgumentException ({@code ORM2103}) for a negative offset
     */
    Slice offset(long rows);

    /**
     * The most rows returned.
     *
     * @return the limit, {@code 0} for no limit (as {@link Result#limit()} reports it)
     */
    long limit();

    /**
     * The rows skipped.
     *
     * @return the offset, {@code 0} for none
     */
    long offset();
}
