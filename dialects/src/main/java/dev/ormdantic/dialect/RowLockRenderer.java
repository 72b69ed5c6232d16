package dev.ormdantic.dialect;

import dev.ormdantic.dialect.QuerySyntax.RowLocks;
import dev.ormdantic.dialect.sql.Cte;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import org.jspecify.annotations.Nullable;

/**
 * The row lock of a select, per dialect: where it goes ({@code FOR UPDATE ...} after the page, or SQL Server's table
 * hints after the table name), how it is spelled, and which locks a dialect refuses. The one {@code switch} on
 * {@link RowLocks} is here.
 *
 * <p>A lock belongs to rows of one table, so a query that locks must read such rows: no {@code DISTINCT},
 * {@code GROUP BY}, {@code HAVING}, aggregate or window function, and not a common table expression. PostgreSQL and
 * Oracle refuse those shapes themselves; MySQL takes them and locks whatever rows it scanned, which no other database
 * would. They are refused on every dialect, so that a query means the same everywhere.
 */
final class RowLockRenderer {

    private RowLockRenderer() {}

    /**
     * Refuses a lock on a projection query that the dialect cannot take or that reads no rows of its table.
     *
     * @throws UnsupportedFeatureException when the dialect has no such lock
     * @throws IllegalArgumentException when the query's shape reads no single rows of its table
     */
    static void check(Dialect dialect, LockClause lock, Select select) {
        requireRowLocks(dialect);
        String reason = null;
        if (select.distinct()) {
            reason = "a DISTINCT";
        } else if (!select.groupBy().isEmpty()) {
            reason = "a GROUP BY";
        } else if (select.having() != null) {
            reason = "a HAVING";
        }
        for (Projection projection : select.projections()) {
            reason = reason != null ? reason : grouping(projection.expr());
        }
        for (SortItem item : select.orderBy()) {
            reason = reason != null ? reason : grouping(item.expr());
        }
        if (reason != null) {
            throw new IllegalArgumentException("a query that locks rows (" + lock
                    + ") must return rows of its table, which " + reason
                    + " does not; leave the lock out, or lock the rows with a query of their own");
        }
        for (Cte cte : select.with()) {
            if (cte.name().equals(select.from())) {
                throw new IllegalArgumentException("a query that locks rows (" + lock + ") must read its table, not"
                        + " the common table expression '" + cte.name() + "'");
            }
        }
        check(dialect, lock, select.limit() > 0 || select.offset() > 0);
    }

    /**
     * Refuses a lock the dialect cannot take on a select of a table's rows.
     *
     * @param paged whether the select has a limit or an offset
     * @throws UnsupportedFeatureException when the dialect has no such lock
     */
    static void check(Dialect dialect, LockClause lock, boolean paged) {
        requireRowLocks(dialect);
        if (QuerySyntax.of(dialect.id()).rowLocks() != RowLocks.FOR_UPDATE_ONLY) {
            return;
        }
        if (lock.mode() == LockClause.Mode.SHARE) {
            throw new UnsupportedFeatureException(
                    dialect.id(),
                    "shared row locks (FOR SHARE)",
                    "Lock with forUpdate(), which also keeps other transactions from changing the rows until this one"
                            + " ends");
        }
        if (paged) {
            throw new UnsupportedFeatureException(
                    dialect.id(),
                    "row locks on a query with a limit or an offset (FETCH ... FOR UPDATE is ORA-02014)",
                    "Leave the limit and offset out, and choose the rows to lock by the filter");
        }
    }

    private static void requireRowLocks(Dialect dialect) {
        if (QuerySyntax.of(dialect.id()).rowLocks() == RowLocks.NONE) {
            throw new UnsupportedFeatureException(
                    dialect.id(),
                    "row locks (FOR UPDATE, FOR SHARE)",
                    "Leave the lock out: Ormdantic's SQLite transactions begin IMMEDIATE, taking the whole database's"
                            + " write lock when they begin, so what a transaction reads cannot be changed by another"
                            + " writer until it commits");
        }
    }

    /** What in a selected or sorted value groups rows, outside its subqueries; {@code null} for nothing. */
    private static @Nullable String grouping(Expr expr) {
        return switch (expr) {
            case Expr.AggregateCall agg -> "an aggregate (" + agg.function().name() + ")";
            case Expr.Window window -> "a window function";
            case Expr.RankingCall ranking -> "a window function";
            case Expr.Column column -> null;
            case Expr.Correlated correlated -> null;
            case Expr.Param param -> null;
            case Expr.Literal literal -> null;
            case Expr.Exists exists -> null;
            case Expr.Subquery sub -> null;
            case Expr.InSelect in -> grouping(in.operand());
            case Expr.Compare compare -> first(grouping(compare.left()), grouping(compare.right()));
            case Expr.Like like -> first(grouping(like.operand()), grouping(like.pattern()));
            case Expr.In in -> {
                String found = grouping(in.operand());
                for (Expr value : in.values()) {
                    found = first(found, grouping(value));
                }
                yield found;
            }
            case Expr.IsNull isNull -> grouping(isNull.operand());
            case Expr.And and -> all(and.terms());
            case Expr.Or or -> all(or.terms());
            case Expr.Not not -> grouping(not.operand());
            case Expr.Between between ->
                first(grouping(between.operand()), first(grouping(between.low()), grouping(between.high())));
            case Expr.Arithmetic arithmetic -> first(grouping(arithmetic.left()), grouping(arithmetic.right()));
            case Expr.Call call -> all(call.args());
            case Expr.Case c -> {
                String found = c.otherwise() == null ? null : grouping(c.otherwise());
                for (Expr.When when : c.whens()) {
                    found = first(found, first(grouping(when.condition()), grouping(when.value())));
                }
                yield found;
            }
            case Expr.Cast cast -> grouping(cast.operand());
            case Expr.Raw raw -> all(raw.args());
        };
    }

    private static @Nullable String all(java.util.List<Expr> exprs) {
        String found = null;
        for (Expr expr : exprs) {
            found = first(found, grouping(expr));
        }
        return found;
    }

    private static @Nullable String first(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    /**
     * The table hint that follows the table name (and its alias) in {@code FROM}: SQL Server's, or the empty string.
     *
     * @param dialect the dialect
     * @param lock the lock, or {@code null} for none
     * @return the hint with a leading space, or the empty string
     */
    static String tableHint(Dialect dialect, @Nullable LockClause lock) {
        if (lock == null || QuerySyntax.of(dialect.id()).rowLocks() != RowLocks.TABLE_HINTS) {
            return "";
        }
        // UPDLOCK holds update locks, REPEATABLEREAD shared ones, until the transaction ends; ROWLOCK keeps them on
        // rows. HOLDLOCK would hold range locks too (SERIALIZABLE) and cannot be combined with READPAST.
        String hold = lock.mode() == LockClause.Mode.UPDATE ? "UPDLOCK" : "REPEATABLEREAD";
        String wait = switch (lock.onLocked()) {
            case WAIT -> "";
            case NOWAIT -> ", NOWAIT";
            case SKIP_LOCKED -> ", READPAST";
        };
        return " WITH (" + hold + ", ROWLOCK" + wait + ")";
    }

    /**
     * The locking clause that ends the select, after its page: {@code FOR UPDATE SKIP LOCKED} and the like, or the
     * empty string where the dialect locks by table hints.
     *
     * @param dialect the dialect
     * @param lock the lock, or {@code null} for none
     * @return the clause with a leading space, or the empty string
     */
    static String clause(Dialect dialect, @Nullable LockClause lock) {
        if (lock == null) {
            return "";
        }
        String wait = switch (lock.onLocked()) {
            case WAIT -> "";
            case NOWAIT -> " NOWAIT";
            case SKIP_LOCKED -> " SKIP LOCKED";
        };
        boolean update = lock.mode() == LockClause.Mode.UPDATE;
        return switch (QuerySyntax.of(dialect.id()).rowLocks()) {
            case NONE, TABLE_HINTS -> "";
            case FOR_UPDATE_OR_SHARE -> (update ? " FOR UPDATE" : " FOR SHARE") + wait;
            case LOCK_IN_SHARE_MODE -> (update ? " FOR UPDATE" : " LOCK IN SHARE MODE") + wait;
            case FOR_UPDATE_ONLY -> " FOR UPDATE" + wait;
        };
    }
}
