package dev.ormdantic.internal.exec;

import dev.ormdantic.BlockingSqlStatement;
import dev.ormdantic.RowMapper;
import dev.ormdantic.SqlStatement;
import dev.ormdantic.internal.error.Operation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous twin of a {@link RawStatement}: each method submits the blocking one to the statement's scope, so
 * the future fails with exactly what it throws. Arguments are checked in the caller's thread.
 */
final class AsyncRawStatement implements SqlStatement {

    private final RawStatement blocking;

    AsyncRawStatement(RawStatement blocking) {
        this.blocking = blocking;
    }

    @Override
    public BlockingSqlStatement blocking() {
        return blocking;
    }

    @Override
    public String sql() {
        return blocking.sql();
    }

    @Override
    public int parameterCount() {
        return blocking.parameterCount();
    }

    @Override
    public SqlStatement bind(@Nullable Object... values) {
        return new AsyncRawStatement(blocking.bind(values));
    }

    @Override
    public SqlStatement bind(int position, @Nullable Object value) {
        return new AsyncRawStatement(blocking.bind(position, value));
    }

    @Override
    public <R> CompletableFuture<List<R>> query(RowMapper<R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return blocking.scope().submit(blocking.call(Operation.SQL_QUERY), () -> blocking.query(mapper));
    }

    @Override
    public <R> CompletableFuture<Optional<R>> queryOne(RowMapper<R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return blocking.scope().submit(blocking.call(Operation.SQL_QUERY_ONE), () -> blocking.queryOne(mapper));
    }

    @Override
    public CompletableFuture<Long> execute() {
        return blocking.scope().submit(blocking.call(Operation.SQL_EXECUTE), blocking::execute);
    }

    @Override
    public CompletableFuture<int[]> batch(List<? extends List<?>> rows) {
        Objects.requireNonNull(rows, "rows");
        // Copied here: the caller may change its lists once the call returns.
        List<List<?>> copy = rows.stream()
                .<List<?>>map(row -> java.util.Collections.unmodifiableList(
                        new java.util.ArrayList<>(Objects.requireNonNull(row, "row"))))
                .toList();
        return blocking.scope().submit(blocking.call(Operation.SQL_BATCH), () -> blocking.batch(copy));
    }

    @Override
    public String toString() {
        return blocking.toString();
    }
}
