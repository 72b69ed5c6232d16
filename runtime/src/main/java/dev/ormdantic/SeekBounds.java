package dev.ormdantic;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of {@link Seek}; its limit is checked by the factory.
 *
 * @param limit the most records per page
 * @param cursor where the page starts, {@code null} for the first page
 */
record SeekBounds(int limit, @Nullable String cursor) implements Seek {

    static SeekBounds first(int rows) {
        if (rows < 1) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT,
                    new ErrorContext("findPage", null, null),
                    "Seek.limit(" + rows + ") is not a page size: it must be at least 1",
                    "pass the number of records per page",
                    null);
        }
        return new SeekBounds(rows, null);
    }

    @Override
    public Seek after(@Nullable String cursor) {
        return new SeekBounds(limit, cursor);
    }

    @Override
    public String toString() {
        // The cursor holds row values, which may be secret: shown as present or not only.
        return "Seek[limit=" + limit + (cursor == null ? ", first page]" : ", after a cursor]");
    }
}
