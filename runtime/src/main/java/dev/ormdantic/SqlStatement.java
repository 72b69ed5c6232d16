package dev.ormdantic;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A statement of raw SQL, for what the table handles do not express: from {@link Ormdantic#sql(String)} or a
 * transaction's {@link Transaction#sql(String)}. Its methods return futures; {@link #blocking()} is the twin that waits.
 *
 * <pre>{@code
 * CompletableFuture<List<String>> names = db.sql("SELECT name FROM flavor WHERE rating >= ? ORDER BY name")
 *         .bind(4)
 *         .query(row -> row.getString(1));
 * }</pre>
 *
 * <ul>
 *   <li><b>Values are always bound</b> as JDBC parameters, one per {@code ?} placeholder, never written into the SQL,
 *       and bind as they do in the table handles' statements (a {@code UUID}, a {@code java.time} value, an enum by
 *       name). The placeholders are counted when the statement is made, outside string literals, quoted identifiers
 *       and comments; a wrong number of values fails with {@code ORM2107} before anything is sent.
 *   <li><b>Where it runs</b>: made by the database, each call runs on a pooled connection in auto-commit mode, its
 *       own transaction, except {@link #batch}, which is atomic; made by a transaction, on the transaction's
 *       connection, seeing its uncommitted rows and rolled back with it.
 *   <li><b>Errors</b> are translated as the table handles' are (a duplicate key is {@code ORM2201}, a lost connection
 *       {@code ORM2402} or {@code ORM2405}, a timeout {@code ORM2408}), and the statement is bounded by
 *       {@code queryTimeout}. The message names the SQL; the bound values are never shown.
 * </ul>
 *
 * <p>Immutable: {@link #bind} returns a new statement. A future fails with the exception itself, as the table handles'
 * futures do; a wrong argument to {@code bind} is thrown at once.
 *
 * @since 0.1.0
 */
public interface SqlStatement {

    /**
     * The same statement, with methods that wait and return the value.
     *
     * @return the blocking statement
     */
    BlockingSqlStatement blocking();

    /**
     * The SQL, as given.
     *
     * @return the SQL
     */
    String sql();

    /**
     * The number of {@code ?} placeholders, counted outside string literals, quoted identifiers and comments.
     *
     * @return the count
     */
    int parameterCount();

    /**
     * This statement with a value for every placeholder, in order, replacing any bound before.
     *
     * @param values one value per placeholder; to bind a single {@code NULL}, write {@code bind((Object) null)}
     * @return the bound statement
     * @throws dev.ormdantic.error.InvalidArgumentException ({@code ORM2107}) when the number of values is not the
     *     number of placeholders; ({@code ORM2108}) when a value's type cannot be bound
     */
    SqlStatement bind(@Nullable Object... values);

    /**
     * This statement with a value for one placeholder.
     *
     * @param position the placeholder's position, from 1
     * @param value the value
     * @return the bound statement
     * @throws dev.ormdantic.error.InvalidArgumentException ({@code ORM2107}) when the statement has no such
     *     placeholder; ({@code ORM2108}) when the value's type cannot be bound
     */
    SqlStatement bind(int position, @Nullable Object value);

    /**
     * Runs the statement and maps every row of its result, as {@link BlockingSqlStatement#query} does.
     *
     * @param mapper makes each row's value
     * @param <R> the value's type
     * @return a future of the values, in the result's order
     */
    <R> CompletableFuture<List<R>> query(RowMapper<R> mapper);

    /**
     * Runs the statement and maps its one row, if it has one, as {@link BlockingSqlStatement#queryOne} does.
     *
     * @param mapper makes the row's value, which must not be {@code null}
     * @param <R> the value's type
     * @return a future of the value, or of empty when the result has no row; it fails with {@code ORM2414} when the
     *     result has more than one row
     */
    <R> CompletableFuture<Optional<R>> queryOne(RowMapper<R> mapper);

    /**
     * Runs a statement that returns no rows, as {@link BlockingSqlStatement#execute} does.
     *
     * @return a future of the number of rows it changed
     */
    CompletableFuture<Long> execute();

    /**
     * Runs the statement once for each row of values, atomically, as {@link BlockingSqlStatement#batch} does.
     *
     * @param rows one list of values per run, each with one value per placeholder
     * @return a future of the rows each run changed
     */
    CompletableFuture<int[]> batch(List<? extends List<?>> rows);
}
