package dev.ormdantic.processor.model;

/**
 * One entry of {@code @Table(indexed)} or {@code @Table(unique)}: a single-column index.
 *
 * @param component the record component named by the entry (perhaps none exists)
 * @param unique whether it comes from {@code unique}
 * @param position the entry's position within its attribute's array
 */
public record IndexModel(String component, boolean unique, int position) {

    /**
     * The name of the {@code @Table} attribute the entry comes from.
     *
     * @return {@code unique} or {@code indexed}
     */
    public String attribute() {
        return unique ? "unique" : "indexed";
    }
}
