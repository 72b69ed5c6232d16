package dev.ormdantic.internal.exec;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Page;
import dev.ormdantic.Result;
import dev.ormdantic.TableHandle;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.query.Assignment;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.ResultRow;
import dev.ormdantic.query.RowQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous handle: checks its arguments for {@code null} at once, then runs the {@link JdbcTableHandle}
 * method of the same name on the database's workers.
 *
 * @param <T> the record type
 * @param <K> the key type
 */
final class AsyncTableHandle<T extends Record, K> implements TableHandle<T, K> {

    private final Database db;
    private final JdbcTableHandle<T, K> blocking;

    AsyncTableHandle(Database db, JdbcTableHandle<T, K> blocking) {
        this.db = db;
        this.blocking = blocking;
    }

    @Override
    public BlockingTableHandle<T, K> blocking() {
        return blocking;
    }

    @Override
    public String name() {
        return blocking.name();
    }

    @Override
    public CompletableFuture<T> insert(T row) {
        Objects.requireNonNull(row, "row");
        return db.submit(blocking.call(Operation.INSERT), () -> blocking.insert(row));
    }

    @Override
    public CompletableFuture<List<T>> insertMany(List<T> rows) {
        List<T> copy = JdbcTableHandle.requireRows(rows);
        return db.submit(blocking.call(Operation.INSERT_MANY), () -> blocking.insertMany(copy));
    }

    @Override
    public CompletableFuture<Optional<T>> findOne(K key) {
        Objects.requireNonNull(key, "key");
        return db.submit(blocking.call(Operation.FIND_ONE), () -> blocking.findOne(key));
    }

    @Override
    public CompletableFuture<Result<T>> findMany() {
        return findMany(Filter.all(), OrderBy.none(), 0, 0);
    }

    @Override
    public CompletableFuture<Result<T>> findMany(Filter<T> filter) {
        return findMany(filter, OrderBy.none(), 0, 0);
    }

    @Override
    public CompletableFuture<Result<T>> findMany(Filter<T> filter, OrderBy<T> orderBy) {
        return findMany(filter, orderBy, 0, 0);
    }

    @Override
    public CompletableFuture<Result<T>> findMany(Filter<T> filter, OrderBy<T> orderBy, long limit, long offset) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(orderBy, "orderBy");
        return db.submit(blocking.call(Operation.FIND_MANY), () -> blocking.findMany(filter, orderBy, limit, offset));
    }

    @Override
    public CompletableFuture<Boolean> update(T row) {
        Objects.requireNonNull(row, "row");
        return db.submit(blocking.call(Operation.UPDATE), () -> blocking.update(row));
    }

    @Override
    public CompletableFuture<T> upsert(T row) {
        Objects.requireNonNull(row, "row");
        return db.submit(blocking.call(Operation.UPSERT), () -> blocking.upsert(row));
    }

    @Override
    public CompletableFuture<List<T>> upsertMany(List<T> rows) {
        List<T> copy = JdbcTableHandle.requireRows(rows);
        return db.submit(blocking.call(Operation.UPSERT_MANY), () -> blocking.upsertMany(copy));
    }

    @Override
    public CompletableFuture<Boolean> delete(K key) {
        Objects.requireNonNull(key, "key");
        return db.submit(blocking.call(Operation.DELETE), () -> blocking.delete(key));
    }

    @Override
    public CompletableFuture<Long> count() {
        return count(Filter.all());
    }

    @Override
    public CompletableFuture<Long> count(Filter<T> filter) {
        Objects.requireNonNull(filter, "filter");
        return db.submit(blocking.call(Operation.COUNT), () -> blocking.count(filter));
    }

    @Override
    public CompletableFuture<Long> updateWhere(Filter<T> filter, List<Assignment<T>> assignments) {
        return updateWhere(filter, assignments, false);
    }

    @Override
    public CompletableFuture<Long> updateWhere(Filter<T> filter, List<Assignment<T>> assignments, boolean allowAll) {
        Objects.requireNonNull(filter, "filter");
        List<Assignment<T>> copy = List.copyOf(assignments);
        return db.submit(blocking.call(Operation.UPDATE_WHERE), () -> blocking.updateWhere(filter, copy, allowAll));
    }

    @Override
    public CompletableFuture<Long> deleteWhere(Filter<T> filter) {
        return deleteWhere(filter, false);
    }

    @Override
    public CompletableFuture<Long> deleteWhere(Filter<T> filter, boolean allowAll) {
        Objects.requireNonNull(filter, "filter");
        return db.submit(blocking.call(Operation.DELETE_WHERE), () -> blocking.deleteWhere(filter, allowAll));
    }

    @Override
    public CompletableFuture<Page<T>> findPage(
            Filter<T> filter, OrderBy<T> orderBy, int pageSize, @Nullable String cursor) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(orderBy, "orderBy");
        return db.submit(
                blocking.call(Operation.FIND_PAGE), () -> blocking.findPage(filter, orderBy, pageSize, cursor));
    }

    @Override
    public CompletableFuture<List<ResultRow>> select(Query<T> query) {
        return select(query, row -> row);
    }

    @Override
    public <R> CompletableFuture<List<R>> select(Query<T> query, Function<ResultRow, R> mapper) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(mapper, "mapper");
        return db.submit(blocking.call(Operation.SELECT), () -> blocking.select(query, mapper));
    }

    @Override
    public <R> CompletableFuture<List<R>> select(RowQuery<T, R> query) {
        Objects.requireNonNull(query, "query");
        return db.submit(blocking.call(Operation.SELECT), () -> blocking.select(query));
    }

    @Override
    public String toString() {
        return "TableHandle[" + name() + "]";
    }
}
