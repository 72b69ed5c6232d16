package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.Correlation;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The statements of the query language that are rendered at run time, once per query shape: filtered selects whose
 * page is a parameter, set-based updates and deletes, and projection queries. Every name comes from the table's
 * generated metadata or the program; every value is a parameter.
 *
 * @since 0.1.0
 */
public final class DynamicSql {

    private DynamicSql() {}

    /**
     * A select of every column of the rows that match a filter, in an order, with the page bound as parameters.
     *
     * @param dialect the dialect
     * @param table the table
     * @param where the filter, or {@code null} for every row
     * @param orderBy the ordering, possibly empty; each column must exist
     * @param limit the parameter holding the most rows, or {@code null} for no limit
     * @param offset the parameter holding the rows to skip, or {@code null} for none
     * @return the SQL and its parameters
     * @throws IllegalArgumentException when an ordering column does not exist or a filter compares with {@code NULL}
     *     using an ordering operator
     */
    public static RenderedSql select(
            Dialect dialect,
            TableSpec table,
            @Nullable Expr where,
            List<OrderItem> orderBy,
            Expr.@Nullable Param limit,
            Expr.@Nullable Param offset) {
        return new QueryRenderer(dialect).select(table, where, orderBy, limit, offset);
    }

    /**
     * A select of every column of the rows that match a filter, ordered by any values (columns of the table,
     * aggregates, computed values), with the page bound as parameters.
     *
     * @param dialect the dialect
     * @param table the table
     * @param where the filter, or {@code null} for every row
     * @param orderBy the ordering, possibly empty; each unqualified column it names must exist
     * @param limit the parameter holding the most rows, or {@code null} for no limit
     * @param offset the parameter holding the rows to skip, or {@code null} for none
     * @return the SQL and its parameters
     * @throws IllegalArgumentException when an ordering column does not exist or a value cannot be rendered
     */
    public static RenderedSql selectSorted(
            Dialect dialect,
            TableSpec table,
            @Nullable Expr where,
            List<SortItem> orderBy,
            Expr.@Nullable Param limit,
            Expr.@Nullable Param offset) {
        return new QueryRenderer(dialect).selectSorted(table, where, orderBy, limit, offset, null);
    }

    /**
     * A select of every column of the rows that match a filter, as {@link #selectSorted(Dialect, TableSpec, Expr,
     * List, Expr.Param, Expr.Param)} renders it, locking the rows it returns until the transaction ends.
     *
     * @param dialect the dialect
     * @param table the table
     * @param where the filter, or {@code null} for every row
     * @param orderBy the ordering, possibly empty; each unqualified column it names must exist
     * @param limit the parameter holding the most rows, or {@code null} for no limit
     * @param offset the parameter holding the rows to skip, or {@code null} for none
     * @param lock the row lock
     * @return the SQL and its parameters
     * @throws UnsupportedFeatureException when the dialect cannot take the lock (SQLite; a shared lock, or a lock with
     *     a limit or an offset, on Oracle)
     * @throws IllegalArgumentException when an ordering column does not exist or a value cannot be rendered
     */
    public static RenderedSql selectSorted(
            Dialect dialect,
            TableSpec table,
            @Nullable Expr where,
            List<SortItem> orderBy,
            Expr.@Nullable Param limit,
            Expr.@Nullable Param offset,
            LockClause lock) {
        return new QueryRenderer(dialect).selectSorted(table, where, orderBy, limit, offset, lock);
    }

    /**
     * The select of the row with a key, as the table's fixed {@code selectByKey} statement (its parameters are the
     * same), locking the row until the transaction ends.
     *
     * @param dialect the dialect
     * @param table the table
     * @param lock the row lock
     * @return the SQL
     * @throws UnsupportedFeatureException when the dialect cannot take the lock
     */
    public static String selectByKey(Dialect dialect, TableSpec table, LockClause lock) {
        return new QueryRenderer(dialect).selectByKey(table, lock);
    }

    /**
     * {@code UPDATE table SET column = value, ... WHERE filter}.
     *
     * @param dialect the dialect
     * @param table the table
     * @param assignments the new value of each assigned column, in order; at least one, each column existing
     * @param where the filter, or {@code null} for every row
     * @return the SQL and its parameters
     * @throws IllegalArgumentException when there is no assignment or a column does not exist
     */
    public static RenderedSql update(
            Dialect dialect, TableSpec table, Map<String, Expr> assignments, @Nullable Expr where) {
        if (assignments.isEmpty()) {
            throw new IllegalArgumentException("an update needs at least one assignment");
        }
        checkReadsOfItsTable(dialect, table, where, "UPDATE");
        SqlWriter writer = new SqlWriter(dialect, table)
                .append("UPDATE ")
                .append(dialect.tableName(table))
                .append(" SET ");
        boolean first = true;
        for (Map.Entry<String, Expr> assignment : assignments.entrySet()) {
            table.column(assignment.getKey());
            writer.append(first ? "" : ", ").quote(assignment.getKey()).append(" = ");
            writer.expr(assignment.getValue());
            first = false;
        }
        writer.where(where);
        return writer.done();
    }

    /**
     * The update of some columns of the row with a key, for a session's flush: {@code UPDATE table SET c1 = ?, ... WHERE
     * key = ?}, and, with a version column, {@code SET ..., version = ? WHERE key = ? AND version = ?}. Its parameters,
     * in order: the columns, the new version, the key columns (as the fixed {@code updateByKey} binds them), the
     * expected version.
     *
     * @param dialect the dialect
     * @param table the table
     * @param columns the updated columns, in table order; may be empty only with a version
     * @param version the version column, or {@code null} for an update that checks no version
     * @return the SQL
     * @throws IllegalArgumentException when there is nothing to update or a column does not exist
     */
    public static String updateColumnsByKey(
            Dialect dialect, TableSpec table, List<String> columns, @Nullable String version) {
        return new WriteRenderer(dialect).updateColumnsByKey(table, columns, version);
    }

    /**
     * The delete of the row with a key, checking its version where a version column is given: {@code DELETE FROM
     * table WHERE key = ? AND version = ?}. Binds the key columns, then the expected version.
     *
     * @param dialect the dialect
     * @param table the table
     * @param version the version column, or {@code null}
     * @return the SQL
     */
    public static String deleteByKey(Dialect dialect, TableSpec table, @Nullable String version) {
        return new WriteRenderer(dialect).deleteByKey(table, version);
    }

    /**
     * The select of one column of the row with a key, such as the version a failed versioned update found. Binds the
     * key columns.
     *
     * @param dialect the dialect
     * @param table the table
     * @param column the column
     * @return the SQL
     */
    public static String selectColumnByKey(Dialect dialect, TableSpec table, String column) {
        return new WriteRenderer(dialect).selectColumnByKey(table, column);
    }

    /**
     * {@code DELETE FROM table WHERE filter}.
     *
     * @param dialect the dialect
     * @param table the table
     * @param where the filter, or {@code null} for every row
     * @return the SQL and its parameters
     */
    public static RenderedSql delete(Dialect dialect, TableSpec table, @Nullable Expr where) {
        checkReadsOfItsTable(dialect, table, where, "DELETE");
        SqlWriter writer = new SqlWriter(dialect, table).append("DELETE FROM ").append(dialect.tableName(table));
        writer.where(where);
        return writer.done();
    }

    /**
     * Refuses, where the database refuses it (MySQL's error 1093), a write whose filter reads the written table in a
     * subquery: a relation predicate of a self-referencing relationship, or an {@code EXISTS} on the same table.
     */
    private static void checkReadsOfItsTable(Dialect dialect, TableSpec table, @Nullable Expr where, String statement) {
        if (where == null || QuerySyntax.of(dialect.id()).writeReadsItsTable()) {
            return;
        }
        if (Correlation.reads(where, table.schema(), table.name())) {
            throw new UnsupportedFeatureException(
                    dialect.id(),
                    "an " + statement + " whose filter reads '" + table.name() + "', the table it writes, in a"
                            + " subquery (MySQL error 1093), such as a relation predicate of a self-reference",
                    "read the keys first (findMany or a Query selecting the key) and write by key, such as"
                            + " deleteWhere(ID.in(keys)), in one transaction");
        }
    }

    /**
     * A projection query.
     *
     * @param dialect the dialect
     * @param select the query
     * @return the SQL and its parameters
     * @throws IllegalArgumentException when the query holds something the dialect cannot render, such as a
     *     {@code CAST} to a boolean
     */
    public static RenderedSql select(Dialect dialect, Select select) {
        SqlWriter writer = new SqlWriter(dialect);
        writer.select(select);
        return writer.done();
    }

    /**
     * A projection query on one table, whose column types decide how its exact numbers compare and sort (by value on
     * SQLite, where they are stored as text).
     *
     * @param dialect the dialect
     * @param select the query
     * @param table the table it reads
     * @return the SQL and its parameters
     * @throws IllegalArgumentException when the query holds something the dialect cannot render
     */
    public static RenderedSql select(Dialect dialect, Select select, TableSpec table) {
        SqlWriter writer = new SqlWriter(dialect, table);
        writer.select(select);
        return writer.done();
    }

    /**
     * A projection query on one table that locks the rows it reads until the transaction ends.
     *
     * @param dialect the dialect
     * @param select the query, which must return rows of its table: no {@code DISTINCT}, {@code GROUP BY},
     *     {@code HAVING}, aggregate or window function, and not read from a common table expression
     * @param table the table it reads
     * @param lock the row lock
     * @return the SQL and its parameters
     * @throws UnsupportedFeatureException when the dialect cannot take the lock (SQLite; a shared lock, or a lock with
     *     a limit or an offset, on Oracle)
     * @throws IllegalArgumentException when the query's shape returns no rows of its table to lock, or it holds
     *     something the dialect cannot render
     */
    public static RenderedSql select(Dialect dialect, Select select, TableSpec table, LockClause lock) {
        RowLockRenderer.check(dialect, lock, select);
        SqlWriter writer = new SqlWriter(dialect, table);
        writer.select(select, lock);
        return writer.done();
    }

    /**
     * The value to bind for a parameter on a dialect: a {@link dev.ormdantic.dialect.sql.LikeText} becomes its
     * escaped pattern; any other value is bound as it is.
     *
     * @param dialect the dialect
     * @param param the parameter
     * @return the parameter to bind
     */
    public static Expr.Param bindable(Dialect dialect, Expr.Param param) {
        if (param.value() instanceof dev.ormdantic.dialect.sql.LikeText text) {
            return param.withValue(text.pattern(QuerySyntax.of(dialect.id()).bracketWildcard()));
        }
        return param;
    }
}
