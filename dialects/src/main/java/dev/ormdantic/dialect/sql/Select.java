package dev.ormdantic.dialect.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A projection query: {@code WITH ... SELECT [DISTINCT] projections FROM from [alias] WHERE ... GROUP BY ...
 * HAVING ... ORDER BY ...} and a page. Every name in it comes from generated table metadata or from the program,
 * never from user input; values are {@link Expr.Param}s.
 *
 * @param with the common table expressions, possibly empty
 * @param distinct {@code SELECT DISTINCT}
 * @param projections the selected values, at least one
 * @param from the table or CTE selected from
 * @param alias the alias of {@code from}, or {@code null}; qualified columns of a correlated subquery use it
 * @param where the filter, or {@code null}
 * @param groupBy the grouping terms, possibly empty
 * @param having the filter on groups, or {@code null}
 * @param orderBy the ordering, possibly empty
 * @param limit the most rows, {@code 0} for no limit
 * @param offset the rows to skip, {@code 0} for none
 * @param fromSchema the schema of {@code from}, or the empty string for none (a CTE, or a table in the default schema)
 * @param joins the tables joined to {@code from}, in order, possibly empty
 * @since 0.1.0
 */
public record Select(
        List<Cte> with,
        boolean distinct,
        List<Projection> projections,
        String from,
        @Nullable String alias,
        @Nullable Expr where,
        List<Expr> groupBy,
        @Nullable Expr having,
        List<SortItem> orderBy,
        long limit,
        long offset,
        String fromSchema,
        List<Join> joins) {

    /**
     * A query without joins.
     *
     * @param with the common table expressions
     * @param distinct {@code SELECT DISTINCT}
     * @param projections the selected values
     * @param from the table or CTE selected from
     * @param alias the alias of {@code from}, or {@code null}
     * @param where the filter, or {@code null}
     * @param groupBy the grouping terms
     * @param having the filter on groups, or {@code null}
     * @param orderBy the ordering
     * @param limit the most rows, {@code 0} for no limit
     * @param offset the rows to skip, {@code 0} for none
     * @param fromSchema the schema of {@code from}, or the empty string
     */
    public Select(
            List<Cte> with,
            boolean distinct,
            List<Projection> projections,
            String from,
            @Nullable String alias,
            @Nullable Expr where,
            List<Expr> groupBy,
            @Nullable Expr having,
            List<SortItem> orderBy,
            long limit,
            long offset,
            String fromSchema) {
        this(
                with,
                distinct,
                projections,
                from,
                alias,
                where,
                groupBy,
                having,
                orderBy,
                limit,
                offset,
                fromSchema,
                List.of());
    }

    /**
     * A select from a table in the default schema, or from a CTE.
     *
     * @param with the common table expressions
     * @param distinct {@code SELECT DISTINCT}
     * @param projections the selected values
     * @param from the table or CTE selected from
     * @param alias the alias of {@code from}, or {@code null}
     * @param where the filter, or {@code null}
     * @param groupBy the grouping terms
     * @param having the filter on groups, or {@code null}
     * @param orderBy the ordering
     * @param limit the most rows, {@code 0} for no limit
     * @param offset the rows to skip, {@code 0} for none
     */
    public Select(
            List<Cte> with,
            boolean distinct,
            List<Projection> projections,
            String from,
            @Nullable String alias,
            @Nullable Expr where,
            List<Expr> groupBy,
            @Nullable Expr having,
            List<SortItem> orderBy,
            long limit,
            long offset) {
        this(with, distinct, projections, from, alias, where, groupBy, having, orderBy, limit, offset, "");
    }

    /** Copies the lists and checks the projections and the page. */
    public Select {
        with = List.copyOf(with);
        projections = List.copyOf(projections);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
        joins = List.copyOf(joins);
        if (projections.isEmpty()) {
            throw new IllegalArgumentException("a select needs at least one projection");
        }
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException(
                    "limit and offset must be >= 0 (0 means none), got limit " + limit + " and offset " + offset);
        }
    }

    /**
     * A plain select of values from a table.
     *
     * @param from the table
     * @param projections the values
     * @return the select
     */
    public static Select of(String from, List<Projection> projections) {
        return new Select(List.of(), false, projections, from, null, null, List.of(), null, List.of(), 0, 0);
    }
}
