package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.SortItem;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Renders reads: selects by key and by filter, counts, and the filter expressions themselves. */
final class QueryRenderer {

    private final Dialect dialect;

    QueryRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    String selectAll(TableSpec table) {
        StringJoiner columns = new StringJoiner(", ", "SELECT ", " FROM " + dialect.tableName(table));
        for (ColumnSpec column : table.columns()) {
            columns.add(dialect.quote(column.name()));
        }
        return columns.toString();
    }

    String selectByKey(TableSpec table) {
        return selectAll(table) + " WHERE " + new WriteRenderer(dialect).keyPredicate(table);
    }

    String countAll(TableSpec table) {
        return "SELECT COUNT(*) FROM " + dialect.tableName(table);
    }

    RenderedSql select(TableSpec table, @Nullable Expr where, List<OrderItem> orderBy, long limit, long offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException(
                    "limit and offset must be >= 0 (0 means none), got limit " + limit + " and offset " + offset);
        }
        return select(table, where, orderBy, SqlWriter.pagingParam(limit), SqlWriter.pagingParam(offset));
    }

    /** A select whose page is given as parameters, so that a cached rendering serves every page. */
    RenderedSql select(
            TableSpec table,
            @Nullable Expr where,
            List<OrderItem> orderBy,
            Expr.@Nullable Param limit,
            Expr.@Nullable Param offset) {
        return selectSorted(table, where, sortItems(table, orderBy), limit, offset, null);
    }

    /**
     * A select whose ordering is on any values, locking the rows it reads when a lock is given; an unqualified column
     * among the values must exist.
     */
    RenderedSql selectSorted(
            TableSpec table,
            @Nullable Expr where,
            List<SortItem> orderBy,
            Expr.@Nullable Param limit,
            Expr.@Nullable Param offset,
            @Nullable LockClause lock) {
        for (SortItem item : orderBy) {
            if (item.expr() instanceof Expr.Column column && column.qualifier() == null) {
                table.column(column.name());
            }
        }
        if (lock != null) {
            RowLockRenderer.check(dialect, lock, limit != null || offset != null);
        }
        SqlWriter writer =
                new SqlWriter(dialect, table).append(selectAll(table)).append(RowLockRenderer.tableHint(dialect, lock));
        writer.where(where);
        writer.orderBy(orderBy, limit != null || offset != null);
        writer.paging(limit, offset);
        writer.append(RowLockRenderer.clause(dialect, lock));
        return writer.done();
    }

    /** The select of the row with a key, locking it. */
    String selectByKey(TableSpec table, LockClause lock) {
        RowLockRenderer.check(dialect, lock, false);
        return selectAll(table) + RowLockRenderer.tableHint(dialect, lock) + " WHERE "
                + new WriteRenderer(dialect).keyPredicate(table) + RowLockRenderer.clause(dialect, lock);
    }

    /** The ordering on columns of the table, each checked to exist. */
    static List<SortItem> sortItems(TableSpec table, List<OrderItem> orderBy) {
        List<SortItem> items = new ArrayList<>(orderBy.size());
        for (OrderItem item : orderBy) {
            table.column(item.column());
            items.add(new SortItem(new Expr.Column(item.column()), item.descending(), item.nulls()));
        }
        return items;
    }

    RenderedSql count(TableSpec table, @Nullable Expr where) {
        SqlWriter writer = new SqlWriter(dialect, table).append(countAll(table));
        writer.where(where);
        return writer.done();
    }

    RenderedSql where(Expr where) {
        SqlWriter writer = new SqlWriter(dialect);
        writer.expr(where);
        return writer.done();
    }
}
