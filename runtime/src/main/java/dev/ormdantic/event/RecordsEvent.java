package dev.ormdantic.event;

import java.util.List;

/**
 * Records written by an insert, update or upsert: before the write, the records as submitted; after it, the records as
 * stored (with the values the database generated, for an insert into a table that has them).
 *
 * @param table the table's name
 * @param recordType the table's record class
 * @param records the records, one for {@code insert}, {@code update} and {@code upsert}, the whole batch for
 *     {@code insertMany} and {@code upsertMany}, in the order given
 * @since 0.1.0
 */
public record RecordsEvent(String table, Class<? extends Record> recordType, List<? extends Record> records) {

    /** Copies the list. */
    public RecordsEvent {
        records = List.copyOf(records);
    }
}
