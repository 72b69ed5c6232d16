package dev.ormdantic;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset (seek) query, from {@code findPage}: its records and the cursor that asks for the next page.
 * Unlike an offset, a cursor stays correct when rows are inserted or deleted before it, and the database seeks to it
 * through the index instead of counting rows.
 *
 * @param data the records of this page, in order
 * @param nextCursor the opaque cursor of the next page, or {@code null} when this is the last page
 * @param <T> the record type
 * @since 0.1.0
 */
public record Page<T>(List<T> data, @Nullable String nextCursor) {

    /** Copies the list. */
    public Page {
        data = List.copyOf(data);
    }

    /**
     * Whether a next page may hold records.
     *
     * @return {@code true} when {@link #nextCursor()} is set
     */
    public boolean hasNext() {
        return nextCursor != null;
    }
}
