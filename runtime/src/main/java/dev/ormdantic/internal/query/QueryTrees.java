package dev.ormdantic.internal.query;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.query.Assignment;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.ComparableColumn;
import dev.ormdantic.query.EnumColumn;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.JsonColumn;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.NumericExpression;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.RowLock;
import dev.ormdantic.query.RowQuery;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.query.TableRef;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The SQL trees behind filters, orderings, assignments, columns and queries, for the runtime that renders them. The
 * public types of {@code dev.ormdantic.query} keep their trees package-private, as jOOQ keeps rendering on
 * {@code QueryPartInternal}; that package installs an {@link Access} here once, when {@link Filter} is initialized,
 * and every read goes through it.
 */
public final class QueryTrees {

    private static volatile @Nullable Access access;
    private static volatile @Nullable Relations relations;

    private QueryTrees() {}

    /**
     * What the query package gives the runtime. Implemented once, by that package.
     */
    public interface Access {

        /**
         * The condition of a filter.
         *
         * @param filter the filter
         * @return its expression
         */
        Expr where(Filter<?> filter);

        /**
         * A filter from a condition; the caller guarantees that the condition names only columns of table {@code T}
         * (or, inside its subqueries, correlates with them).
         *
         * @param expr the condition
         * @param <T> the record type of the table
         * @return the filter
         */
        <T> Filter<T> filter(Expr expr);

        /**
         * A number computed for each row of table {@code T}, such as a scalar subquery counting related rows.
         *
         * @param expr the value
         * @param type its logical type
         * @param <T> the record type of the table
         * @param <V> the Java type of the value
         * @return the number
         */
        <T, V extends Number & Comparable<? super V>> NumericExpression<T, V> number(Expr expr, ColumnType type);

        /**
         * The terms of an ordering.
         *
         * @param order the ordering
         * @return its terms, first first
         */
        List<SortItem> order(OrderBy<?> order);

        /**
         * The tree of a projection query.
         *
         * @param query the query
         * @return its select
         * @throws IllegalArgumentException for a negative limit or offset
         */
        Select select(Query<?> query);

        /**
         * The row lock of a projection query.
         *
         * @param query the query
         * @return its lock, or {@code null} when it takes none
         */
        @Nullable
        LockClause lock(Query<?> query);

        /**
         * The lock clause of a row lock.
         *
         * @param lock the lock
         * @return its clause
         */
        LockClause lock(RowLock lock);

        /**
         * The untyped query behind a typed one.
         *
         * @param query the typed query
         * @return the query it runs
         */
        Query<?> query(RowQuery<?, ?> query);

        /**
         * The logical type of each selected value of a typed query, which decides how it is read.
         *
         * @param query the typed query
         * @return one type per selected value, in order
         */
        List<ColumnType> types(RowQuery<?, ?> query);

        /**
         * One result of a typed query from the values of one row.
         *
         * @param query the typed query
         * @param values the values, read as {@link #types} says, in order
         * @param <R> the result type
         * @return the result
         */
        <R> R row(RowQuery<?, R> query, @Nullable Object[] values);

        /**
         * The schema of a column.
         *
         * @param column the column
         * @return its spec
         */
        ColumnSpec spec(Column<?, ?> column);

        /**
         * A new column that is only compared for equality (booleans, UUIDs, bytes).
         *
         * @param name the column name in the database
         * @param type the logical type
         * @param nullable whether the column accepts {@code NULL}
         * @param <T> the record type
         * @param <V> the value type
         * @return the column
         */
        <T, V> Column<T, V> column(String name, ColumnType type, boolean nullable);

        /**
         * A new ordered column (dates, times).
         *
         * @param name the column name in the database
         * @param type the logical type
         * @param nullable whether the column accepts {@code NULL}
         * @param <T> the record type
         * @param <V> the value type
         * @return the column
         */
        <T, V extends Comparable<? super V>> ComparableColumn<T, V> comparable(
                String name, ColumnType type, boolean nullable);

        /**
         * A new numeric column.
         *
         * @param name the column name in the database
         * @param type the logical type
         * @param nullable whether the column accepts {@code NULL}
         * @param <T> the record type
         * @param <V> the value type
         * @return the column
         */
        <T, V extends Number & Comparable<? super V>> NumericColumn<T, V> numeric(
                String name, ColumnType type, boolean nullable);

        /**
         * A new text column.
         *
         * @param name the column name in the database
         * @param type the logical type
         * @param nullable whether the column accepts {@code NULL}
         * @param <T> the record type
         * @return the column
         */
        <T> StringColumn<T> string(String name, ColumnType type, boolean nullable);

        /**
         * A new JSON column.
         *
         * @param name the column name in the database
         * @param type the logical type
         * @param nullable whether the column accepts {@code NULL}
         * @param <T> the record type
         * @return the column
         */
        <T> JsonColumn<T> json(String name, ColumnType type, boolean nullable);

        /**
         * A new enum column.
         *
         * @param name the column name in the database
         * @param type the logical type
         * @param nullable whether the column accepts {@code NULL}
         * @param constants the enum's constants in declaration order, or empty when stored by name
         * @param values the value stored for each constant, in the same order, or empty when stored by name
         * @param nativeType the native enum type's name, or the empty string for a text column
         * @param <T> the record type
         * @param <E> the enum type
         * @return the column
         */
        <T, E extends Enum<E>> EnumColumn<T, E> enumeration(
                String name,
                ColumnType type,
                boolean nullable,
                List<E> constants,
                List<String> values,
                String nativeType);

        /**
         * The assigned column of an assignment.
         *
         * @param assignment the assignment
         * @return the column name
         */
        String column(Assignment<?> assignment);

        /**
         * The new value of an assignment.
         *
         * @param assignment the assignment
         * @return a bound parameter or an expression over the row's columns
         */
        Expr value(Assignment<?> assignment);
    }

    /**
     * A table's relationships, for the dynamic filters of {@code query.Filters}, which cannot name the relation
     * package (it depends on the query package). Implemented once, by {@code support}, over
     * {@code GeneratedTable.relationships()}.
     */
    public interface Relations {

        /**
         * The names of a table's relationships, in declaration order.
         *
         * @param table the table
         * @return the names; empty for a table without relationships, or one the processor did not generate
         */
        List<String> names(TableRef<?, ?> table);

        /**
         * A relationship of a table by name.
         *
         * @param table the table
         * @param name the relationship's name, such as {@code posts}
         * @return the relationship, or {@code null} when the table has none of that name
         */
        @Nullable
        Related related(TableRef<?, ?> table, String name);
    }

    /**
     * A relationship as dynamic filters see it: the related table, the operators it takes, and the predicate each
     * makes.
     *
     * @param target the related table, whose columns the nested filter names
     * @param operators the operator names, such as {@code any}, {@code none}, {@code every} or {@code has}
     * @param predicate the filter of the source table for an operator and a filter of the related table
     */
    public record Related(
            TableRef<?, ?> target, List<String> operators, BiFunction<String, Filter<?>, Filter<?>> predicate) {
        /** Copies the list. */
        public Related {
            operators = List.copyOf(operators);
        }
    }

    /**
     * Installs the lookup of tables' relationships; called once, by {@code support.GeneratedTable}.
     *
     * @param installed the lookup
     * @throws IllegalStateException when one is installed already
     */
    public static synchronized void installRelations(Relations installed) {
        if (relations != null) {
            throw new IllegalStateException("the relationships are looked up through one lookup, installed already");
        }
        relations = installed;
    }

    /**
     * The lookup of tables' relationships, or {@code null} when no generated table has been loaded (so no table has
     * relationships).
     *
     * @return the lookup
     */
    public static @Nullable Relations relations() {
        return relations;
    }

    /**
     * Installs the query package's access; called once, by that package.
     *
     * @param installed the access
     * @throws IllegalStateException when one is installed already
     */
    public static synchronized void install(Access installed) {
        if (access != null) {
            throw new IllegalStateException("the query trees are reached through one access, installed already");
        }
        access = installed;
    }

    /**
     * The query package's access.
     *
     * @return the access
     */
    public static Access access() {
        Access current = access;
        if (current == null) {
            Filter.all(); // initializing Filter installs the access
            current = access;
            if (current == null) {
                throw new IllegalStateException("the query package installed no access to its trees");
            }
        }
        return current;
    }

    /**
     * The condition of a filter; see {@link Access#where}.
     *
     * @param filter the filter
     * @return its expression
     */
    public static Expr where(Filter<?> filter) {
        return access().where(filter);
    }

    /**
     * A filter from a condition; see {@link Access#filter}.
     *
     * @param expr the condition
     * @param <T> the record type of the table
     * @return the filter
     */
    public static <T> Filter<T> filter(Expr expr) {
        return access().filter(expr);
    }

    /**
     * A number computed for each row; see {@link Access#number}.
     *
     * @param expr the value
     * @param type its logical type
     * @param <T> the record type of the table
     * @param <V> the Java type of the value
     * @return the number
     */
    public static <T, V extends Number & Comparable<? super V>> NumericExpression<T, V> number(
            Expr expr, ColumnType type) {
        return access().number(expr, type);
    }

    /**
     * The terms of an ordering; see {@link Access#order}.
     *
     * @param order the ordering
     * @return its terms
     */
    public static List<SortItem> order(OrderBy<?> order) {
        return access().order(order);
    }

    /**
     * The tree of a projection query; see {@link Access#select}.
     *
     * @param query the query
     * @return its select
     */
    public static Select select(Query<?> query) {
        return access().select(query);
    }

    /**
     * The schema of a column; see {@link Access#spec}.
     *
     * @param column the column
     * @return its spec
     */
    public static ColumnSpec spec(Column<?, ?> column) {
        return access().spec(column);
    }
}
