package dev.ormdantic.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void serverWorkersRunAsyncWorkOnKeptPlatformThreadsAndBlockingWorkOnTheCaller() throws Exception {
        try (Workers workers = Workers.server("test-server", 2, Duration.ofSeconds(30), true)) {
            Thread first = workers.submit(Thread::currentThread).get(10, TimeUnit.SECONDS);
            assertFalse(first.isVirtual());
            assertTrue(first.getName().startsWith("test-server-"), first.getName());
            assertSame(
                    Thread.currentThread(), workers.call(Thread::currentThread), "a blocking call runs on its caller");
            Thread[] fromVirtual = new Thread[1];
            Thread caller = Thread.ofVirtual().start(() -> {
                try {
                    fromVirtual[0] = workers.call(Thread::currentThread);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            caller.join();
            assertSame(caller, fromVirtual[0], "a server driver does not pin: a virtual caller runs it itself");
        }
    }

    @Test
    void serverWorkersOverflowToVirtualThreadsWhenEveryKeptThreadIsBusy() throws Exception {
        try (Workers workers = Workers.server("test-server", 2, Duration.ofSeconds(30), true)) {
            CountDownLatch release = new CountDownLatch(1);
            List<CompletableFuture<Thread>> busy = List.of(occupy(workers, release), occupy(workers, release));
            // Both kept threads wait: the next tasks run at once on virtual threads, even one that waits for them.
            Thread third = workers.submit(Thread::currentThread).get(10, TimeUnit.SECONDS);
            assertTrue(third.isVirtual(), third.getName());
            assertTrue(third.getName().startsWith("test-server-v"), third.getName());
            CompletableFuture<Boolean> waiting = workers.submit(() -> {
                release.countDown();
                return workers.onWorker();
            });
            assertTrue(waiting.get(10, TimeUnit.SECONDS));
            for (CompletableFuture<Thread> task : busy) {
                assertFalse(task.get(10, TimeUnit.SECONDS).isVirtual());
            }
        }
    }

    @Test
    void serverWorkersRefuseWorkOnceShutDownAndWaitForVirtualOverflow() throws Exception {
        Workers workers = Workers.server("test-server-shutdown", 1, Duration.ofSeconds(30), true);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> kept = workers.submit(() -> {
            await(release);
            return 1;
        });
        CompletableFuture<Integer> overflow = workers.submit(() -> {
            await(release);
            return 2;
        });
        assertFalse(workers.shutdown(Duration.ofMillis(50)), "running work is not done yet");
        assertThrows(RejectedExecutionException.class, () -> workers.submit(() -> 3));
        release.countDown();
        assertTrue(workers.shutdown(Duration.ofSeconds(10)));
        assertEquals(1, kept.join());
        assertEquals(2, overflow.join());
    }

    /** Work that holds a worker until released, once a worker has started it; its value is that worker. */
    private static CompletableFuture<Thread> occupy(Workers workers, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Thread> held = workers.submit(() -> {
            started.countDown();
            await(release);
            return Thread.currentThread();
        });
        assertTrue(started.await(10, TimeUnit.SECONDS), "a worker takes the work");
        return held;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void platformWorkersRunSubmittedWorkAndVirtualCallersWork() throws Exception {
        try (Workers workers = Workers.platform("test-platform", 2, true)) {
            Thread submitted = workers.submit(Thread::currentThread).get(10, TimeUnit.SECONDS);
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
            assertTrue(workers.submit(workers::onWorker).get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aThreadJoiningWorkNoWorkerHasStartedRunsItItselfUnlessItIsAVirtualThreadAndTheDriverPins() throws Exception {
        try (Workers workers = Workers.platform("test-join", 1, true)) {
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Thread> blocker = occupy(workers, release);
            // The only worker waits: the joining platform thread runs the queued work, and the worker skips it later.
            AtomicInteger runs = new AtomicInteger();
            CompletableFuture<Thread> queued = workers.submit(() -> {
                runs.incrementAndGet();
                return Thread.currentThread();
            });
            assertSame(Thread.currentThread(), queued.join());
            // A virtual thread would pin the carrier running SQLite's native code: it waits for the worker instead.
            CompletableFuture<Thread> fromVirtual = new CompletableFuture<>();
            Thread.ofVirtual().start(() -> {
                CompletableFuture<Thread> work = workers.submit(() -> {
                    runs.incrementAndGet();
                    return Thread.currentThread();
                });
                fromVirtual.complete(work.join());
            });
            assertFalse(fromVirtual.isDone());
            release.countDown();
            Thread worker = blocker.get(10, TimeUnit.SECONDS);
            assertSame(worker, fromVirtual.get(10, TimeUnit.SECONDS));
            assertEquals(2, runs.get(), "each work ran once");
        }
    }

    @Test
    void withoutJoinersRunAJoiningThreadWaitsForTheWorker() throws Exception {
        try (Workers workers = Workers.platform("test-no-join", 1, false)) {
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Thread> blocker = occupy(workers, release);
            CompletableFuture<Thread> queued = workers.submit(Thread::currentThread);
            CompletableFuture<Thread> joined = CompletableFuture.supplyAsync(queued::join);
            assertThrows(TimeoutException.class, () -> joined.get(200, TimeUnit.MILLISECONDS));
            release.countDown();
            assertSame(blocker.get(10, TimeUnit.SECONDS), joined.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void failuresAreNotWrapped() {
        IllegalStateException boom = new IllegalStateException("boom");
        try (Workers workers = Workers.platform("test-fail", 1, true)) {
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
        Workers workers = Workers.platform("test-shutdown", 1, true);
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
