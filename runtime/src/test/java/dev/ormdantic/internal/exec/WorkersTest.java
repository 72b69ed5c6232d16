package dev.ormdantic.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void virtualWorkersRunSubmittedWorkOnVirtualThreadsAndBlockingWorkInline() throws InterruptedException {
        try (Workers workers = Workers.virtual("test-virtual")) {
            assertTrue(workers.submit(() -> Thread.currentThread().isVirtual()).join());
            assertSame(Thread.currentThread(), workers.call(Thread::currentThread));
        }
    }

    @Test
    void platformWorkersRunSubmittedWorkAndVirtualCallersWork() throws Exception {
        try (Workers workers = Workers.platform("test-platform", 2)) {
            Thread submitted = workers.submit(Thread::currentThread).join();
            assertFalse(submitted.isVirtual());
            assertTrue(submitted.getName().startsWith("test-platform-"), submitted.getName());
            assertSame(Thread.currentThread(), workers.call(Thread::currentThread), "a platform caller runs it itself");
            assertFalse(workers.onWorker());
            Thread[] fromVirtual = new Thread[1];
            Thread.ofVirtual()
                    .start(() -> {
                        try {
                            fromVirtual[0] = workers.call(Thread::currentThread);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    })
                    .join();
            assertTrue(fromVirtual[0].getName().startsWith("test-platform-"), fromVirtual[0].getName());
            assertTrue(workers.submit(workers::onWorker).join());
        }
    }

    @Test
    void failuresAreNotWrapped() {
        IllegalStateException boom = new IllegalStateException("boom");
        try (Workers workers = Workers.platform("test-fail", 1)) {
            CompletableFuture<Object> future = workers.submit(() -> {
                throw boom;
            });
            assertSame(boom, future.handle((value, thrown) -> thrown).join());
            assertSame(
                    boom,
                    assertThrows(
                            IllegalStateException.class,
                            () -> workers.call(() -> {
                                throw boom;
                            })));
        }
    }

    @Test
    void shutDownWorkersRefuseWork() {
        Workers workers = Workers.platform("test-shutdown", 1);
        assertTrue(workers.shutdown(java.time.Duration.ofSeconds(1)));
        assertThrows(RejectedExecutionException.class, () -> workers.submit(() -> 1));
    }

    @Test
    void batchesStayUnderTheBindLimitAndTheRowCap() {
        assertEquals(1_000, Batches.rowsPerStatement(3, 32_766));
        assertEquals(10, Batches.rowsPerStatement(3, 30));
        assertEquals(95, Batches.rowsPerStatement(22, 2_100));
        assertEquals(1, Batches.rowsPerStatement(50, 10));
    }
}
