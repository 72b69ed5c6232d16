package dev.ormdantic.dialect.reflect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one schema of a live database holds, as read at one moment.
 *
 * @param tables the tables and views, in name order
 * @param enums the native enum types (PostgreSQL), in name order
 * @param sequences the sequences, in name order
 * @since 0.1.0
 */
public record LiveSchema(List<LiveTable> tables, List<LiveEnum> enums, List<LiveSequence> sequences) {

    /** Copies the lists. */
    public LiveSchema {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        sequences = List.copyOf(sequences);
    }

    /**
     * The table or view of that name: the exact name, else one that differs only in case.
     *
     * @param name the name
     * @return the table, or {@code null} when there is none
     */
    public @Nullable LiveTable table(String name) {
        LiveTable folded = null;
        for (LiveTable table : tables) {
            if (table.name().equals(name)) {
                return table;
            }
            if (table.name().equalsIgnoreCase(name)) {
                folded = table;
            }
        }
        return folded;
    }
}
