package dev.ormdantic.dialect;

import dev.ormdantic.dialect.Capabilities.Paging;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.Cte;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Join;
import dev.ormdantic.dialect.sql.LikeText;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.dialect.sql.OrderItem.Nulls;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.dialect.sql.ValueList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes expressions and selects into one statement's text and parameter list. Values only ever become {@code ?}
 * markers; names come from the tree, quoted by the dialect. One writer per statement; not thread-safe.
 */
final class SqlWriter {

    private static final ColumnType PAGING_TYPE = ColumnType.of(ColumnType.Kind.LONG);

    private final Dialect dialect;
    private final QuerySyntax syntax;
    private final StringBuilder sql = new StringBuilder();
    private final List<Expr.Param> params = new ArrayList<>();
    /** The table's exact-number columns, compared with the dialect's exact collation where it needs one. */
    private final Set<String> exactColumns = new HashSet<>();
    /** The statement's table, or {@code null} when it reads several or is unknown. */
    private final @Nullable TableSpec table;
    /**
     * The name each query level being written is known by, outermost first: the statement's table, then each select
     * (its alias, else its table), so that a {@link Expr.Correlated} column names the level just outside its own.
     */
    private final List<String> scopes = new ArrayList<>();

    SqlWriter(Dialect dialect) {
        this(dialect, null);
    }

    /**
     * A writer for a statement on one table, whose exact-number columns it knows.
     *
     * @param dialect the dialect
     * @param table the table, or {@code null} when unknown
     */
    SqlWriter(Dialect dialect, @Nullable TableSpec table) {
        this.dialect = dialect;
        this.syntax = QuerySyntax.of(dialect.id());
        this.table = table;
        if (table != null) {
            scopes.add(table.name());
        }
        if (table != null && syntax.exactNumberCollation() != null) {
            for (ColumnSpec column : table.columns()) {
                if (column.type().isExactNumber()) {
                    exactColumns.add(column.name());
                }
            }
        }
    }

    /**
     * Whether an operand holds exact numbers that the dialect stores as text (SQLite's decimals), so that its
     * comparisons and ordering need the numeric collation: a column of such a type, or a parameter of one.
     */
    private boolean exact(Expr expr) {
        if (syntax.exactNumberCollation() == null) {
            return false;
        }
        return switch (expr) {
            case Expr.Column column -> exactColumns.contains(column.name());
            case Expr.Param param -> param.type().isExactNumber();
            default -> false;
        };
    }

    /** Writes an operand, followed by the numeric collation when it is compared as an exact number. */
    private void operand(Expr operand, boolean exact) {
        expr(operand);
        String collation = syntax.exactNumberCollation();
        if (exact && collation != null) {
            sql.append(" COLLATE ").append(collation);
        }
    }

    SqlWriter append(String text) {
        sql.append(text);
        return this;
    }

    SqlWriter quote(String identifier) {
        sql.append(dialect.quote(identifier));
        return this;
    }

    RenderedSql done() {
        return new RenderedSql(sql.toString(), params);
    }

    /** {@code WHERE expr}, or nothing for no filter or the empty conjunction. */
    void where(@Nullable Expr where) {
        if (where == null || (where instanceof Expr.And and && and.terms().isEmpty())) {
            return;
        }
        sql.append(" WHERE ");
        expr(where);
    }

    void expr(Expr expr) {
        switch (expr) {
            case Expr.Column column -> {
                if (column.qualifier() != null) {
                    quote(column.qualifier()).append(".");
                }
                quote(column.name());
            }
            case Expr.Correlated correlated -> correlated(correlated);
            case Expr.Param param -> param(param);
            case Expr.Compare compare -> compare(compare);
            case Expr.Like like -> like(like);
            case Expr.In in -> in(in);
            case Expr.IsNull isNull -> {
                expr(isNull.operand());
                sql.append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
            }
            case Expr.And and -> junction(and.terms(), " AND ", "1 = 1");
            case Expr.Or or -> junction(or.terms(), " OR ", "1 = 0");
            case Expr.Not not -> {
                sql.append("NOT (");
                expr(not.operand());
                sql.append(')');
            }
            case Expr.Between between -> {
                sql.append('(');
                operand(between.operand(), exact(between.operand()) || exact(between.low()) || exact(between.high()));
                sql.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ");
                expr(between.low());
                sql.append(" AND ");
                expr(between.high());
                sql.append(')');
            }
            case Expr.Arithmetic arithmetic -> {
                sql.append('(');
                expr(arithmetic.left());
                sql.append(' ').append(arithmetic.op().sql()).append(' ');
                expr(arithmetic.right());
                sql.append(')');
            }
            case Expr.Call call -> {
                sql.append(call.function().name());
                list(call.args(), "(", ")");
            }
            case Expr.AggregateCall agg -> {
                sql.append(agg.function().name()).append('(');
                if (agg.operand() == null) {
                    sql.append('*');
                } else {
                    sql.append(agg.distinct() ? "DISTINCT " : "");
                    expr(agg.operand());
                }
                sql.append(')');
            }
            case Expr.Case c -> {
                sql.append("CASE");
                for (Expr.When when : c.whens()) {
                    sql.append(" WHEN ");
                    expr(when.condition());
                    sql.append(" THEN ");
                    expr(when.value());
                }
                if (c.otherwise() != null) {
                    sql.append(" ELSE ");
                    expr(c.otherwise());
                }
                sql.append(" END");
            }
            case Expr.Cast cast -> {
                sql.append("CAST(");
                expr(cast.operand());
                sql.append(" AS ").append(syntax.casts().spell(cast.type())).append(')');
            }
            case Expr.Literal literal -> literal(literal.value());
            case Expr.Exists exists -> {
                sql.append(exists.negated() ? "NOT EXISTS (" : "EXISTS (");
                select(exists.query());
                sql.append(')');
            }
            case Expr.InSelect in -> {
                expr(in.operand());
                sql.append(in.negated() ? " NOT IN (" : " IN (");
                select(in.query());
                sql.append(')');
            }
            case Expr.Subquery sub -> {
                sql.append('(');
                select(sub.query());
                sql.append(')');
            }
            case Expr.Window window -> window(window);
            case Expr.RankingCall ranking ->
                sql.append(ranking.function().name()).append("()");
            case Expr.Raw raw -> raw(raw);
        }
    }

    /** A column of the level just outside the select being written, qualified by that level's name. */
    private void correlated(Expr.Correlated correlated) {
        if (scopes.size() < 2) {
            throw new IllegalArgumentException("column " + correlated.name()
                    + " correlates with an enclosing query, but it is not inside a subquery");
        }
        quote(scopes.get(scopes.size() - 2)).append(".").quote(correlated.name());
    }

    private void param(Expr.Param param) {
        sql.append('?');
        params.add(param);
    }

    private void compare(Expr.Compare compare) {
        // "= NULL" matches nothing in SQL; a comparison with a null value means IS [NOT] NULL.
        if (compare.right() instanceof Expr.Param param && param.value() == null) {
            switch (compare.op()) {
                case EQ -> {
                    expr(new Expr.IsNull(compare.left(), false));
                    return;
                }
                case NE -> {
                    expr(new Expr.IsNull(compare.left(), true));
                    return;
                }
                default ->
                    throw new IllegalArgumentException("cannot compare with NULL using "
                            + compare.op().sql() + "; only = and <> accept a null value");
            }
        }
        String length = dialect.paddedTextLength();
        if (length != null
                && (compare.op() == Expr.CompareOp.EQ || compare.op() == Expr.CompareOp.NE)
                && (isText(compare.left()) || isText(compare.right()))) {
            paddedTextCompare(compare, length);
            return;
        }
        operand(compare.left(), exact(compare.left()) || exact(compare.right()));
        sql.append(' ').append(compare.op().sql()).append(' ');
        expr(compare.right());
    }

    private static boolean isText(Expr expr) {
        return expr instanceof Expr.Param param && param.type().kind() == ColumnType.Kind.STRING;
    }

    /**
     * Text equality where {@code =} ignores trailing spaces (SQL Server): {@code (x = ? AND DATALENGTH(x) =
     * DATALENGTH(?))}, and its negation for {@code <>}. The first condition keeps an index usable; the value is bound
     * twice.
     */
    private void paddedTextCompare(Expr.Compare compare, String length) {
        boolean equal = compare.op() == Expr.CompareOp.EQ;
        String op = equal ? " = " : " <> ";
        sql.append('(');
        expr(compare.left());
        sql.append(op);
        expr(compare.right());
        sql.append(equal ? " AND " : " OR ").append(length).append('(');
        expr(compare.left());
        sql.append(')').append(op).append(length).append('(');
        expr(compare.right());
        sql.append("))");
    }

    private void like(Expr.Like like) {
        String not = like.negated() ? " NOT" : "";
        if (!like.caseInsensitive()) {
            expr(like.operand());
            sql.append(not).append(" LIKE ");
            expr(like.pattern());
        } else if (dialect.capabilities().caseInsensitiveLike()) {
            expr(like.operand());
            sql.append(not).append(" ILIKE ");
            expr(like.pattern());
        } else {
            sql.append("LOWER(");
            expr(like.operand());
            sql.append(')').append(not).append(" LIKE LOWER(");
            expr(like.pattern());
            sql.append(')');
        }
        if (like.escaped()) {
            sql.append(" ESCAPE '").append(LikeText.ESCAPE).append('\'');
        }
    }

    private void in(Expr.In in) {
        boolean bound = false;
        if (in.values().size() == 1
                && in.values().get(0) instanceof Expr.Param param
                && param.value() instanceof ValueList list) {
            // A list bound as one value (relationship loading's parent keys): one array where the dialect binds
            // arrays, whatever its length, so that every batch is the same statement; elsewhere the list's items.
            List<Expr> items = new ArrayList<>(list.values().size());
            for (Object item : list.values()) {
                items.add(param.withValue(item));
            }
            in = new Expr.In(in.operand(), items, in.negated());
            bound = true;
        }
        if (in.values().isEmpty()) {
            // IN () is a syntax error; an empty IN matches nothing and an empty NOT IN everything.
            sql.append(in.negated() ? "1 = 1" : "1 = 0");
            return;
        }
        int size = in.values().size();
        if (jsonList(in) || arrayList(in, bound)) {
            return;
        }
        String marker =
                dialect.paddedTextLength() != null && in.values().stream().anyMatch(SqlWriter::isText)
                        ? " + " + dialect.stringLiteral("|")
                        : "";
        int group = QuerySyntax.InLists.ORACLE_GROUP;
        if (syntax.inLists() == QuerySyntax.InLists.GROUPS && size > group) {
            // Oracle refuses a list of more than 1,000 items: x IN (a) OR x IN (b), x NOT IN (a) AND x NOT IN (b).
            sql.append('(');
            for (int from = 0; from < size; from += group) {
                if (from > 0) {
                    sql.append(in.negated() ? " AND " : " OR ");
                }
                in(new Expr.In(in.operand(), in.values().subList(from, Math.min(size, from + group)), in.negated()));
            }
            sql.append(')');
            return;
        }
        // Where = ignores trailing spaces, both sides end in a marker that is not a space, so that a trailing space is
        // compared like any other character.
        operand(in.operand(), exact(in.operand()) || in.values().stream().anyMatch(this::exact));
        sql.append(marker).append(in.negated() ? " NOT IN (" : " IN (");
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? "" : ", ");
            expr(in.values().get(i));
            sql.append(marker);
        }
        sql.append(')');
    }

    /**
     * The values of a list as one {@link ValueList} parameter of the first value's type, or {@code null} when a value
     * is not a plain non-null parameter of one kind.
     */
    private static Expr.@Nullable Param valueList(List<Expr> values, int maxScale) {
        List<Object> items = new ArrayList<>(values.size());
        ColumnType.@Nullable Kind kind = null;
        for (Expr value : values) {
            if (!(value instanceof Expr.Param param) || param.value() == null) {
                return null;
            }
            if (kind != null && kind != param.type().kind()) {
                return null;
            }
            kind = param.type().kind();
            items.add(param.value());
        }
        return new Expr.Param(new ValueList(items, maxScale), ((Expr.Param) values.get(0)).type());
    }

    /**
     * PostgreSQL beyond {@link QuerySyntax.InLists#ARRAY_THRESHOLD} values, or for a list bound as one value: one
     * array parameter, so that the protocol's 65,535 parameters bound the list no more, nor does the text grow. The
     * array is read as rows ({@code x IN (SELECT unnest(CAST(? AS bigint[])))}) rather than compared with
     * {@code x = ANY(?)}: once the server plans the statement generically (from its sixth run under one name), an
     * {@code ANY} over a parameter can no longer be hashed, and a sequential scan compares every row with every key
     * (464 ms against 20 ms for 500 keys over 200,000 unindexed rows; 0.17 against 0.08 ms for 25 keys over 480
     * rows), where the subquery becomes a hash join, or index probes when the column is indexed. A native enum
     * column reads an array of its own type ({@code CAST(? AS "mood"[])}), which keeps its index usable; where the
     * column's type is not known (a query over several tables), the column is compared as text.
     */
    private boolean arrayList(Expr.In in, boolean bound) {
        if (syntax.inLists() != QuerySyntax.InLists.ARRAY
                || (!bound && in.values().size() <= QuerySyntax.InLists.ARRAY_THRESHOLD)
                || !(in.values().get(0) instanceof Expr.Param first)) {
            return false;
        }
        boolean nativeEnum =
                in.values().stream().allMatch(value -> value instanceof Expr.Param param && param.nativeEnum());
        String elementType = nativeEnum
                ? nativeEnumType(in.operand())
                : arrayType(first.type().kind());
        Expr.Param list = valueList(in.values(), -1);
        if (list == null || (!nativeEnum && (elementType == null || first.nativeEnum()))) {
            return false;
        }
        if (nativeEnum && elementType == null) {
            sql.append("CAST(");
            expr(in.operand());
            sql.append(" AS text)");
            elementType = "text";
        } else {
            expr(in.operand());
        }
        sql.append(in.negated() ? " NOT IN (SELECT unnest(CAST(? AS " : " IN (SELECT unnest(CAST(? AS ")
                .append(elementType)
                .append("[])))");
        params.add(list);
        return true;
    }

    /** The quoted native enum type of a column of the statement's table, or {@code null} when it is not known. */
    private @Nullable String nativeEnumType(Expr operand) {
        if (table == null
                || !(operand instanceof Expr.Column column)
                || (column.qualifier() != null && !column.qualifier().equals(table.name()))) {
            return null;
        }
        for (ColumnSpec spec : table.columns()) {
            EnumSpec enumType = spec.enumType();
            if (spec.name().equals(column.name()) && enumType != null && enumType.isNative()) {
                return dialect.qualify(table.schema(), enumType.nativeType());
            }
        }
        return null;
    }

    /**
     * SQL Server beyond {@link QuerySyntax.InLists#ARRAY_THRESHOLD} values and Oracle beyond
     * {@link QuerySyntax.InLists#GROUPS_LIMIT}: the values as one JSON array parameter, read back as rows of a type
     * that holds each of them exactly ({@code x IN (SELECT v FROM OPENJSON(?) WITH (v BIGINT '$'))}), since the
     * statement's parameters are limited. The list never holds {@code NULL}, so {@code NOT IN} keeps its meaning.
     */
    private boolean jsonList(Expr.In in) {
        int threshold = switch (syntax.inLists()) {
            case JSON -> QuerySyntax.InLists.ARRAY_THRESHOLD;
            case GROUPS -> QuerySyntax.InLists.GROUPS_LIMIT;
            case PLAIN, ARRAY -> -1;
        };
        if (threshold < 0 || in.values().size() <= threshold || !(in.values().get(0) instanceof Expr.Param first)) {
            return false;
        }
        boolean text = first.type().kind() == ColumnType.Kind.STRING;
        String marker = text && dialect.paddedTextLength() != null ? " + " + dialect.stringLiteral("|") : "";
        Dialect.JsonList form = dialect.jsonList(first.type(), marker);
        Expr.Param list = form == null ? null : valueList(in.values(), form.maxScale());
        if (form == null || list == null) {
            return false;
        }
        expr(in.operand());
        sql.append(marker)
                .append(in.negated() ? " NOT IN (" : " IN (")
                .append(form.select())
                .append(')');
        params.add(list);
        return true;
    }

    /**
     * The PostgreSQL element type of an array that can stand for a list of values of a kind, or {@code null} for a
     * JSON document. Base types without length, so that a cast never truncates a value into a false match.
     */
    private static @Nullable String arrayType(ColumnType.Kind kind) {
        return switch (kind) {
            case STRING -> "text";
            case BOOLEAN -> "boolean";
            case BYTE, SHORT -> "smallint";
            case INT -> "integer";
            case LONG -> "bigint";
            case FLOAT -> "real";
            case DOUBLE -> "double precision";
            case DECIMAL, BIG_INTEGER -> "numeric";
            case UUID -> "uuid";
            case DATE -> "date";
            case DATETIME -> "timestamp";
            case INSTANT, OFFSET_DATETIME -> "timestamptz";
            case TIME -> "time";
            case BYTES -> "bytea";
            case JSON -> null;
        };
    }

    private void list(List<Expr> exprs, String open, String close) {
        sql.append(open);
        for (int i = 0; i < exprs.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            expr(exprs.get(i));
        }
        sql.append(close);
    }

    private void junction(List<Expr> terms, String operator, String empty) {
        if (terms.isEmpty()) {
            sql.append(empty);
            return;
        }
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                sql.append(operator);
            }
            Expr term = terms.get(i);
            boolean nested = term instanceof Expr.And || term instanceof Expr.Or;
            sql.append(nested ? "(" : "");
            expr(term);
            sql.append(nested ? ")" : "");
        }
    }

    private void literal(@Nullable Object value) {
        switch (value) {
            case null -> sql.append("NULL");
            case Boolean b -> sql.append(syntax.booleanLiterals() ? (b ? "TRUE" : "FALSE") : (b ? "1" : "0"));
            case String text -> {
                String escaped = text.replace("'", "''");
                if (syntax.backslashEscapes()) {
                    escaped = escaped.replace("\\", "\\\\");
                }
                sql.append(syntax.nationalStrings() ? "N'" : "'")
                        .append(escaped)
                        .append('\'');
            }
            case BigDecimal decimal -> number(decimal.signum() < 0, decimal.toPlainString());
            case Number number -> number(number.longValue() < 0, number.toString());
            default ->
                throw new IllegalArgumentException(
                        "not a literal: " + value.getClass().getName());
        }
    }

    /** A negative constant is parenthesised, so that it never follows a minus sign as a {@code --} comment. */
    private void number(boolean negative, String text) {
        sql.append(negative ? "(" + text + ")" : text);
    }

    private void window(Expr.Window window) {
        expr(window.function());
        sql.append(" OVER (");
        boolean partitioned = !window.partitionBy().isEmpty();
        if (partitioned) {
            sql.append("PARTITION BY ");
            list(window.partitionBy(), "", "");
        }
        if (!window.orderBy().isEmpty()) {
            sql.append(partitioned ? " ORDER BY " : "ORDER BY ");
            sorts(window.orderBy());
        }
        sql.append(')');
    }

    private void raw(Expr.Raw raw) {
        String text = raw.sql();
        int arg = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                expr(raw.args().get(arg++));
            } else {
                sql.append(c);
            }
        }
    }

    /** Sort terms, emulating {@code NULLS FIRST/LAST} with a leading {@code CASE} term where the dialect lacks them. */
    void sorts(List<SortItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            SortItem item = items.get(i);
            if (item.nulls() != Nulls.DEFAULT && !syntax.nullsOrdering()) {
                sql.append("CASE WHEN ");
                expr(item.expr());
                sql.append(
                        item.nulls() == Nulls.FIRST ? " IS NULL THEN 0 ELSE 1 END, " : " IS NULL THEN 1 ELSE 0 END, ");
            }
            operand(item.expr(), exact(item.expr()));
            sql.append(item.descending() ? " DESC" : " ASC");
            if (item.nulls() != Nulls.DEFAULT && syntax.nullsOrdering()) {
                sql.append(item.nulls() == Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }

    /** {@code ORDER BY ...} when there are terms; SQL Server's {@code (SELECT NULL)} when only paging needs one. */
    void orderBy(List<SortItem> items, boolean paged) {
        if (!items.isEmpty()) {
            sql.append(" ORDER BY ");
            sorts(items);
        } else if (paged && dialect.capabilities().orderRequiredForPaging()) {
            sql.append(" ORDER BY (SELECT NULL)");
        }
    }

    /** The page: {@code LIMIT ? OFFSET ?} or {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY}; nothing for neither. */
    void paging(Expr.@Nullable Param limit, Expr.@Nullable Param offset) {
        Capabilities caps = dialect.capabilities();
        if (limit == null && offset == null) {
            return;
        }
        if (caps.paging() == Paging.OFFSET_FETCH) {
            sql.append(" OFFSET ");
            param(offset == null ? new Expr.Param(0L, PAGING_TYPE) : offset);
            sql.append(" ROWS");
            if (limit != null) {
                sql.append(" FETCH NEXT ");
                param(limit);
                sql.append(" ROWS ONLY");
            }
            return;
        }
        if (limit != null) {
            sql.append(" LIMIT ");
            param(limit);
        } else if (caps.limitForOffsetOnly() != null) {
            sql.append(" LIMIT ").append(caps.limitForOffsetOnly());
        }
        if (offset != null) {
            sql.append(" OFFSET ");
            param(offset);
        }
    }

    static Expr.@Nullable Param pagingParam(long value) {
        return value > 0 ? new Expr.Param(value, PAGING_TYPE) : null;
    }

    void select(Select select) {
        select(select, null);
    }

    /** A select; a lock is for the outermost one only, never a subquery's or a CTE's. */
    void select(Select select, @Nullable LockClause lock) {
        if (!select.with().isEmpty()) {
            with(select.with());
        }
        String alias = select.alias();
        scopes.add(alias != null ? alias : select.from());
        sql.append(select.distinct() ? "SELECT DISTINCT " : "SELECT ");
        List<Projection> projections = select.projections();
        for (int i = 0; i < projections.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Projection projection = projections.get(i);
            expr(projection.expr());
            if (projection.alias() != null) {
                sql.append(" AS ");
                quote(projection.alias());
            }
        }
        sql.append(" FROM ").append(dialect.qualify(select.fromSchema(), select.from()));
        if (select.alias() != null) {
            sql.append(syntax.tableAliasAs() ? " AS " : " ");
            quote(select.alias());
        }
        sql.append(RowLockRenderer.tableHint(dialect, lock));
        for (Join join : select.joins()) {
            sql.append(" LEFT JOIN ").append(dialect.qualify(join.schema(), join.table()));
            sql.append(syntax.tableAliasAs() ? " AS " : " ");
            quote(join.alias());
            sql.append(" ON ");
            expr(join.on());
        }
        where(select.where());
        if (!select.groupBy().isEmpty()) {
            sql.append(" GROUP BY ");
            list(select.groupBy(), "", "");
        }
        if (select.having() != null) {
            sql.append(" HAVING ");
            expr(select.having());
        }
        Expr.Param limit = pagingParam(select.limit());
        Expr.Param offset = pagingParam(select.offset());
        orderBy(select.orderBy(), limit != null || offset != null);
        paging(limit, offset);
        sql.append(RowLockRenderer.clause(dialect, lock));
        scopes.removeLast();
    }

    private void with(List<Cte> ctes) {
        boolean recursive = ctes.stream().anyMatch(Cte::recursive);
        sql.append(recursive && syntax.recursiveKeyword() ? "WITH RECURSIVE " : "WITH ");
        for (int i = 0; i < ctes.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Cte cte = ctes.get(i);
            quote(cte.name());
            if (!cte.columns().isEmpty()) {
                sql.append(" (");
                for (int c = 0; c < cte.columns().size(); c++) {
                    sql.append(c > 0 ? ", " : "");
                    quote(cte.columns().get(c));
                }
                sql.append(')');
            }
            sql.append(" AS (");
            for (int p = 0; p < cte.parts().size(); p++) {
                sql.append(p > 0 ? " UNION ALL " : "");
                select(cte.parts().get(p));
            }
            sql.append(')');
        }
        sql.append(' ');
    }
}
