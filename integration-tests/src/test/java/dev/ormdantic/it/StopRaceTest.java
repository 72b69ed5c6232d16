package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Transaction;
import dev.ormdantic.TransactionOptions;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.TransactionEvent;
import dev.ormdantic.event.TransactionResult;
import dev.ormdantic.event.TransactionStep;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;

/**
 * The race between a transaction's own end (its callback returning: commit or rollback, then the release of its
 * connection) and a stop from another thread (its timeout's timer, or cancelling its future), forced at the exact
 * points where they meet by listeners that hold one side until the other has moved, never by sleeping. Whatever the
 * order, the pool of one connection hands its next borrower a working connection: not closed, not in the stopped
 * transaction, in auto-commit mode; and nothing of the stopped transaction is applied.
 */
@Tag("reliability")
class StopRaceTest {

    private static final FlavorTable FLAVORS = FlavorTable.TABLE;
    private static final long WAIT_SECONDS = 30;

    /** A listener whose hooks run in {@code beforeTransaction} of a commit and of a rollback, when set. */
    private static final class Hooks implements OrmdanticListener {
        volatile @Nullable Runnable beforeCommit;
        volatile @Nullable Runnable beforeRollback;
        final List<TransactionResult> rollbacks = new CopyOnWriteArrayList<>();
        final CountDownLatch rolledBack = new CountDownLatch(1);

        @Override
        public void beforeTransaction(TransactionEvent event) {
            Runnable hook = switch (event.step()) {
                case COMMIT -> beforeCommit;
                case ROLLBACK -> beforeRollback;
                default -> null;
            };
            if (hook != null) {
                hook.run();
            }
        }

        @Override
        public void afterTransaction(TransactionResult result) {
            if (result.event().step() == TransactionStep.ROLLBACK) {
                rollbacks.add(result);
                rolledBack.countDown();
            }
        }
    }

    /** The test's database with a pool of one connection, so the next call gets the stopped transaction's own. */
    private static Ormdantic onePooled(TestDatabase test, Hooks hooks) {
        test.db(); // creates the tables
        return Ormdantic.builder(test.url())
                .tables(FLAVORS)
                .poolSize(1)
                .listener(hooks)
                .open();
    }

    /** Waits until another thread has stopped the transaction (its state, not the clock). */
    private static void awaitStopped(Transaction tx) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (tx.isActive()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("the transaction was not stopped");
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(WAIT_SECONDS, TimeUnit.SECONDS), "timed out waiting for the other side");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The stopped transaction's insert of {@code raced}. */
    private static Integer insertRaced(Transaction tx, AtomicReference<Transaction> kept) {
        kept.set(tx);
        tx.blockingTable(FLAVORS).insert(new Flavor("raced", "Raced", 1));
        return 1;
    }

    /**
     * Nothing of the stopped transaction is there, and the pool's connection works: a write outside a transaction is
     * committed at once (another connection sees it: auto-commit was restored), and a transaction on it commits.
     */
    private static void assertNextBorrowerWorks(Ormdantic db, TestDatabase test) throws SQLException {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FLAVORS);
        assertEquals(Optional.empty(), flavors.findOne("raced"), "nothing of the stopped transaction was applied");
        flavors.insert(new Flavor("next", "Next", 1));
        try (Connection direct = test.jdbc();
                PreparedStatement read = direct.prepareStatement("SELECT rating FROM flavor WHERE id = 'next'");
                ResultSet rs = read.executeQuery()) {
            assertTrue(rs.next(), "the next borrower's write is committed: its connection is in auto-commit mode");
            assertEquals(1, rs.getInt(1));
        }
        db.blocking().inTransaction(tx -> tx.blockingTable(FLAVORS).update(new Flavor("next", "Next", 2)));
        assertEquals(2, flavors.findOne("next").orElseThrow().rating());
    }

    @BackendTest
    void cancellingWhileTheCallbackCommitsRollsBackAndKeepsThePoolsConnectionClean(TestDatabase test) throws Exception {
        Hooks hooks = new Hooks();
        AtomicReference<Transaction> kept = new AtomicReference<>();
        CountDownLatch committing = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        try (Ormdantic db = onePooled(test, hooks);
                ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            // The callback has returned; its runner is about to send COMMIT, holding the transaction's lock.
            hooks.beforeCommit = () -> {
                committing.countDown();
                await(go);
            };
            CompletableFuture<Integer> future = db.transaction(tx -> insertRaced(tx, kept));
            await(committing);
            Future<Boolean> cancel = executor.submit(() -> future.cancel(true));
            awaitStopped(kept.get());
            hooks.beforeCommit = null;
            go.countDown();
            assertTrue(cancel.get(WAIT_SECONDS, TimeUnit.SECONDS), "the cancel won: the commit was never sent");
            assertThrows(CancellationException.class, future::join);
            if (test.backend() != Backend.SQLITE) {
                // On a server the stop rolled back before the cancel returned (on SQLite the runner does, later).
                assertEquals(1, hooks.rollbacks.size(), "one rollback: " + hooks.rollbacks);
                assertTrue(hooks.rollbacks.getFirst().succeeded(), hooks.rollbacks.toString());
            }
            assertNextBorrowerWorks(db, test);
        }
    }

    @BackendTest
    void theTimeoutRunningOutWhileTheCallbackCommitsRollsBackAndKeepsThePoolsConnectionClean(TestDatabase test)
            throws Exception {
        Hooks hooks = new Hooks();
        AtomicReference<Transaction> kept = new AtomicReference<>();
        try (Ormdantic db = onePooled(test, hooks)) {
            // The commit waits for the timer: the stop comes while the runner holds the lock to commit.
            hooks.beforeCommit = () -> awaitStopped(kept.get());
            CompletableFuture<Integer> future = db.transaction(
                    TransactionOptions.defaults().timeout(Duration.ofMillis(200)), tx -> insertRaced(tx, kept));
            QueryException e = assertInstanceOf(
                    QueryException.class,
                    assertThrows(CompletionException.class, future::join).getCause());
            assertEquals(ErrorCode.TRANSACTION_TIMED_OUT, e.code(), e.getMessage());
            hooks.beforeCommit = null;
            assertNextBorrowerWorks(db, test);
        }
    }

    @BackendTest
    void aCallbackFailingWhileItIsCancelledWaitsForTheStopsRollbackBeforeReleasing(TestDatabase test) throws Exception {
        Hooks hooks = new Hooks();
        AtomicReference<Transaction> kept = new AtomicReference<>();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch failing = new CountDownLatch(1);
        try (Ormdantic db = onePooled(test, hooks);
                ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            // The stop's rollback (on a server; on SQLite the runner's own) holds until the callback has thrown, so
            // that the runner's rollback and release meet the stop's rollback mid-way.
            hooks.beforeRollback = () -> await(failing);
            CompletableFuture<Integer> future = db.transaction(tx -> {
                insertRaced(tx, kept);
                inserted.countDown();
                awaitStopped(tx);
                failing.countDown();
                throw new IllegalStateException("the callback fails as it is cancelled");
            });
            await(inserted);
            Future<Boolean> cancel = executor.submit(() -> future.cancel(true));
            assertTrue(cancel.get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertThrows(CancellationException.class, future::join);
            hooks.beforeRollback = null;
            assertNextBorrowerWorks(db, test);
        }
    }

    /**
     * A rollback that does not come back within the grace period (a listener holds it, as a hung server would): the
     * connection is aborted, the cancel returns, and the pool replaces the aborted connection instead of handing it
     * out closed.
     */
    @BackendTest
    void aStopWhoseRollbackHangsAbortsTheConnectionAndThePoolReplacesIt(TestDatabase test) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                test.backend() != Backend.SQLITE, "SQLite: the callback's runner rolls back; nothing is aborted");
        Hooks hooks = new Hooks();
        AtomicReference<Transaction> kept = new AtomicReference<>();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        try (Ormdantic db = onePooled(test, hooks)) {
            // Only the first rollback hangs: the stop's may start after the cancel returned (a loaded machine), and the
            // next borrower's must not hang.
            java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
            hooks.beforeRollback = () -> {
                if (!first.compareAndSet(true, false)) {
                    return;
                }
                try {
                    never.await(WAIT_SECONDS, TimeUnit.SECONDS); // until the abort interrupts it
                } catch (InterruptedException aborted) {
                    Thread.currentThread().interrupt();
                }
            };
            CompletableFuture<Integer> future = db.transaction(tx -> {
                insertRaced(tx, kept);
                inserted.countDown();
                awaitStopped(tx);
                return 1;
            });
            await(inserted);
            assertTrue(future.cancel(true));
            assertThrows(CancellationException.class, future::join);
            // Reported by the stop's rollback thread once the abort freed it, which may be after the cancel returned.
            await(hooks.rolledBack);
            assertEquals(1, hooks.rollbacks.size(), "one rollback: " + hooks.rollbacks);
            assertTrue(!hooks.rollbacks.getFirst().succeeded(), "the rollback failed: the connection was aborted");
            assertNextBorrowerWorks(db, test);
        }
    }
}
