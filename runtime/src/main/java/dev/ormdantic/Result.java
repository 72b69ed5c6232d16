package dev.ormdantic;

import java.util.List;

/**
 * One page of records found by {@code findMany}, with the paging it was asked for.
 *
 * @param offset the rows skipped, {@code 0} for none
 * @param limit the most rows asked for, {@code 0} for no limit
 * @param data the records, in the requested order
 * @param <T> the record type
 * @since 0.1.0
 */
public record Result<T>(long offset, long limit, List<T> data) {

    /** Copies the list. */
    public Result {
        data = List.copyOf(data);
    }
}
