package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConstraintViolationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.it.model.Account;
import dev.ormdantic.it.model.AccountTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Upsert inserts or updates by primary key on every backend: a row whose new key clashes with another row's value in
 * a unique column is refused with the unique-violation error and changes nothing (MySQL's and MariaDB's
 * {@code ON DUPLICATE KEY UPDATE} alone would overwrite that other row), and concurrent upserts of one new key all
 * succeed.
 */
class UpsertByKeyTest {

    private static final Account ADA = new Account(1, "ada", 36, null);
    private static final Account BOB = new Account(2, "bob", 40, 3);

    private static List<Account> all(BlockingTableHandle<Account, Integer> accounts) {
        return accounts.findMany().data().stream()
                .sorted(Comparator.comparingInt(Account::id))
                .toList();
    }

    private static void assertUniqueClash(ConstraintViolationException e) {
        assertEquals(ErrorCode.UNIQUE_VIOLATION, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("handle"), e.getMessage());
        assertEquals("account", e.table());
    }

    @BackendTest
    void aNewKeyWithAnotherRowsUniqueValueIsRefusedAndNothingChanges(Ormdantic db) {
        BlockingTableHandle<Account, Integer> accounts = db.blockingTable(AccountTable.TABLE);
        accounts.insertMany(List.of(ADA, BOB));

        assertUniqueClash(
                assertThrows(ConstraintViolationException.class, () -> accounts.upsert(new Account(3, "ada", 99, 7))));

        assertEquals(List.of(ADA, BOB), all(accounts));
        assertEquals(Optional.empty(), accounts.findOne(3));
    }

    @BackendTest
    void aBatchWithOneSuchRowIsRefusedWhole(Ormdantic db) {
        BlockingTableHandle<Account, Integer> accounts = db.blockingTable(AccountTable.TABLE);
        accounts.insertMany(List.of(ADA, BOB));

        assertUniqueClash(assertThrows(
                ConstraintViolationException.class,
                () -> accounts.upsertMany(List.of(
                        new Account(1, "ada", 37, null),
                        new Account(4, "cat", 1, null),
                        new Account(3, "bob", 5, 0)))));

        assertEquals(List.of(ADA, BOB), all(accounts));
    }

    @BackendTest
    void anExistingKeyIsStillUpdatedAndMovingOntoAnotherRowsValueIsRefused(Ormdantic db) {
        BlockingTableHandle<Account, Integer> accounts = db.blockingTable(AccountTable.TABLE);
        accounts.insertMany(List.of(ADA, BOB));

        Account older = new Account(1, "ada", 37, 1);
        assertEquals(older, accounts.upsert(older));
        assertEquals(List.of(older, BOB), all(accounts));
        assertEquals(
                ErrorCode.UNIQUE_VIOLATION,
                assertThrows(ConstraintViolationException.class, () -> accounts.upsert(new Account(1, "bob", 1, 1)))
                        .code());
        Account cat = new Account(5, "cat", 2, null);
        assertEquals(List.of(older, cat), accounts.upsertMany(List.of(older, cat)));
        assertEquals(List.of(older, BOB, cat), all(accounts));
    }

    @BackendTest
    void concurrentUpsertsOfOneNewKeyAllSucceedAndLeaveOneRow(Ormdantic db) {
        var accounts = db.table(AccountTable.TABLE);
        for (int round = 0; round < 5; round++) {
            int id = 100 + round;
            List<CompletableFuture<Account>> calls = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                calls.add(accounts.upsert(new Account(id, "shared" + round, writer, null)));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            Account stored = accounts.findOne(id).join().orElseThrow();
            assertEquals("shared" + round, stored.handle());
            assertTrue(stored.age() >= 0 && stored.age() < 8, stored.toString());
        }
        assertEquals(5L, accounts.count().join());
    }
}
