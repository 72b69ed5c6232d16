package dev.ormdantic.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OptimisticLockException;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.it.Backend;
import dev.ormdantic.it.BackendTest;
import dev.ormdantic.it.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Optimistic locking with {@code @Version}: set to 1 on insert, checked and raised by {@code update}, a session's
 * flush and {@code updateWhere}; a stale version is an {@link OptimisticLockException} naming the table, the key and
 * both versions, with nothing written, in single and batched flushes.
 */
class OptimisticLockTest {

    private static Ormdantic open(TestDatabase test) {
        return SessionTest.open(test, new OrmdanticListener() {});
    }

    private static List<Wallet> wallets(Ormdantic db) {
        return db.blockingTable(WalletTable.TABLE).findMany().data().stream()
                .sorted(Comparator.comparingLong(Wallet::id))
                .toList();
    }

    @BackendTest
    void insertSetsVersionOneAndUpdateChecksAndRaisesIt(TestDatabase test) {
        try (Ormdantic db = open(test)) {
            BlockingTableHandle<Wallet, Long> handle = db.blockingTable(WalletTable.TABLE);
            Wallet stored = handle.insert(new Wallet(1, "ada", 10, 42));
            assertEquals(1, stored.version());
            assertEquals(1, handle.findOne(1L).orElseThrow().version());

            assertTrue(handle.update(new Wallet(1, "ada", 20, 1)));
            assertEquals(new Wallet(1, "ada", 20, 2), handle.findOne(1L).orElseThrow());

            OptimisticLockException stale =
                    assertThrows(OptimisticLockException.class, () -> handle.update(new Wallet(1, "ada", 99, 1)));
            assertEquals(ErrorCode.OPTIMISTIC_LOCK, stale.code());
            assertEquals(1, stale.expectedVersion());
            assertEquals(2L, stale.actualVersion());
            assertEquals("wallet", stale.table());
            assertTrue(
                    stale.getMessage()
                            .contains("row id = 1 of table wallet was changed by another transaction: expected"
                                    + " version 1, found version 2; nothing was written"),
                    stale.getMessage());
            assertEquals(20, handle.findOne(1L).orElseThrow().balance());

            assertEquals(1, handle.updateWhere(WalletTable.ID.eq(1L), List.of(WalletTable.BALANCE.set(30L))));
            assertEquals(new Wallet(1, "ada", 30, 3), handle.findOne(1L).orElseThrow());

            handle.delete(1L);
            OptimisticLockException gone =
                    assertThrows(OptimisticLockException.class, () -> handle.update(new Wallet(1, "ada", 1, 3)));
            assertNull(gone.actualVersion());

            InvalidArgumentException upsert =
                    assertThrows(InvalidArgumentException.class, () -> handle.upsert(new Wallet(2, "bob", 1, 1)));
            assertEquals(ErrorCode.UPSERT_VERSIONED, upsert.code());
        }
    }

    @BackendTest
    void aSessionFlushRaisesTheVersionAndKeepsTheRaisedRecord(TestDatabase test) {
        try (Ormdantic db = open(test)) {
            db.blocking().inSession(s -> s.add(new Wallet(1, "ada", 10, 0)));
            db.blocking().inSession(s -> {
                Wallet wallet = s.get(WalletTable.TABLE, 1L).orElseThrow();
                assertEquals(1, wallet.version());
                s.update(new Wallet(1, "ada", 11, wallet.version()));
                s.flush();
                Wallet flushed = s.get(WalletTable.TABLE, 1L).orElseThrow();
                assertEquals(2, flushed.version());
                s.update(new Wallet(1, "ada", 12, flushed.version()));
            });
            assertEquals(new Wallet(1, "ada", 12, 3), wallets(db).get(0));
        }
    }

    @BackendTest
    void twoSessionsUpdatingOneRowConcurrentlyCommitOnceAndTheOtherFails(TestDatabase test) throws Exception {
        // SQLite has one writer: the second session's write waits for the first and then finds its snapshot stale
        // (a busy error), so the version check is never reached there; the server databases get the real race.
        if (test.backend() == Backend.SQLITE) {
            return;
        }
        try (Ormdantic db = open(test)) {
            db.blockingTable(WalletTable.TABLE).insert(new Wallet(1, "ada", 10, 0));
            CyclicBarrier bothRead = new CyclicBarrier(2);
            List<CompletableFuture<Long>> sessions = new ArrayList<>();
            for (long add : new long[] {5, 7}) {
                sessions.add(db.session(s -> {
                    Wallet wallet = s.get(WalletTable.TABLE, 1L).orElseThrow();
                    try {
                        bothRead.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    s.update(new Wallet(1, "ada", wallet.balance() + add, wallet.version()));
                    return add;
                }));
            }
            List<Long> committed = new ArrayList<>();
            List<OptimisticLockException> failed = new ArrayList<>();
            for (CompletableFuture<Long> session : sessions) {
                try {
                    committed.add(session.join());
                } catch (CompletionException e) {
                    failed.add(assertInstanceOf(OptimisticLockException.class, e.getCause()));
                }
            }
            assertEquals(1, committed.size());
            assertEquals(1, failed.size());
            assertEquals(1, failed.get(0).expectedVersion());
            assertEquals(2L, failed.get(0).actualVersion());
            assertEquals(
                    new Wallet(1, "ada", 10 + committed.get(0), 2), wallets(db).get(0));
        }
    }

    @BackendTest
    void aBatchedFlushWithOneStaleVersionNamesThatRowAndWritesNone(TestDatabase test) {
        try (Ormdantic db = open(test)) {
            BlockingTableHandle<Wallet, Long> handle = db.blockingTable(WalletTable.TABLE);
            List<Wallet> rows = new ArrayList<>();
            for (long id = 1; id <= 100; id++) {
                rows.add(new Wallet(id, "owner" + id, id, 0));
            }
            List<Wallet> read = handle.insertMany(rows);
            // another writer changes row 57 after it was read
            handle.updateWhere(WalletTable.ID.eq(57L), List.of(WalletTable.BALANCE.set(570L)));

            OptimisticLockException stale = assertThrows(
                    OptimisticLockException.class,
                    () -> db.blocking().inSession(s -> {
                        for (Wallet wallet : read) {
                            s.update(
                                    new Wallet(wallet.id(), wallet.owner(), wallet.balance() + 1000, wallet.version()));
                        }
                    }));
            assertTrue(stale.getMessage().contains("row id = 57 of table wallet"), stale.getMessage());
            assertEquals(1, stale.expectedVersion());
            assertEquals(2L, stale.actualVersion());
            List<Wallet> after = wallets(db);
            assertEquals(100, after.size());
            for (Wallet wallet : after) {
                assertEquals(wallet.id() == 57 ? 570 : wallet.id(), wallet.balance(), wallet::toString);
            }
        }
    }
}
