package dev.ormdantic.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.TableHandle;
import dev.ormdantic.internal.error.Operation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The asynchronous twin runs the blocking method of the same name, and refuses interfaces that have drifted apart. */
class AsyncAdapterTest {

    /** A blocking surface. */
    interface Counter {
        String name();

        long add(List<Long> values);

        long addOr(@Nullable Long value, long fallback);

        void reset();

        long fail(String reason);
    }

    /** Its asynchronous twin. */
    interface AsyncCounter {
        Counter blocking();

        String name();

        CompletableFuture<Long> add(List<Long> values);

        CompletableFuture<Long> addOr(@Nullable Long value, long fallback);

        CompletableFuture<Void> reset();

        CompletableFuture<Long> fail(String reason);
    }

    /** A twin with a method the blocking surface lacks. */
    interface Drifted {
        CompletableFuture<Long> add(List<Long> values);

        CompletableFuture<Long> subtract(List<Long> values);

        CompletableFuture<String> reset();
    }

    private static class Total implements Counter {
        long total;

        @Override
        public String name() {
            return "total";
        }

        @Override
        public long add(List<Long> values) {
            values.forEach(value -> total += value);
            return total;
        }

        @Override
        public long addOr(@Nullable Long value, long fallback) {
            total += value == null ? fallback : value;
            return total;
        }

        @Override
        public void reset() {
            total = 0;
        }

        @Override
        public long fail(String reason) {
            throw new IllegalArgumentException(reason);
        }

        @Override
        public String toString() {
            return "Counter[total]";
        }
    }

    /** Runs the work at once, recording which methods were submitted. */
    private static final class Recording implements AsyncAdapter.Submitter {
        final List<String> methods = new ArrayList<>();

        @Override
        public CompletableFuture<?> submit(String method, Supplier<? extends @Nullable Object> work) {
            methods.add(method);
            CompletableFuture<@Nullable Object> future = new CompletableFuture<>();
            try {
                future.complete(work.get());
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
            return future;
        }
    }

    @Test
    void futureMethodsRunTheirBlockingTwinThroughTheSubmitter() {
        Total total = new Total();
        Recording submitter = new Recording();
        AsyncCounter counter = AsyncAdapter.of(AsyncCounter.class, Counter.class, total, submitter);

        assertEquals(6L, counter.add(List.of(1L, 2L, 3L)).join());
        assertEquals(16L, counter.addOr(null, 10).join()); // a @Nullable parameter takes null
        assertEquals(null, counter.reset().join());
        assertEquals(0, total.total);
        assertEquals("total", counter.name()); // not a future: called directly, not submitted
        assertSame(total, counter.blocking());
        assertEquals(List.of("add", "addOr", "reset"), submitter.methods);

        CompletableFuture<Long> failed = counter.fail("no");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> {
            throw failed.handle((value, failure) -> failure).join();
        });
        assertEquals("no", thrown.getMessage()); // the future holds what the blocking method threw, unwrapped
        assertThrows(CompletionException.class, failed::join);
    }

    @Test
    void argumentsAreCheckedAndListsCopiedInTheCallersThread() {
        Total total = new Total();
        Recording submitter = new Recording();
        AsyncCounter counter = AsyncAdapter.of(AsyncCounter.class, Counter.class, total, submitter);

        assertEquals(
                "values",
                assertThrows(NullPointerException.class, () -> counter.add(nullList()))
                        .getMessage());
        assertEquals(
                "values[1]",
                assertThrows(NullPointerException.class, () -> counter.add(Arrays.asList(1L, null)))
                        .getMessage());
        assertEquals(List.of(), submitter.methods, "nothing was submitted");

        // The work sees the list as it was at the call, whatever the caller does to it afterwards.
        List<Long> values = new ArrayList<>(List.of(1L, 2L));
        List<Long> seen = new ArrayList<>();
        AsyncCounter late = AsyncAdapter.of(
                AsyncCounter.class,
                Counter.class,
                new Total() {
                    @Override
                    public long add(List<Long> arguments) {
                        seen.addAll(arguments);
                        return arguments.size();
                    }
                },
                (method, work) -> CompletableFuture.supplyAsync(() -> {
                    values.add(99L);
                    return work.get();
                }));
        assertEquals(2L, late.add(values).join());
        assertEquals(List.of(1L, 2L), seen);
    }

    @SuppressWarnings("NullAway") // null on purpose
    private static List<Long> nullList() {
        return null;
    }

    @Test
    void aTwinIsItselfAndNamesItsTarget() {
        Total total = new Total();
        AsyncCounter one = AsyncAdapter.of(AsyncCounter.class, Counter.class, total, new Recording());
        AsyncCounter two = AsyncAdapter.of(AsyncCounter.class, Counter.class, total, new Recording());
        assertEquals("AsyncCounter[total]", one.toString());
        assertEquals(one, one);
        assertNotEquals(one, two);
        assertEquals(System.identityHashCode(one), one.hashCode());
    }

    @Test
    void interfacesThatDriftedApartAreRefusedWhenTheTwinIsMade() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> AsyncAdapter.of(Drifted.class, Counter.class, new Total(), new Recording()));
        String message = String.valueOf(e.getMessage());
        assertTrue(message.contains("subtract") && message.contains("no Counter method"), message);
        assertTrue(message.contains("Counter.reset returns void, not java.lang.String"), message);
    }

    @Test
    void theTableHandlesAreTwins() {
        var routes = AsyncAdapter.routes(TableHandle.class, BlockingTableHandle.class);
        List<String> submitted = new ArrayList<>();
        for (Method method : TableHandle.class.getMethods()) {
            assertTrue(routes.containsKey(method), method::toString);
            if (method.getReturnType() == CompletableFuture.class) {
                submitted.add(method.getName());
                // The submitter names the operation of a closed database's error by the method's name.
                assertEquals(
                        method.getName(), Operation.ofMethod(method.getName()).method());
            }
        }
        // Every operation but the stream (which holds a connection while it is read) has its asynchronous form;
        // loading(...), onPrimary() and after(...) make a handle, whose asynchronous form is the twin of the blocking
        // one it makes.
        for (Method method : BlockingTableHandle.class.getMethods()) {
            boolean twinned = submitted.contains(method.getName());
            boolean expected = !List.of("async", "name", "stream", "loading", "onPrimary", "after")
                    .contains(method.getName());
            assertEquals(expected, twinned, method::toString);
        }
    }
}
