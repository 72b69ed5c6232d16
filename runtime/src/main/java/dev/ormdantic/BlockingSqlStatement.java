package dev.ormdantic;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A statement of raw SQL whose methods wait for the database and return the value, or throw the
 * {@link dev.ormdantic.error.OrmdanticException} itself: from {@code db.blocking().sql(...)} or a transaction's
 * {@link Transaction#blockingSql(String)}. The twin of {@link SqlStatement}, with the same rules; see there.
 *
 * <pre>{@code
 * long renamed = db.blocking()
 *         .sql("UPDATE flavor SET name = ? WHERE id = ?")
 *         .bind("Vanilla bean", "vanilla")
 *         .execute();
 * }</pre>
 *
 * <p>Immutable: {@link #bind} returns a new statement, so one statement may be shared and bound by many threads.
 *
 * @since 0.1.0
 */
public interface BlockingSqlStatement {

    /**
     * The same statement, with methods that return futures.
     *
     * @return the asynchronous statement
     */
    SqlStatement async();

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
    BlockingSqlStatement bind(@Nullable Object... values);

    /**
     * This statement with a value for one placeholder.
     *
     * @param position the placeholder's position, from 1
     * @param value the value
     * @return the bound statement
     * @throws dev.ormdantic.error.InvalidArgumentException ({@code ORM2107}) when the statement has no such
     *     placeholder; ({@code ORM2108}) when the value's type cannot be bound
     */
    BlockingSqlStatement bind(int position, @Nullable Object value);

    /**
     * Runs the statement and maps every row of its result.
     *
     * @param mapper makes each row's value
     * @param <R> the value's type
     * @return the values, in the result's order; unmodifiable
     * @throws dev.ormdantic.error.InvalidArgumentException ({@code ORM2107}) when a placeholder has no value; nothing
     *     is sent
     */
    <R> List<R> query(RowMapper<R> mapper);

    /**
     * Runs the statement and maps its one row, if it has one.
     *
     * @param mapper makes the row's value, which must not be {@code null}
     * @param <R> the value's type
     * @return the value, or empty when the result has no row
     * @throws dev.ormdantic.error.QueryException ({@code ORM2414}) when the result has more than one row
     */
    <R> Optional<R> queryOne(RowMapper<R> mapper);

    /**
     * Runs the statement and reads its rows as they are consumed: a large result in constant memory. The stream holds
     * a pooled connection (or the transaction's) until it is closed, so close it, with try-with-resources:
     *
     * <pre>{@code
     * try (Stream<String> ids = db.blocking().sql("SELECT id FROM flavor ORDER BY id").stream(row -> row.getString(1))) {
     *     ids.forEach(System.out::println);
     * }
     * }</pre>
     *
     * <p>One left open is reported after {@code streamLeakThreshold}, as the table handles' streams are.
     *
     * @param mapper makes each row's value
     * @param <R> the value's type
     * @return the stream, which must be closed
     */
    <R> Stream<R> stream(RowMapper<R> mapper);

    /**
     * Runs a statement that returns no rows ({@code INSERT}, {@code UPDATE}, {@code DELETE}, DDL).
     *
     * @return the number of rows it changed, as the driver reports it (0 for DDL)
     */
    long execute();

    /**
     * Runs the statement once for each row of values, as JDBC batches of up to 1,000 rows, atomically: in a
     * transaction of its own, or inside a savepoint of the transaction it runs in, so that a failure leaves none of
     * its rows applied. Each row is checked (its number of values, their types) before anything is sent. The
     * statement itself must have no values bound: each row brings its own.
     *
     * @param rows one list of values per run, each with one value per placeholder
     * @return the rows each run changed, in order; a driver that does not report them per run gives
     *     {@link java.sql.Statement#SUCCESS_NO_INFO} ({@code -2}) for each (MariaDB's bulk protocol)
     */
    int[] batch(List<? extends List<?>> rows);
}
