package dev.ormdantic.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The watchdog cancels a statement still open past the timeout, once, and forgets closed ones without a cancel. */
class StatementDeadlinesTest {

    /** A statement that records its cancels and can be closed. */
    private static final class Probe {
        final AtomicBoolean closed = new AtomicBoolean();
        final AtomicInteger cancels = new AtomicInteger();
        final CountDownLatch cancelled = new CountDownLatch(1);
        final Statement statement = (Statement) Proxy.newProxyInstance(
                Statement.class.getClassLoader(), new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "isClosed" -> closed.get();
                        case "cancel" -> {
                            cancels.incrementAndGet();
                            cancelled.countDown();
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    @Test
    void aStatementOpenPastItsTimeoutIsCancelledOnceAndAClosedOneIsDropped() throws Exception {
        try (StatementDeadlines deadlines = new StatementDeadlines("test", Duration.ofHours(1))) {
            Probe running = new Probe();
            Probe finished = new Probe();
            assertSame(running.statement, deadlines.watch(running.statement));
            deadlines.watch(finished.statement);
            long now = System.nanoTime();
            assertEquals(0, deadlines.sweep(now), "nothing is due yet");
            assertEquals(2, deadlines.size());

            finished.closed.set(true);
            assertEquals(0, deadlines.sweep(now));
            assertEquals(1, deadlines.size(), "the closed one is forgotten");

            long later = now + Duration.ofHours(1).plusSeconds(1).toNanos();
            assertEquals(1, deadlines.sweep(later));
            assertTrue(running.cancelled.await(5, TimeUnit.SECONDS));
            assertEquals(0, deadlines.size());
            assertEquals(0, deadlines.sweep(later + 1), "cancelled once");
            assertEquals(1, running.cancels.get());
            assertEquals(0, finished.cancels.get());
        }
    }

    @Test
    void theWatchdogCancelsOnItsOwnWithinATickOfTheTimeout() throws Exception {
        try (StatementDeadlines deadlines = new StatementDeadlines("test", Duration.ofMillis(200))) {
            Probe running = new Probe();
            long start = System.nanoTime();
            deadlines.watch(running.statement);
            assertTrue(running.cancelled.await(5, TimeUnit.SECONDS));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(waited >= 200, "not before the timeout: " + waited + " ms");
        }
    }
}
