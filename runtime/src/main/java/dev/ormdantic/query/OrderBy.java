package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.OrderItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of a result over columns of table {@code T}, built as {@code OrderBy.asc(NAME).thenDesc(RATING)}.
 * Immutable.
 *
 * @param <T> the record type of the table
 */
public final class OrderBy<T> {

    private static final OrderBy<?> NONE = new OrderBy<>(List.of());

    private final List<OrderItem> items;

    private OrderBy(List<OrderItem> items) {
        this.items = List.copyOf(items);
    }

    /**
     * No ordering: rows come in whatever order the database returns them, which is not guaranteed (key order on
     * InnoDB, often insertion order elsewhere, and it may change after updates or with another plan).
     *
     * @param <T> the record type of the table
     * @return the empty ordering
     */
    @SuppressWarnings("unchecked") // holds no value of T
    public static <T> OrderBy<T> none() {
        return (OrderBy<T>) NONE;
    }

    /**
     * Ascending by a column.
     *
     * @param column the column
     * @param <T> the record type of the table
     * @return the ordering
     */
    public static <T> OrderBy<T> asc(Column<T, ?> column) {
        return new OrderBy<>(List.of(new OrderItem(column.name(), false)));
    }

    /**
     * Descending by a column.
     *
     * @param column the column
     * @param <T> the record type of the table
     * @return the ordering
     */
    public static <T> OrderBy<T> desc(Column<T, ?> column) {
        return new OrderBy<>(List.of(new OrderItem(column.name(), true)));
    }

    /**
     * This ordering, then ascending by another column.
     *
     * @param column the column
     * @return the longer ordering
     */
    public OrderBy<T> thenAsc(Column<T, ?> column) {
        return then(new OrderItem(column.name(), false));
    }

    /**
     * This ordering, then descending by another column.
     *
     * @param column the column
     * @return the longer ordering
     */
    public OrderBy<T> thenDesc(Column<T, ?> column) {
        return then(new OrderItem(column.name(), true));
    }

    /**
     * This ordering with {@code NULL}s of its last column before every value, on every dialect.
     *
     * @return the ordering
     * @throws IllegalStateException on the empty ordering
     */
    public OrderBy<T> nullsFirst() {
        return nulls(OrderItem.Nulls.FIRST);
    }

    /**
     * This ordering with {@code NULL}s of its last column after every value, on every dialect.
     *
     * @return the ordering
     * @throws IllegalStateException on the empty ordering
     */
    public OrderBy<T> nullsLast() {
        return nulls(OrderItem.Nulls.LAST);
    }

    private OrderBy<T> nulls(OrderItem.Nulls nulls) {
        if (items.isEmpty()) {
            throw new IllegalStateException("nullsFirst() and nullsLast() follow asc(column) or desc(column)");
        }
        List<OrderItem> changed = new ArrayList<>(items);
        OrderItem last = changed.removeLast();
        changed.add(new OrderItem(last.column(), last.descending(), nulls));
        return new OrderBy<>(changed);
    }

    /**
     * An ordering of the given terms; used by dynamic ordering, which checks each column against the table.
     *
     * @param items the terms
     * @param <T> the record type of the table
     * @return the ordering
     */
    static <T> OrderBy<T> of(List<OrderItem> items) {
        return new OrderBy<>(items);
    }

    private OrderBy<T> then(OrderItem item) {
        List<OrderItem> longer = new ArrayList<>(items);
        longer.add(item);
        return new OrderBy<>(longer);
    }

    /**
     * The ordering terms, for rendering by a dialect.
     *
     * @return the terms, first first
     */
    public List<OrderItem> items() {
        return items;
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
