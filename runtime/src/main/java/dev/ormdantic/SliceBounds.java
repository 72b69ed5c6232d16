package dev.ormdantic;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.InvalidArgumentException;

/**
 * The one implementation of {@link Slice}; its values are checked by the factories.
 *
 * @param limit the most rows, {@code 0} for no limit
 * @param offset the rows skipped
 */
record SliceBounds(long limit, long offset) implements Slice {

    static final SliceBounds ALL = new SliceBounds(0, 0);

    SliceBounds withLimit(long rows) {
        if (rows < 1) {
            throw invalid(
                    "Slice.limit(" + rows + ") is not a limit: it must be at least 1",
                    "leave the limit out, as Slice.all(), to read every row");
        }
        return new SliceBounds(rows, offset);
    }

    @Override
    public Slice offset(long rows) {
        if (rows < 0) {
            throw invalid(
                    "offset(" + rows + ") is not an offset: it must be 0 or more",
                    "pass the number of rows to skip, 0 for none");
        }
        return new SliceBounds(limit, rows);
    }

    /** The error of a bad slice: it is built before any table is involved, so the context names the method only. */
    private static InvalidArgumentException invalid(String problem, String fix) {
        return new InvalidArgumentException(
                ErrorCode.INVALID_ARGUMENT, new ErrorContext("findMany", null, null), problem, fix, null);
    }

    @Override
    public String toString() {
        return "Slice[limit=" + (limit == 0 ? "none" : limit) + ", offset=" + offset + "]";
    }
}
