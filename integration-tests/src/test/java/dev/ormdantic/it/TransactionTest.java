package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Isolation;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.TableHandle;
import dev.ormdantic.Transaction;
import dev.ormdantic.TransactionOptions;
import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.it.model.Account;
import dev.ormdantic.it.model.AccountTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;

/**
 * Transactions own their connection: commit on return, rollback on exception (the exception itself reaches the
 * caller), savepoints nested to any depth, after-commit actions only after a commit, a finished transaction's handles
 * refused, timeouts and cancellation rolling back, isolation options per dialect, and retries after conflicts.
 */
class TransactionTest {

    private static final Account ADA = new Account(1, "ada", 36, 0);
    private static final Account BOB = new Account(2, "bob", 40, 0);
    private static final Account CAT = new Account(3, "cat", 5, 0);

    /** An exception of the test's own, to prove the callback's exception reaches the caller unchanged. */
    private static final class Boom extends RuntimeException {
        Boom() {
            super("boom");
        }
    }

    private static List<Integer> ids(Ormdantic db) {
        return db.blockingTable(AccountTable.TABLE).findMany().data().stream()
                .map(Account::id)
                .sorted()
                .toList();
    }

    @BackendTest
    void commitsWhenTheCallbackReturnsAndHidesItsWritesUntilThen(Ormdantic db) {
        List<Integer> seenOutside = new ArrayList<>();
        long inside = db.blocking().transaction(tx -> {
            BlockingTableHandle<Account, Integer> accounts = tx.blockingTable(AccountTable.TABLE);
            accounts.insert(ADA);
            accounts.insertMany(List.of(BOB, CAT));
            seenOutside.addAll(ids(db)); // another connection: the uncommitted rows are not there
            return accounts.count();
        });
        assertEquals(3, inside);
        assertEquals(List.of(), seenOutside);
        assertEquals(List.of(1, 2, 3), ids(db));
    }

    @BackendTest
    void rollsBackWhenTheCallbackThrowsAndRethrowsTheSameException(Ormdantic db) {
        db.blockingTable(AccountTable.TABLE).insert(ADA);
        Boom boom = new Boom();
        Boom thrown = assertThrows(
                Boom.class,
                () -> db.blocking().transaction(tx -> {
                    BlockingTableHandle<Account, Integer> accounts = tx.blockingTable(AccountTable.TABLE);
                    accounts.insert(BOB);
                    accounts.update(new Account(1, "ada", 99, 5));
                    accounts.deleteWhere(AccountTable.HANDLE.eq("ada").not());
                    throw boom;
                }));
        assertSame(boom, thrown);
        assertEquals(
                List.of(ADA), db.blockingTable(AccountTable.TABLE).findMany().data());

        CompletableFuture<Object> future = db.transaction(tx -> {
            tx.blockingTable(AccountTable.TABLE).insert(CAT);
            throw boom;
        });
        CompletionException failed = assertThrows(CompletionException.class, future::join);
        assertSame(boom, failed.getCause());
        assertEquals(List.of(1), ids(db));
    }

    @BackendTest
    void anAsyncChainRunsInOneTransaction(Ormdantic db) {
        Optional<Account> found = db.transactionAsync(TransactionOptions.defaults(), tx -> {
                    TableHandle<Account, Integer> accounts = tx.table(AccountTable.TABLE);
                    return accounts.insert(ADA)
                            .thenCompose(inserted -> accounts.insertMany(List.of(BOB, CAT)))
                            .thenCompose(inserted -> accounts.update(new Account(2, "bob", 41, 1)))
                            .thenCompose(updated -> accounts.findOne(2));
                })
                .join();
        assertEquals(Optional.of(new Account(2, "bob", 41, 1)), found);
        assertEquals(List.of(1, 2, 3), ids(db));

        Boom boom = new Boom();
        CompletableFuture<Boolean> failing = db.transactionAsync(TransactionOptions.defaults(), tx -> {
            TableHandle<Account, Integer> accounts = tx.table(AccountTable.TABLE);
            return accounts.delete(1).thenCompose(deleted -> accounts.delete(2)).thenApply(deleted -> {
                throw boom;
            });
        });
        assertSame(boom, assertThrows(CompletionException.class, failing::join).getCause());
        assertEquals(List.of(1, 2, 3), ids(db));
    }

    @BackendTest
    void concurrentUseOfOneTransactionTakesTurnsOnItsConnection(Ormdantic db) {
        int rows = 40;
        long count = db.transactionAsync(TransactionOptions.defaults(), tx -> {
                    TableHandle<Account, Integer> accounts = tx.table(AccountTable.TABLE);
                    List<CompletableFuture<Account>> inserts = new ArrayList<>();
                    for (int i = 1; i <= rows; i++) {
                        inserts.add(accounts.insert(new Account(i, "user" + i, 20, 0)));
                    }
                    return CompletableFuture.allOf(inserts.toArray(CompletableFuture[]::new))
                            .thenCompose(done -> accounts.count());
                })
                .join();
        assertEquals(rows, count);
        assertEquals(rows, db.blockingTable(AccountTable.TABLE).count());
    }

    @BackendTest
    void savepointsNestAndARolledBackOneKeepsTheOuterWork(Ormdantic db) {
        db.blocking().inTransaction(tx -> {
            BlockingTableHandle<Account, Integer> accounts = tx.blockingTable(AccountTable.TABLE);
            accounts.insert(ADA);
            assertThrows(
                    Boom.class,
                    () -> tx.savepoint(inner -> {
                        accounts.insert(BOB);
                        throw new Boom();
                    }));
            tx.inSavepoint(first -> first.inSavepoint(second -> {
                accounts.insert(CAT);
                assertThrows(
                        Boom.class,
                        () -> second.savepoint(third -> {
                            accounts.insert(new Account(4, "dan", 1, 0));
                            return third.savepoint(fourth -> {
                                accounts.insert(new Account(5, "eve", 1, 0));
                                throw new Boom();
                            });
                        }));
            }));
            assertEquals(2, accounts.count());
        });
        assertEquals(List.of(1, 3), ids(db));
    }

    @BackendTest
    void aFailedStatementInsideASavepointLeavesTheTransactionUsable(Ormdantic db) {
        db.blocking().inTransaction(tx -> {
            BlockingTableHandle<Account, Integer> accounts = tx.blockingTable(AccountTable.TABLE);
            accounts.insert(ADA);
            OrmdanticException duplicate =
                    assertThrows(OrmdanticException.class, () -> tx.savepoint(sp -> accounts.insert(ADA)));
            assertEquals(ErrorCode.DUPLICATE_KEY, duplicate.code(), duplicate.getMessage());
            // PostgreSQL aborts a transaction on a failed statement; the savepoint's rollback brings it back.
            accounts.insert(BOB);
        });
        assertEquals(List.of(1, 2), ids(db));
    }

    @BackendTest
    void aFailedBatchInsideATransactionUndoesOnlyItselfAndTheTransactionGoesOn(Ormdantic db) {
        db.blocking().inTransaction(tx -> {
            BlockingTableHandle<Account, Integer> accounts = tx.blockingTable(AccountTable.TABLE);
            accounts.insert(ADA);
            assertThrows(
                    OrmdanticException.class, () -> accounts.insertMany(List.of(BOB, new Account(1, "again", 1, 0))));
            accounts.insert(CAT);
        });
        assertEquals(List.of(1, 3), ids(db));
    }

    @BackendTest
    void afterCommitActionsRunOnlyAfterACommit(Ormdantic db) {
        List<String> ran = new ArrayList<>();
        db.blocking().inTransaction(tx -> {
            tx.blockingTable(AccountTable.TABLE).insert(ADA);
            tx.afterCommit(() -> ran.add("first, sees " + ids(db)));
            tx.afterCommit(() -> {
                throw new Boom(); // logged; the others still run
            });
            assertThrows(
                    Boom.class,
                    () -> tx.savepoint(sp -> {
                        sp.afterCommit(() -> ran.add("inside a rolled-back savepoint"));
                        throw new Boom();
                    }));
            tx.inSavepoint(sp -> sp.afterCommit(() -> ran.add("inside a released savepoint")));
            assertEquals(List.of(), ran);
        });
        assertEquals(List.of("first, sees [1]", "inside a released savepoint"), ran);

        assertThrows(
                Boom.class,
                () -> db.blocking().transaction(tx -> {
                    tx.afterCommit(() -> ran.add("after a rollback"));
                    throw new Boom();
                }));
        assertEquals(2, ran.size());
    }

    @BackendTest
    void aFinishedTransactionsHandlesAreRefusedAndSendNothing(Ormdantic db) {
        AtomicReference<Transaction> kept = new AtomicReference<>();
        AtomicReference<BlockingTableHandle<Account, Integer>> handle = new AtomicReference<>();
        AtomicReference<TableHandle<Account, Integer>> asyncHandle = new AtomicReference<>();
        db.blocking().inTransaction(tx -> {
            kept.set(tx);
            handle.set(tx.blockingTable(AccountTable.TABLE));
            asyncHandle.set(tx.table(AccountTable.TABLE));
            assertTrue(tx.isActive());
        });
        assertFalse(kept.get().isActive());
        ClosedException e =
                assertThrows(ClosedException.class, () -> handle.get().insert(ADA));
        assertEquals(ErrorCode.TRANSACTION_FINISHED, e.code());
        assertTrue(e.getMessage().contains("the transaction has committed"), e.getMessage());
        assertEquals(
                ErrorCode.TRANSACTION_FINISHED,
                assertThrows(ClosedException.class, () -> kept.get().table(AccountTable.TABLE))
                        .code());
        CompletionException async = assertThrows(
                CompletionException.class, () -> asyncHandle.get().insert(ADA).join());
        assertEquals(
                ErrorCode.TRANSACTION_FINISHED,
                assertInstanceOf(ClosedException.class, async.getCause()).code());
        assertThrows(ClosedException.class, () -> kept.get().inSavepoint(sp -> {}));
        assertEquals(List.of(), ids(db));
    }

    @BackendTest
    void theTimeoutInterruptsABlockedCallbackAndRollsBack(Ormdantic db) {
        AtomicBoolean interrupted = new AtomicBoolean();
        QueryException e = assertThrows(
                QueryException.class,
                () -> db.blocking().transaction(TransactionOptions.defaults().timeout(Duration.ofMillis(300)), tx -> {
                    tx.blockingTable(AccountTable.TABLE).insert(ADA);
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException stopped) {
                        interrupted.set(true);
                        Thread.currentThread().interrupt();
                    }
                    return tx.blockingTable(AccountTable.TABLE).count();
                }));
        assertEquals(ErrorCode.TRANSACTION_TIMED_OUT, e.code(), e.getMessage());
        assertTrue(e.retryable());
        assertTrue(interrupted.get());
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt the timeout caused is cleared");
        assertEquals(List.of(), ids(db));
        // The pool still works: the timed-out connection was replaced or restored.
        db.blockingTable(AccountTable.TABLE).insert(BOB);
        assertEquals(List.of(2), ids(db));
    }

    @BackendTest
    void cancellingTheFutureRollsBack(Ormdantic db) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        CompletableFuture<Object> future = db.transaction(tx -> {
            tx.blockingTable(AccountTable.TABLE).insert(ADA);
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException stopped) {
                interrupted.set(true);
            }
            return tx.blockingTable(AccountTable.TABLE).count();
        });
        assertTrue(started.await(30, TimeUnit.SECONDS));
        assertTrue(future.cancel(true));
        assertThrows(CancellationException.class, future::join);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!interrupted.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(interrupted.get());
        db.blockingTable(AccountTable.TABLE).insert(BOB);
        assertEquals(List.of(2), ids(db));
    }

    /**
     * On SQLite a thread that joins an asynchronous transaction before a SQLite worker took it runs it itself (the
     * hand-off to a worker and back was most of the gap to hand-written JDBC); a worker runs it when the options have a
     * timeout, when the caller is a virtual thread, and always on a server.
     */
    @BackendTest
    void onSqliteAThreadJoiningATransactionAtOnceMayRunItItself(Ormdantic db, TestDatabase test) throws Exception {
        boolean sqlite = test.backend() == Backend.SQLITE;
        int transactions = 200;
        Thread caller = Thread.currentThread();
        int onCaller = 0;
        for (int i = 0; i < transactions; i++) {
            AtomicReference<Thread> ran = new AtomicReference<>();
            int id = 100 + i;
            long count = db.transaction(tx -> {
                        ran.set(Thread.currentThread());
                        tx.blockingTable(AccountTable.TABLE).insert(new Account(id, "a" + id, 1, 0));
                        return tx.blockingTable(AccountTable.TABLE).count();
                    })
                    .join();
            assertEquals(i + 1, count);
            onCaller += ran.get() == caller ? 1 : 0;
        }
        if (sqlite) {
            assertTrue(onCaller > 0, "no transaction of " + transactions + " ran on the joining thread");
        } else {
            assertEquals(0, onCaller, "a server's transaction runs on a worker");
        }
        // With a timeout the join must end when it passes, whatever the callback does: a worker runs it.
        for (int i = 0; i < 50; i++) {
            AtomicReference<Thread> ran = new AtomicReference<>();
            db.transaction(TransactionOptions.defaults().timeout(Duration.ofSeconds(30)), tx -> {
                        ran.set(Thread.currentThread());
                        return tx.blockingTable(AccountTable.TABLE).count();
                    })
                    .join();
            assertFalse(ran.get() == caller, "a transaction with a timeout ran on the joining thread");
        }
        // A virtual thread must not run SQLite's native code (it would pin its carrier).
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<String> wrong = executor.submit(() -> {
                        List<String> found = new ArrayList<>();
                        for (int i = 0; i < 50; i++) {
                            AtomicReference<Thread> ran = new AtomicReference<>();
                            db.transaction(tx -> {
                                        ran.set(Thread.currentThread());
                                        return tx.blockingTable(AccountTable.TABLE)
                                                .count();
                                    })
                                    .join();
                            if (ran.get().isVirtual() && sqlite) {
                                found.add(ran.get().toString());
                            }
                        }
                        return found;
                    })
                    .get(60, TimeUnit.SECONDS);
            assertEquals(List.of(), wrong);
        }
        assertEquals(transactions, ids(db).size());
    }

    /** A joining thread that runs the transaction itself still rolls back, and ends its join, when it is cancelled. */
    @BackendTest
    void cancellingATransactionItsJoiningThreadRunsRollsBack(Ormdantic db, TestDatabase test) throws Exception {
        Thread caller = Thread.currentThread();
        AtomicBoolean interrupted = new AtomicBoolean();
        boolean ranOnCaller = false;
        for (int attempt = 0; attempt < 200 && !ranOnCaller; attempt++) {
            AtomicReference<CompletableFuture<Long>> future = new AtomicReference<>();
            CountDownLatch submitted = new CountDownLatch(1);
            AtomicBoolean here = new AtomicBoolean();
            future.set(db.transaction(tx -> {
                tx.blockingTable(AccountTable.TABLE).insert(ADA);
                if (Thread.currentThread() == caller) {
                    here.set(true);
                    Thread.ofPlatform().start(() -> {
                        try {
                            submitted.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        future.get().cancel(true);
                    });
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException stopped) {
                        interrupted.set(true);
                    }
                }
                return tx.blockingTable(AccountTable.TABLE).count();
            }));
            submitted.countDown();
            if (test.backend() != Backend.SQLITE) {
                assertEquals(1L, future.get().join());
                assertFalse(here.get());
                return;
            }
            try {
                future.get().join();
                db.blockingTable(AccountTable.TABLE).delete(ADA.id());
            } catch (CancellationException expected) {
                assertTrue(here.get(), "only the transaction the caller ran was cancelled");
                ranOnCaller = true;
            }
        }
        assertTrue(ranOnCaller, "no transaction of 200 ran on the joining thread");
        assertTrue(interrupted.get(), "the callback was interrupted");
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt the cancel caused is cleared");
        assertEquals(List.of(), ids(db));
        db.blockingTable(AccountTable.TABLE).insert(BOB);
        assertEquals(List.of(2), ids(db));
    }

    @BackendTest
    void isolationLevelsTheDatabaseLacksAreRefusedBeforeAnythingRuns(Ormdantic db, TestDatabase test) {
        AtomicBoolean ran = new AtomicBoolean();
        int id = 10;
        for (Isolation level : Isolation.values()) {
            id++;
            TransactionOptions options = TransactionOptions.defaults().isolation(level);
            boolean refused = test.backend() == Backend.SQLITE && level != Isolation.SERIALIZABLE;
            if (refused) {
                ConfigurationException e = assertThrows(
                        ConfigurationException.class, () -> db.blocking().inTransaction(options, tx -> ran.set(true)));
                assertEquals(ErrorCode.FEATURE_UNSUPPORTED, e.code());
                assertTrue(e.getMessage().contains("SQLite has no isolation level " + level.sql()), e.getMessage());
            } else {
                int key = id;
                db.blocking()
                        .transaction(
                                options,
                                tx -> tx.blockingTable(AccountTable.TABLE)
                                        .insert(new Account(key, "user" + key, 1, 0)));
            }
        }
        assertFalse(ran.get());
        int expected = test.backend() == Backend.SQLITE ? 1 : 4;
        assertEquals(expected, ids(db).size());
    }

    @BackendTest
    void aReadOnlyTransactionReadsAndRefusesWrites(Ormdantic db) {
        db.blockingTable(AccountTable.TABLE).insert(ADA);
        TransactionOptions readOnly = TransactionOptions.defaults().readOnly();
        long count = db.blocking()
                .transaction(
                        readOnly, tx -> tx.blockingTable(AccountTable.TABLE).count());
        assertEquals(1, count);
        assertThrows(
                OrmdanticException.class,
                () -> db.blocking()
                        .transaction(
                                readOnly,
                                tx -> tx.blockingTable(AccountTable.TABLE).insert(BOB)));
        assertEquals(List.of(1), ids(db));
        // The connection's read-only setting ended with the transaction.
        for (int i = 0; i < 12; i++) {
            db.blockingTable(AccountTable.TABLE).insert(new Account(20 + i, "user" + i, 1, 0));
        }
        assertEquals(13, ids(db).size());
    }

    @Tag("reliability")
    @BackendTest
    void twoWritersIncrementingOneRowUnderTheStrictestLevelWithRetriesLoseNothing(Ormdantic db) throws Exception {
        db.blockingTable(AccountTable.TABLE).insert(ADA);
        TransactionOptions serializable =
                TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE).retry(100);
        int perWriter = 1_000; // the proof: exactly 2,000 at the end
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                writers.add(executor.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        db.blocking().transaction(serializable, tx -> {
                            BlockingTableHandle<Account, Integer> accounts = tx.blockingTable(AccountTable.TABLE);
                            Account account = accounts.findOne(1).orElseThrow();
                            Integer referrals = account.referrals();
                            return accounts.update(new Account(1, "ada", 36, (referrals == null ? 0 : referrals) + 1));
                        });
                    }
                }));
            }
            for (var writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
        }
        assertEquals(
                Integer.valueOf(2 * perWriter),
                db.blockingTable(AccountTable.TABLE).findOne(1).orElseThrow().referrals());
    }

    @Tag("reliability")
    @BackendTest
    void manyVirtualThreadsEachInTheirOwnTransactionSeeNoOneElsesWork(Ormdantic db) throws Exception {
        int threads = 200;
        List<Account> seed = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            seed.add(new Account(1000 + i, "seed" + i, 1, 0));
        }
        db.blockingTable(AccountTable.TABLE).insertMany(seed);
        List<String> crossTalk = java.util.Collections.synchronizedList(new ArrayList<>());
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                tasks.add(executor.submit(() -> {
                    try {
                        db.blocking()
                                .inTransaction(TransactionOptions.defaults().retry(20), tx -> {
                                    BlockingTableHandle<Account, Integer> accounts =
                                            tx.blockingTable(AccountTable.TABLE);
                                    Account mine = accounts.findOne(1000 + n).orElseThrow();
                                    accounts.update(new Account(mine.id(), mine.handle(), mine.age() + 1, n));
                                    accounts.insert(new Account(5000 + n, "new" + n, 2, n));
                                    // Rows of transactions that roll back are never committed: seeing one is seeing
                                    // uncommitted work. Committed rows of others may be seen (READ COMMITTED).
                                    for (Account row : accounts.findMany(AccountTable.ID.ge(5000))
                                            .data()) {
                                        int other = row.id() - 5000;
                                        if (other != n && other % 3 == 0) {
                                            crossTalk.add(
                                                    "thread " + n + " saw the uncommitted row of thread " + other);
                                        }
                                    }
                                    if (accounts.findOne(5000 + n).isEmpty()) {
                                        crossTalk.add("thread " + n + " did not see its own row");
                                    }
                                    if (n % 3 == 0) {
                                        throw new Boom();
                                    }
                                });
                    } catch (Boom expected) {
                        // rolled back on purpose
                    }
                }));
            }
            for (var task : tasks) {
                task.get(180, TimeUnit.SECONDS);
            }
        }
        assertEquals(List.of(), crossTalk);
        List<Account> rows = db.blockingTable(AccountTable.TABLE).findMany().data().stream()
                .sorted(Comparator.comparingInt(Account::id))
                .toList();
        for (int n = 0; n < threads; n++) {
            int i = n;
            boolean committed = n % 3 != 0;
            Account seeded =
                    rows.stream().filter(a -> a.id() == 1000 + i).findFirst().orElseThrow();
            assertEquals(committed ? 2 : 1, seeded.age(), "seed row of thread " + n);
            assertEquals(committed, rows.stream().anyMatch(a -> a.id() == 5000 + i), "new row of thread " + n);
        }
    }
}
