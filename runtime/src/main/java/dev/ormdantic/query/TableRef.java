package dev.ormdantic.query;

import java.util.List;

/**
 * A table, as the application names it: the {@code TABLE} constant of a generated class, such as
 * {@code FlavorTable.TABLE}. The one name for a table everywhere: {@link dev.ormdantic.Ormdantic#table}, {@link
 * dev.ormdantic.Ormdantic#blockingTable}, {@link dev.ormdantic.Ormdantic.Builder#tables}, {@link Query#from} and
 * {@link Filters}.
 *
 * <p>Only the annotation processor implements it; the runtime looks a table up by the class of the reference it is
 * given, so a hand-made implementation is an unknown table.
 *
 * @param <T> the record type
 * @param <K> the type of the primary key: the key component's boxed type, or the generated class's nested
 *     {@code Key} record for a composite key
 * @since 0.1.0
 */
public interface TableRef<T extends Record, K> {

    /**
     * The table name, as the database knows it.
     *
     * @return the name
     */
    String name();

    /**
     * The schema the table is in, or the empty string for the connection's default schema.
     *
     * @return the schema
     */
    String schema();

    /**
     * The record class the table stores.
     *
     * @return the record class
     */
    Class<T> recordType();

    /**
     * The column constants, in component order.
     *
     * @return the columns
     */
    List<Column<T, ?>> columns();
}
