package dev.ormdantic.event;

/**
 * Records built from the rows of a query: {@code findOne}, {@code findMany}, {@code findPage} and, when it closes,
 * {@code stream}. Delivered after the query's {@code afterStatement}: rows are read and turned into records in one
 * pass, so there is one event, after both.
 *
 * @param operation the API method: {@code findOne}, {@code findMany}, {@code findPage} or {@code stream}
 * @param table the table's name
 * @param recordType the table's record class
 * @param rows how many records were built
 * @since 0.1.0
 */
public record HydrationEvent(String operation, String table, Class<? extends Record> recordType, long rows) {}
