package dev.ormdantic.event;

import java.util.List;

/**
 * Keys of the rows a {@code delete(key)} removes.
 *
 * @param table the table's name
 * @param recordType the table's record class
 * @param keys the keys, one for {@code delete(key)}: the key value, or the generated key record of a table with a
 *     composite key
 * @since 0.1.0
 */
public record KeysEvent(String table, Class<? extends Record> recordType, List<?> keys) {

    /** Copies the list. */
    public KeysEvent {
        keys = List.copyOf(keys);
    }
}
