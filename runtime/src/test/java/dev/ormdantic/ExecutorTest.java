package dev.ormdantic;

import static dev.ormdantic.Gadgets.gadget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.fixture.Gadget;
import dev.ormdantic.fixture.GadgetTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite work never runs on a virtual thread (its native driver would pin the carrier): async calls and blocking
 * calls from virtual threads run on the database's platform workers, blocking calls from platform threads (and async
 * calls a platform thread joins before a worker took them) run on the caller; and nothing waits for itself.
 */
class ExecutorTest {

    @TempDir
    Path dir;

    private static Thread validatedOn() {
        Thread thread = GadgetTable.lastValidationThread;
        assertNotNull(thread);
        return thread;
    }

    private static void assertSqliteWorker(Thread thread) {
        assertFalse(thread.isVirtual(), thread.toString());
        assertTrue(thread.getName().startsWith("ormdantic-sqlite-"), thread.getName());
    }

    @Test
    void sqliteWorkNeverRunsOnAVirtualThread() throws InterruptedException {
        try (Ormdantic db = Ormdantic.open("sqlite:" + dir.resolve("exec.db"))) {
            db.init().join();
            TableHandle<Gadget, Long> gadgets = db.table(GadgetTable.TABLE);

            gadgets.insert(gadget(1)).join();
            // a worker, or this platform thread when it joined before a worker took the work
            Thread first = validatedOn();
            assertFalse(first.isVirtual(), first.toString());
            assertTrue(
                    first == Thread.currentThread() || first.getName().startsWith("ormdantic-sqlite-"),
                    first.getName());

            Thread.ofVirtual().start(() -> gadgets.insert(gadget(4)).join()).join();
            assertSqliteWorker(validatedOn());

            gadgets.blocking().insert(gadget(2));
            assertEquals(Thread.currentThread(), validatedOn(), "a platform caller runs the work itself");

            Thread.ofVirtual().start(() -> gadgets.blocking().insert(gadget(3))).join();
            assertSqliteWorker(validatedOn());
            assertEquals(4, gadgets.blocking().count());
        }
    }

    @Test
    void callsFromCallbacksOnTheOnlyWorkerDoNotDeadlock() {
        try (Ormdantic db = Ormdantic.builder("sqlite:" + dir.resolve("one.db"))
                .sqliteThreads(1)
                .poolSize(1)
                .open()) {
            db.init().join();
            TableHandle<Gadget, Long> gadgets = db.table(GadgetTable.TABLE);
            long count = gadgets.insert(gadget(1))
                    .thenCompose(ignored -> gadgets.insert(gadget(2)))
                    .thenApply(ignored ->
                            gadgets.blocking().count() + gadgets.count().join())
                    .join();
            assertEquals(4, count);
        }
    }

    @Test
    void manyConcurrentCallsAllComplete() {
        try (Ormdantic db = Ormdantic.builder("sqlite:" + dir.resolve("many.db"))
                .sqliteThreads(4)
                .open()) {
            db.init().join();
            TableHandle<Gadget, Long> gadgets = db.table(GadgetTable.TABLE);
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (long id = 0; id < 200; id++) {
                calls.add(gadgets.insert(gadget(id)));
                calls.add(gadgets.count());
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            assertEquals(200, gadgets.blocking().count());
        }
    }
}
