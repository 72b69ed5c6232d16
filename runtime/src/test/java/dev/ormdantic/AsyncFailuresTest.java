package dev.ormdantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.ValidationException;
import dev.ormdantic.fixture.Flavor;
import dev.ormdantic.fixture.FlavorTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.RowQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every asynchronous method fails its future with the {@link OrmdanticException} itself, whether the failure is a
 * check before any I/O or the database's answer, and its blocking twin throws the same exception unwrapped:
 * {@code exceptionally} and {@code handle} see it as it is, {@code get()} and {@code join()} wrap it once.
 */
class AsyncFailuresTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);
    private static final Flavor INVALID = new Flavor("x", "X", 1); // name: @Size(min = 2)

    @TempDir
    Path dir;

    private Ormdantic db;
    private TableHandle<Flavor, String> async;
    private BlockingTableHandle<Flavor, String> blocking;

    @BeforeEach
    void open() {
        db = Ormdantic.open("sqlite:" + dir.resolve("async.sqlite3"));
        db.blocking().init();
        async = db.table(FlavorTable.TABLE);
        blocking = async.blocking();
        blocking.insert(VANILLA);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void checksBeforeAnyIoFailTheFutureWithTheExceptionItself() {
        expect(ValidationException.class, () -> async.insert(INVALID), () -> blocking.insert(INVALID));
        expect(
                ValidationException.class,
                () -> async.insertMany(List.of(new Flavor("mint", "Mint", 2), INVALID)),
                () -> blocking.insertMany(List.of(new Flavor("mint", "Mint", 2), INVALID)));
        expect(ValidationException.class, () -> async.update(INVALID), () -> blocking.update(INVALID));
        expect(ValidationException.class, () -> async.upsert(INVALID), () -> blocking.upsert(INVALID));
        expect(
                ValidationException.class,
                () -> async.upsertMany(List.of(INVALID)),
                () -> blocking.upsertMany(List.of(INVALID)));
        assertEquals(
                ErrorCode.FILTER_REQUIRED,
                expect(
                                InvalidArgumentException.class,
                                () -> async.deleteWhere(Filter.all()),
                                () -> blocking.deleteWhere(Filter.all()))
                        .code());
        assertEquals(
                ErrorCode.FILTER_REQUIRED,
                expect(
                                InvalidArgumentException.class,
                                () -> async.updateWhere(
                                        FlavorTable.ID.notIn(List.of()), List.of(FlavorTable.RATING.set(1))),
                                () -> blocking.updateWhere(
                                        FlavorTable.ID.notIn(List.of()), List.of(FlavorTable.RATING.set(1))))
                        .code());
        assertEquals(
                ErrorCode.INVALID_ARGUMENT,
                expect(
                                InvalidArgumentException.class,
                                () -> async.updateAll(List.of()),
                                () -> blocking.updateAll(List.of()))
                        .code());
        assertEquals(
                ErrorCode.INVALID_CURSOR,
                expect(
                                FilterException.class,
                                () -> async.findPage(Filter.all(), OrderBy.asc(FlavorTable.NAME), seekGarbage()),
                                () -> blocking.findPage(Filter.all(), OrderBy.asc(FlavorTable.NAME), seekGarbage()))
                        .code());
        assertEquals(
                ErrorCode.NOT_A_MATERIALIZED_VIEW,
                expect(
                                InvalidArgumentException.class,
                                () -> db.refresh(FlavorTable.TABLE),
                                () -> db.blocking().refresh(FlavorTable.TABLE))
                        .code());
        assertEquals(List.of(VANILLA), blocking.findMany().data()); // nothing was written
    }

    private static Seek seekGarbage() {
        return Seek.limit(2).after("not a cursor");
    }

    @Test
    void theDatabasesAnswerFailsTheFutureWithTheExceptionItself() throws SQLException {
        expect(DuplicateKeyException.class, () -> async.insert(VANILLA), () -> blocking.insert(VANILLA));
        try (Connection connection = db.database().pool().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE gadget");
            statement.execute("CREATE VIEW gadget AS SELECT 1 AS id");
        }
        assertEquals(
                ErrorCode.SCHEMA_MISMATCH,
                expect(
                                ConfigurationException.class,
                                db::init,
                                () -> db.blocking().init())
                        .code());
    }

    @Test
    void aClosedDatabaseFailsEveryFutureWithTheExceptionItself() {
        db.close();
        RowQuery<Flavor, String> names = Query.from(FlavorTable.TABLE).select(FlavorTable.NAME);
        expect(ClosedException.class, () -> async.findOne("vanilla"), () -> blocking.findOne("vanilla"));
        expect(ClosedException.class, () -> async.findMany(), () -> blocking.findMany());
        expect(
                ClosedException.class,
                () -> async.findMany(Filter.all(), OrderBy.none(), Slice.limit(1)),
                () -> blocking.findMany(Filter.all(), OrderBy.none(), Slice.limit(1)));
        expect(ClosedException.class, () -> async.count(), () -> blocking.count());
        expect(ClosedException.class, () -> async.delete("vanilla"), () -> blocking.delete("vanilla"));
        expect(ClosedException.class, () -> async.deleteAll(), () -> blocking.deleteAll());
        expect(ClosedException.class, () -> async.select(names), () -> blocking.select(names));
        expect(ClosedException.class, db::init, () -> db.blocking().init());
        expect(ClosedException.class, db::dropAll, () -> db.blocking().dropAll());
    }

    @Test
    void aStageDerivedFromAFailedFutureSeesItWrappedOnce() {
        CompletableFuture<Flavor> failed = async.insert(INVALID);
        Throwable derived =
                failed.thenApply(Flavor::name).handle((value, thrown) -> thrown).join();
        CompletionException wrapped = assertInstanceOf(CompletionException.class, derived);
        assertInstanceOf(ValidationException.class, wrapped.getCause());
    }

    /**
     * Runs the asynchronous call and its blocking twin; both must fail with {@code type}, the future with the
     * exception itself, and the two with the same code and message.
     */
    private static <E extends OrmdanticException> E expect(
            Class<E> type, Supplier<CompletableFuture<?>> asyncCall, Executable blockingCall) {
        CompletableFuture<?> future = asyncCall.get(); // never throws: the failure is in the future
        AtomicReference<Throwable> seen = new AtomicReference<>();
        future.exceptionally(thrown -> {
                    seen.set(thrown);
                    return null;
                })
                .join();
        E itself = assertInstanceOf(type, seen.get(), "exceptionally sees the exception itself");
        assertSame(itself, Futures.failure(future), "handle sees the exception itself");
        ExecutionException get = assertThrows(ExecutionException.class, future::get);
        assertSame(itself, get.getCause(), "get() wraps it once");
        CompletionException join = assertThrows(CompletionException.class, future::join);
        assertSame(itself, join.getCause(), "join() wraps it once");
        E thrown = assertThrows(type, blockingCall, "the blocking twin throws it unwrapped");
        assertEquals(itself.code(), thrown.code());
        assertEquals(itself.getMessage(), thrown.getMessage());
        assertNotNull(itself.operation());
        return itself;
    }
}
