package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.SortItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of a result over values of table {@code T}: columns, aggregates such as {@code Aggregates.sum(PRICE)},
 * or any computed value, each ascending or descending, with its {@code NULL}s placed where the dialect puts them or,
 * on every dialect alike, first or last. Built as {@code OrderBy.desc(RATING).nullsLast().thenAsc(NAME)}; the same
 * ordering serves {@code findMany}, {@code findPage} (columns only), {@link Query#orderBy} and
 * {@link Expressions#over}. Immutable.
 *
 * @param <T> the record type of the table
 * @since 0.1.0
 */
public final class OrderBy<T> {

    private static final OrderBy<?> NONE = new OrderBy<>(List.of());

    private final List<SortItem> items;

    private OrderBy(List<SortItem> items) {
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
     * Ascending by a value: a column, an aggregate or any computed value.
     *
     * @param value the value
     * @param <T> the record type of the table
     * @return the ordering
     */
    public static <T> OrderBy<T> asc(Operand<T, ?> value) {
        return new OrderBy<>(List.of(item(value, false)));
    }

    /**
     * Descending by a value: a column, an aggregate or any computed value.
     *
     * @param value the value
     * @param <T> the record type of the table
     * @return the ordering
     */
    public static <T> OrderBy<T> desc(Operand<T, ?> value) {
        return new OrderBy<>(List.of(item(value, true)));
    }

    /**
     * This ordering, then ascending by another value. A value over no table, such as {@code Aggregates.count()},
     * fits any ordering, and an ordering begun with one takes the table of the value that follows.
     *
     * @param value the value
     * @param <U> the record type of the table
     * @return the longer ordering
     */
    public <U extends T> OrderBy<U> thenAsc(Operand<U, ?> value) {
        return then(item(value, false));
    }

    /**
     * This ordering, then descending by another value; see {@link #thenAsc}.
     *
     * @param value the value
     * @param <U> the record type of the table
     * @return the longer ordering
     */
    public <U extends T> OrderBy<U> thenDesc(Operand<U, ?> value) {
        return then(item(value, true));
    }

    /**
     * This ordering with {@code NULL}s of its last term before every value, on every dialect: {@code NULLS FIRST}
     * where the database has it, a leading {@code CASE WHEN ... IS NULL} term where it does not (MySQL, MariaDB, SQL
     * Server). It applies to whatever the term orders by, an aggregate included.
     *
     * @return the ordering
     * @throws IllegalStateException on the empty ordering
     */
    public OrderBy<T> nullsFirst() {
        return nulls(OrderItem.Nulls.FIRST);
    }

    /**
     * This ordering with {@code NULL}s of its last term after every value, on every dialect; see
     * {@link #nullsFirst()}. A {@code SUM} over a group whose values are all {@code NULL} is {@code NULL}, so
     * {@code OrderBy.desc(Aggregates.sum(TOTAL)).nullsLast()} lists such groups last everywhere.
     *
     * @return the ordering
     * @throws IllegalStateException on the empty ordering
     */
    public OrderBy<T> nullsLast() {
        return nulls(OrderItem.Nulls.LAST);
    }

    /**
     * Whether this ordering has no term, like {@link #none()}.
     *
     * @return {@code true} for the empty ordering
     */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    private OrderBy<T> nulls(OrderItem.Nulls nulls) {
        if (items.isEmpty()) {
            throw new IllegalStateException("nullsFirst() and nullsLast() follow asc(value) or desc(value)");
        }
        List<SortItem> changed = new ArrayList<>(items);
        SortItem last = changed.removeLast();
        changed.add(new SortItem(last.expr(), last.descending(), nulls));
        return new OrderBy<>(changed);
    }

    private static SortItem item(Operand<?, ?> value, boolean descending) {
        return new SortItem(OperandNode.expr(value), descending, OrderItem.Nulls.DEFAULT);
    }

    private <U extends T> OrderBy<U> then(SortItem item) {
        List<SortItem> longer = new ArrayList<>(items);
        longer.add(item);
        return new OrderBy<>(longer);
    }

    /** The terms, first first, for rendering by a dialect. */
    List<SortItem> items() {
        return items;
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
