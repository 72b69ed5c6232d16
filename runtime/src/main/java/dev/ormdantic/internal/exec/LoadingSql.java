package dev.ormdantic.internal.exec;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DynamicSql;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.relation.Loader;
import dev.ormdantic.support.GeneratedTable;
import java.util.List;

/**
 * The statements relationship loading sends, rendered for a dialect without a database: what the SQL goldens and
 * docs/relationships.md show.
 */
public final class LoadingSql {

    private LoadingSql() {}

    /**
     * The one statement of a query with joined loaders.
     *
     * @param dialect the dialect
     * @param table the table queried
     * @param where the filter of its rows
     * @param order their order
     * @param limit the most rows, 0 for all
     * @param offset the rows to skip
     * @param loaders the loaders; the joined ones are in the statement
     * @param <T> the record type
     * @return the SQL and its parameters
     */
    public static <T extends Record> RenderedSql joined(
            Dialect dialect,
            GeneratedTable<T, ?> table,
            Filter<T> where,
            OrderBy<T> order,
            long limit,
            long offset,
            List<Loader<T>> loaders) {
        return JoinedFetch.render(
                dialect,
                table,
                QueryTrees.where(where),
                QueryTrees.order(order),
                limit,
                offset,
                Loading.plan(table, loaders));
    }

    /**
     * The parent keys one select-in statement carries on a dialect unless the loader's {@code batched(n)} says
     * otherwise.
     *
     * @param dialect the dialect
     * @return the batch size
     */
    public static int batchSize(Dialect dialect) {
        return Loading.batchSize(dialect);
    }

    /**
     * The statement of a select-in loader with a per-parent limit: the first rows of each parent, ranked in the
     * database.
     *
     * @param dialect the dialect
     * @param table the related table
     * @param where the keys of the parents, and the loader's filter
     * @param order the loader's order
     * @param group the column that references the parent
     * @param perParent the limit per parent
     * @param <T> the record type
     * @return the SQL and its parameters
     */
    public static <T extends Record> RenderedSql firstPerParent(
            Dialect dialect,
            GeneratedTable<T, ?> table,
            Filter<T> where,
            OrderBy<T> order,
            Column<T, ?> group,
            int perParent) {
        return DynamicSql.select(
                dialect,
                TableQueries.firstPerGroup(
                        table.spec(), QueryTrees.where(where), QueryTrees.order(order), group.name(), perParent),
                table.spec());
    }

    /**
     * The statement of a select-in loader for one batch of parent keys: the rows whose column holds one of the keys
     * (one array parameter on PostgreSQL, an {@code IN} list elsewhere) and pass the loader's filter, in its order.
     *
     * @param dialect the dialect
     * @param table the related table
     * @param column the column that references the parent
     * @param keys the parents' keys of this batch
     * @param where the loader's filter
     * @param order the loader's order
     * @param <T> the record type
     * @return the SQL and its parameters
     */
    @SuppressWarnings("unchecked") // a key column is compared with the parents' keys as objects
    public static <T extends Record> RenderedSql selectIn(
            Dialect dialect,
            GeneratedTable<T, ?> table,
            Column<T, ?> column,
            List<?> keys,
            Filter<T> where,
            OrderBy<T> order) {
        return DynamicSql.selectSorted(
                dialect,
                table.spec(),
                QueryTrees.where(Loading.keysIn((Column<T, Object>) column, new java.util.ArrayList<Object>(keys))
                        .and(where)),
                QueryTrees.order(order),
                null,
                null);
    }
}
