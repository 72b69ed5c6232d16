package dev.ormdantic;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.CompletableFuture;

/** Waits for futures in tests. */
final class Futures {

    private Futures() {}

    /** Waits for a future that must fail and returns what it failed with, unwrapped by nothing. */
    static Throwable failure(CompletableFuture<?> future) {
        Throwable failure = future.handle((value, thrown) -> thrown).join();
        assertNotNull(failure, "the future completed normally");
        return failure;
    }
}
