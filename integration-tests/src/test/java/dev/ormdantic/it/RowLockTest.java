package dev.ormdantic.it;

import static dev.ormdantic.it.model.FlavorTable.ID;
import static dev.ormdantic.it.model.FlavorTable.RATING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Slice;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.query.Aggregates;
import dev.ormdantic.query.Expressions;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.query.RowLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Row locks on real databases: two workers that each take {@code limit 5 forUpdate().skipLocked()} rows of a
 * ten-row queue get disjoint halves; {@code noWait()} on a locked row fails while the row is still held, with
 * {@code ORM2408}; {@code forUpdate()} makes a second writer wait until the first commits; shared locks coexist; a
 * locking read outside a transaction ({@code ORM2413}), on SQLite ({@code ORM2007}) or of a shape that returns no
 * rows of its table ({@code ORM2103}) is refused before anything is sent.
 *
 * <p>Waits are proved by the server, never by the clock: a test that needs a statement to be blocked polls the
 * server's lock views until the statement shows as waiting for a lock.
 */
class RowLockTest {

    private static final long WAIT_SECONDS = 30;
    private static final FlavorTable FLAVORS = FlavorTable.TABLE;

    /** Ten queued jobs, {@code job-0} to {@code job-9}, rating 0 (queued). */
    private static BlockingTableHandle<Flavor, String> queue(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FLAVORS);
        List<Flavor> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            jobs.add(new Flavor("job-" + i, "Job " + i, 0));
        }
        flavors.insertMany(jobs);
        return flavors;
    }

    private static List<String> ids(List<Flavor> rows) {
        return rows.stream().map(Flavor::id).sorted().toList();
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(WAIT_SECONDS, TimeUnit.SECONDS), "timed out waiting for the other transaction");
    }

    /** SQLite refuses every row lock with ORM2007, whose fix explains why none is needed. */
    private static void assertRefusedOnSqlite(Ormdantic db) {
        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> db.blocking()
                        .transaction(tx -> tx.blockingTable(FLAVORS)
                                .findMany(RATING.eq(0), OrderBy.asc(ID), Slice.limit(5), RowLock.forUpdate())));
        assertEquals(ErrorCode.FEATURE_UNSUPPORTED, e.code());
        assertTrue(
                e.getMessage()
                        .startsWith("[ORM2007] findMany on table 'flavor' failed: SQLite has no row locks (FOR UPDATE,"
                                + " FOR SHARE); nothing was sent; Leave the lock out: Ormdantic's SQLite transactions"
                                + " begin IMMEDIATE"),
                e.getMessage());
    }

    @BackendTest
    void twoWorkersTakingFiveUnlockedRowsEachGetDisjointHalvesOfTheQueue(Ormdantic db, TestDatabase test)
            throws Exception {
        BlockingTableHandle<Flavor, String> flavors = queue(db);
        if (test.backend() == Backend.SQLITE) {
            assertRefusedOnSqlite(db);
            return;
        }
        RowLock skipLocked = RowLock.forUpdate().skipLocked();
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondTook = new CountDownLatch(1);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            // The first worker takes whole records with findMany, and keeps them locked until the second has taken.
            Future<List<String>> first = executor.submit(() -> db.blocking().transaction(tx -> {
                BlockingTableHandle<Flavor, String> jobs = tx.blockingTable(FLAVORS);
                List<Flavor> taken = jobs.findMany(RATING.eq(0), OrderBy.asc(ID), Slice.limit(5), skipLocked)
                        .data();
                firstHolds.countDown();
                try {
                    await(secondTook);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                for (Flavor job : taken) {
                    jobs.update(new Flavor(job.id(), job.name(), 1));
                }
                return ids(taken);
            }));
            await(firstHolds);
            // The second takes ids with a typed projection query, the other path to the same lock.
            List<String> second = db.blocking().transaction(tx -> {
                BlockingTableHandle<Flavor, String> jobs = tx.blockingTable(FLAVORS);
                List<String> taken = jobs.select(Query.from(FLAVORS)
                        .where(RATING.eq(0))
                        .orderBy(OrderBy.asc(ID))
                        .limit(5)
                        .forUpdate()
                        .skipLocked()
                        .select(ID));
                // A third look, in the same transaction, finds nothing left: every queued row is locked by one of the
                // two workers.
                assertEquals(
                        List.of(),
                        jobs
                                .findMany(
                                        RATING.eq(0),
                                        OrderBy.asc(ID),
                                        Slice.limit(5),
                                        RowLock.forUpdate().skipLocked())
                                .data()
                                .stream()
                                .filter(job -> !taken.contains(job.id()))
                                .toList());
                for (String id : taken) {
                    jobs.update(new Flavor(id, "Taken", 2));
                }
                secondTook.countDown();
                return taken.stream().sorted().toList();
            });
            List<String> firstIds = first.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(List.of("job-0", "job-1", "job-2", "job-3", "job-4"), firstIds);
            assertEquals(List.of("job-5", "job-6", "job-7", "job-8", "job-9"), second);
        }
        assertEquals(5, flavors.count(RATING.eq(1)));
        assertEquals(5, flavors.count(RATING.eq(2)));
        assertEquals(0, flavors.count(RATING.eq(0)));
    }

    @BackendTest
    void noWaitOnALockedRowFailsWhileTheRowIsStillHeld(Ormdantic db, TestDatabase test) throws Exception {
        queue(db);
        if (test.backend() == Backend.SQLITE) {
            assertRefusedOnSqlite(db);
            return;
        }
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean released = new AtomicBoolean();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Optional<Flavor>> holder =
                    executor.submit(() -> db.blocking().transaction(tx -> {
                        Optional<Flavor> job = tx.blockingTable(FLAVORS).findOne("job-1", RowLock.forUpdate());
                        held.countDown();
                        try {
                            await(release);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        released.set(true);
                        return job;
                    }));
            await(held);
            String found = db.blocking().transaction(tx -> {
                BlockingTableHandle<Flavor, String> jobs = tx.blockingTable(FLAVORS);
                QueryException e = assertThrows(
                        QueryException.class,
                        () -> tx.savepoint(
                                sp -> jobs.findOne("job-1", RowLock.forUpdate().noWait())));
                assertFalse(released.get(), "the read failed while the row was held, not after");
                assertEquals(ErrorCode.TIMEOUT, e.code(), e.getMessage());
                assertTrue(e.retryable());
                assertTrue(
                        e.getMessage()
                                .startsWith("[ORM2408] findOne on table 'flavor' failed: a statement or lock timeout"
                                        + " ran out, or a row to lock without waiting (noWait) was locked by another"
                                        + " transaction"),
                        e.getMessage());
                // The same through a projection query; the savepoint keeps the transaction usable (PostgreSQL aborts
                // a transaction on a failed statement otherwise).
                QueryException projected = assertThrows(
                        QueryException.class,
                        () -> tx.savepoint(sp -> jobs.select(Query.from(FLAVORS)
                                .where(ID.eq("job-1"))
                                .forUpdate()
                                .noWait()
                                .select(ID))));
                assertEquals(ErrorCode.TIMEOUT, projected.code(), projected.getMessage());
                // An unlocked row locks at once, NOWAIT or not.
                return jobs.findOne("job-2", RowLock.forUpdate().noWait())
                        .orElseThrow()
                        .id();
            });
            assertEquals("job-2", found);
            release.countDown();
            assertEquals(
                    "job-1",
                    holder.get(WAIT_SECONDS, TimeUnit.SECONDS).orElseThrow().id());
        }
    }

    @BackendTest
    void forUpdateMakesASecondWriterWaitUntilTheFirstCommits(Ormdantic db, TestDatabase test) throws Exception {
        BlockingTableHandle<Flavor, String> flavors = queue(db);
        if (test.backend() == Backend.SQLITE) {
            assertRefusedOnSqlite(db);
            return;
        }
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first = executor.submit(() -> db.blocking().inTransaction(tx -> {
                BlockingTableHandle<Flavor, String> jobs = tx.blockingTable(FLAVORS);
                Flavor job = jobs.findOne("job-3", RowLock.forUpdate()).orElseThrow();
                locked.countDown();
                try {
                    await(commit);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                jobs.update(new Flavor(job.id(), job.name(), job.rating() + 5));
            }));
            await(locked);
            // The second writer reads the row with the same lock, then adds 7: it reads only once the first has
            // committed its 5, so neither increment is lost.
            Future<Integer> secondRead = executor.submit(() -> db.blocking().transaction(tx -> {
                BlockingTableHandle<Flavor, String> jobs = tx.blockingTable(FLAVORS);
                Flavor job = jobs.findOne("job-3", RowLock.forUpdate()).orElseThrow();
                jobs.update(new Flavor(job.id(), job.name(), job.rating() + 7));
                return job.rating();
            }));
            LockViews.awaitWaiter(test, secondRead);
            assertFalse(secondRead.isDone(), "the second writer waits for the row");
            commit.countDown();
            first.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(5, secondRead.get(WAIT_SECONDS, TimeUnit.SECONDS), "it read the row after the commit");
        }
        assertEquals(12, flavors.findOne("job-3").orElseThrow().rating());
    }

    /**
     * A transaction that holds a row lock and is then stopped (its future cancelled, or its timeout run out) while its
     * callback does something else: the moment its future fails, the row locks without waiting ({@code noWait()}) for
     * another transaction, with no polling: the stop rolled back on the connection before failing the future.
     */
    @BackendTest
    void aStoppedTransactionsRowLockIsFreeTheMomentItsFutureFails(Ormdantic db, TestDatabase test) throws Exception {
        BlockingTableHandle<Flavor, String> flavors = queue(db);
        if (test.backend() == Backend.SQLITE) {
            assertRefusedOnSqlite(db);
            return;
        }
        CountDownLatch locked = new CountDownLatch(1);
        java.util.function.Function<dev.ormdantic.Transaction, Integer> holdJob7 = tx -> {
            BlockingTableHandle<Flavor, String> jobs = tx.blockingTable(FLAVORS);
            Flavor job = jobs.findOne("job-7", RowLock.forUpdate()).orElseThrow();
            jobs.update(new Flavor(job.id(), job.name(), 70));
            locked.countDown();
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            return jobs.findOne("job-7").orElseThrow().rating();
        };
        java.util.concurrent.CompletableFuture<Integer> cancelled = db.transaction(holdJob7);
        await(locked);
        assertTrue(cancelled.cancel(true));
        assertEquals(0, lockAtOnce(db, "job-7"), "the cancelled transaction's update was rolled back");

        java.util.concurrent.CompletableFuture<Integer> timedOut = db.transaction(
                dev.ormdantic.TransactionOptions.defaults().timeout(java.time.Duration.ofMillis(300)), holdJob7);
        QueryException e = assertInstanceOf(
                QueryException.class,
                assertThrows(CompletionException.class, timedOut::join).getCause());
        assertEquals(ErrorCode.TRANSACTION_TIMED_OUT, e.code(), e.getMessage());
        assertEquals(0, lockAtOnce(db, "job-7"), "the timed-out transaction's update was rolled back");
        assertEquals(0, flavors.findOne("job-7").orElseThrow().rating());
    }

    /** Locks a row without waiting, in a transaction of its own, and returns its rating. */
    private static int lockAtOnce(Ormdantic db, String id) {
        return db.blocking()
                .transaction(tx -> tx.blockingTable(FLAVORS)
                        .findOne(id, RowLock.forUpdate().noWait())
                        .orElseThrow()
                        .rating());
    }

    @BackendTest
    void sharedLocksCoexistAndKeepAnExclusiveLockOut(Ormdantic db, TestDatabase test) throws Exception {
        queue(db);
        if (test.backend() == Backend.SQLITE) {
            assertRefusedOnSqlite(db);
            return;
        }
        if (test.backend() == Backend.MYSQL && LockViews.mariaDbServer(test)) {
            // MySQL 8's FOR SHARE, which the MySQL dialect writes, is not MariaDB's syntax (it has LOCK IN SHARE
            // MODE, which the MariaDB dialect writes); the rendering is pinned by the goldens.
            return;
        }
        CountDownLatch shared = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<List<String>> holder = executor.submit(() -> db.blocking().transaction(tx -> {
                List<String> read = tx.blockingTable(FLAVORS)
                        .select(Query.from(FLAVORS)
                                .where(ID.in(List.of("job-4", "job-5")))
                                .forShare()
                                .select(ID));
                shared.countDown();
                try {
                    await(release);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return read.stream().sorted().toList();
            }));
            await(shared);
            db.blocking().inTransaction(tx -> {
                BlockingTableHandle<Flavor, String> jobs = tx.blockingTable(FLAVORS);
                assertEquals(
                        List.of("job-4", "job-5"),
                        ids(jobs.findMany(
                                        ID.in(List.of("job-4", "job-5")),
                                        OrderBy.asc(ID),
                                        Slice.all(),
                                        RowLock.forShare().noWait())
                                .data()));
                QueryException exclusive = assertThrows(
                        QueryException.class,
                        () -> tx.savepoint(
                                sp -> jobs.findOne("job-4", RowLock.forUpdate().noWait())));
                assertEquals(ErrorCode.TIMEOUT, exclusive.code(), exclusive.getMessage());
                assertEquals(
                        List.of("job-6"),
                        ids(jobs.findMany(
                                        ID.in(List.of("job-4", "job-5", "job-6")),
                                        OrderBy.asc(ID),
                                        Slice.all(),
                                        RowLock.forUpdate().skipLocked())
                                .data()));
            });
            release.countDown();
            assertEquals(List.of("job-4", "job-5"), holder.get(WAIT_SECONDS, TimeUnit.SECONDS));
        }
    }

    @BackendTest
    void aLockingReadOutsideATransactionIsRefusedAndSendsNothing(Ormdantic db, TestDatabase test) {
        BlockingTableHandle<Flavor, String> flavors = queue(db);
        List<Runnable> reads = List.of(
                () -> flavors.findMany(RATING.eq(0), OrderBy.asc(ID), Slice.limit(2), RowLock.forUpdate()),
                () -> flavors.findOne("job-1", RowLock.forShare()),
                () -> flavors.select(
                        Query.from(FLAVORS).forUpdate().skipLocked().select(ID)));
        for (Runnable read : reads) {
            OrmdanticException e = assertThrows(OrmdanticException.class, read::run);
            if (test.backend() == Backend.SQLITE) {
                assertEquals(ErrorCode.FEATURE_UNSUPPORTED, e.code(), e.getMessage());
            } else {
                InvalidArgumentException refused = (InvalidArgumentException) e;
                assertEquals(ErrorCode.LOCK_OUTSIDE_TRANSACTION, refused.code(), e.getMessage());
                assertTrue(
                        e.getMessage()
                                .contains("outside a transaction, where the statement commits at once and its"
                                        + " locks end with it; nothing was sent; run it with a transaction's handles"),
                        e.getMessage());
            }
        }
        // The asynchronous handle fails its future with the same error.
        OrmdanticException async = assertInstanceOf(
                OrmdanticException.class,
                assertThrows(
                                CompletionException.class,
                                () -> db.table(FLAVORS)
                                        .findOne("job-1", RowLock.forUpdate())
                                        .join())
                        .getCause());
        assertEquals(
                test.backend() == Backend.SQLITE ? ErrorCode.FEATURE_UNSUPPORTED : ErrorCode.LOCK_OUTSIDE_TRANSACTION,
                async.code());
    }

    @BackendTest
    void aLockingQueryMustReturnRowsOfItsTable(Ormdantic db, TestDatabase test) {
        queue(db);
        List<Query<Flavor>> shapes = List.of(
                Query.from(FLAVORS).forUpdate(),
                Query.from(FLAVORS).select(RATING.as("rating")).distinct().forUpdate(),
                Query.from(FLAVORS).select(RATING.as("rating")).groupBy(RATING).forShare(),
                Query.from(FLAVORS)
                        .select(Aggregates.max(RATING).as("top"))
                        .forUpdate()
                        .skipLocked());
        for (Query<Flavor> shape : shapes) {
            OrmdanticException e = assertThrows(
                    OrmdanticException.class,
                    () -> db.blocking()
                            .transaction(tx -> tx.blockingTable(FLAVORS).select(shape)));
            if (test.backend() == Backend.SQLITE) {
                assertEquals(ErrorCode.FEATURE_UNSUPPORTED, e.code(), e.getMessage());
            } else {
                assertEquals(ErrorCode.INVALID_ARGUMENT, e.code(), e.getMessage());
                assertTrue(e.getMessage().contains("a query that locks rows ("), e.getMessage());
            }
        }
        InvalidArgumentException noLock = assertThrows(
                InvalidArgumentException.class, () -> Query.from(FLAVORS).noWait());
        assertEquals(ErrorCode.INVALID_ARGUMENT, noLock.code());
        assertTrue(noLock.getMessage().contains("call forUpdate() or forShare() first"), noLock.getMessage());
        InvalidArgumentException both = assertThrows(
                InvalidArgumentException.class,
                () -> RowLock.forUpdate().noWait().skipLocked());
        assertEquals(ErrorCode.INVALID_ARGUMENT, both.code());
        IllegalArgumentException subquery = assertThrows(
                IllegalArgumentException.class,
                () -> Expressions.exists(Query.from(FLAVORS).forUpdate().select(ID)));
        assertTrue(
                String.valueOf(subquery.getMessage()).startsWith("a subquery takes no row lock (FOR UPDATE)"),
                subquery.getMessage());
    }
}
