package dev.ormdantic.dialect;

import dev.ormdantic.dialect.Capabilities.Paging;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.RenderedSql;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Renders reads: selects by key and by filter, counts, and the filter expressions themselves. */
final class QueryRenderer {

    private static final ColumnType PAGING_TYPE = ColumnType.of(ColumnType.Kind.LONG);

    private final Dialect dialect;

    QueryRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    String selectAll(TableSpec table) {
        StringJoiner columns = new StringJoiner(", ", "SELECT ", " FROM " + dialect.quote(table.name()));
        for (ColumnSpec column : table.columns()) {
            columns.add(dialect.quote(column.name()));
        }
        return columns.toString();
    }

    String selectByKey(TableSpec table) {
        return selectAll(table) + " WHERE " + new WriteRenderer(dialect).keyPredicate(table);
    }

    String countAll(TableSpec table) {
        return "SELECT COUNT(*) FROM " + dialect.quote(table.name());
    }

    RenderedSql select(TableSpec table, @Nullable Expr where, List<OrderItem> orderBy, long limit, long offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException(
                    "limit and offset must be >= 0 (0 means none), got limit " + limit + " and offset " + offset);
        }
        List<Expr.Param> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(selectAll(table));
        appendWhere(sql, where, params);
        Capabilities caps = dialect.capabilities();
        boolean paged = limit > 0 || offset > 0;
        if (!orderBy.isEmpty()) {
            StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
            for (OrderItem item : orderBy) {
                table.column(item.column());
                order.add(dialect.quote(item.column()) + (item.descending() ? " DESC" : " ASC"));
            }
            sql.append(order);
        } else if (paged && caps.orderRequiredForPaging()) {
            sql.append(" ORDER BY (SELECT NULL)");
        }
        if (paged) {
            appendPaging(sql, limit, offset, params);
        }
        return new RenderedSql(sql.toString(), params);
    }

    private void appendPaging(StringBuilder sql, long limit, long offset, List<Expr.Param> params) {
        Capabilities caps = dialect.capabilities();
        if (caps.paging() == Paging.OFFSET_FETCH) {
            sql.append(" OFFSET ? ROWS");
            params.add(new Expr.Param(offset, PAGING_TYPE));
            if (limit > 0) {
                sql.append(" FETCH NEXT ? ROWS ONLY");
                params.add(new Expr.Param(limit, PAGING_TYPE));
            }
            return;
        }
        if (limit > 0) {
            sql.append(" LIMIT ?");
            params.add(new Expr.Param(limit, PAGING_TYPE));
        } else if (caps.limitForOffsetOnly() != null) {
            sql.append(" LIMIT ").append(caps.limitForOffsetOnly());
        }
        if (offset > 0) {
            sql.append(" OFFSET ?");
            params.add(new Expr.Param(offset, PAGING_TYPE));
        }
    }

    RenderedSql count(TableSpec table, @Nullable Expr where) {
        List<Expr.Param> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(countAll(table));
        appendWhere(sql, where, params);
        return new RenderedSql(sql.toString(), params);
    }

    RenderedSql where(Expr where) {
        List<Expr.Param> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        render(where, sql, params);
        return new RenderedSql(sql.toString(), params);
    }

    private void appendWhere(StringBuilder sql, @Nullable Expr where, List<Expr.Param> params) {
        if (where == null || (where instanceof Expr.And and && and.terms().isEmpty())) {
            return;
        }
        sql.append(" WHERE ");
        render(where, sql, params);
    }

    private void render(Expr expr, StringBuilder sql, List<Expr.Param> params) {
        switch (expr) {
            case Expr.Column column -> sql.append(dialect.quote(column.name()));
            case Expr.Param param -> {
                sql.append('?');
                params.add(param);
            }
            case Expr.Compare compare -> renderCompare(compare, sql, params);
            case Expr.Like like -> renderLike(like, sql, params);
            case Expr.In in -> renderIn(in, sql, params);
            case Expr.IsNull isNull -> {
                render(isNull.operand(), sql, params);
                sql.append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
            }
            case Expr.And and -> renderJunction(and.terms(), " AND ", "1 = 1", sql, params);
            case Expr.Or or -> renderJunction(or.terms(), " OR ", "1 = 0", sql, params);
            case Expr.Not not -> {
                sql.append("NOT (");
                render(not.operand(), sql, params);
                sql.append(')');
            }
        }
    }

    private void renderCompare(Expr.Compare compare, StringBuilder sql, List<Expr.Param> params) {
        // "= NULL" matches nothing in SQL; a comparison with a null value means IS [NOT] NULL.
        if (compare.right() instanceof Expr.Param param && param.value() == null) {
            switch (compare.op()) {
                case EQ -> {
                    render(new Expr.IsNull(compare.left(), false), sql, params);
                    return;
                }
                case NE -> {
                    render(new Expr.IsNull(compare.left(), true), sql, params);
                    return;
                }
                default ->
                    throw new IllegalArgumentException("cannot compare with NULL using "
                            + compare.op().sql() + "; only = and <> accept a null value");
            }
        }
        render(compare.left(), sql, params);
        sql.append(' ').append(compare.op().sql()).append(' ');
        render(compare.right(), sql, params);
    }

    private void renderLike(Expr.Like like, StringBuilder sql, List<Expr.Param> params) {
        String not = like.negated() ? " NOT" : "";
        if (!like.caseInsensitive()) {
            render(like.operand(), sql, params);
            sql.append(not).append(" LIKE ");
            render(like.pattern(), sql, params);
        } else if (dialect.capabilities().caseInsensitiveLike()) {
            render(like.operand(), sql, params);
            sql.append(not).append(" ILIKE ");
            render(like.pattern(), sql, params);
        } else {
            sql.append("LOWER(");
            render(like.operand(), sql, params);
            sql.append(')').append(not).append(" LIKE LOWER(");
            render(like.pattern(), sql, params);
            sql.append(')');
        }
    }

    private void renderIn(Expr.In in, StringBuilder sql, List<Expr.Param> params) {
        if (in.values().isEmpty()) {
            // IN () is a syntax error; an empty IN matches nothing and an empty NOT IN everything.
            sql.append(in.negated() ? "1 = 1" : "1 = 0");
            return;
        }
        render(in.operand(), sql, params);
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        boolean first = true;
        for (Expr value : in.values()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            render(value, sql, params);
        }
        sql.append(')');
    }

    private void renderJunction(
            List<Expr> terms, String operator, String empty, StringBuilder sql, List<Expr.Param> params) {
        if (terms.isEmpty()) {
            sql.append(empty);
            return;
        }
        boolean first = true;
        for (Expr term : terms) {
            if (!first) {
                sql.append(operator);
            }
            first = false;
            boolean nested = term instanceof Expr.And || term instanceof Expr.Or;
            if (nested) {
                sql.append('(');
            }
            render(term, sql, params);
            if (nested) {
                sql.append(')');
            }
        }
    }
}
