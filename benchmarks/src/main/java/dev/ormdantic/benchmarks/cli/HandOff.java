package dev.ormdantic.benchmarks.cli;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The floor under any asynchronous API built on virtual threads: a future that does nothing, run on a new virtual
 * thread and joined by the calling thread. Measured on the thread that calls the contenders, in the same run, so the
 * async API's overhead can be read against what the JDK itself costs on this machine.
 */
final class HandOff {

    private static final int WARM_UP = 5_000;
    private static final int SAMPLES = 20_000;

    private HandOff() {}

    /**
     * The median of {@value #SAMPLES} hand-offs after {@value #WARM_UP} unmeasured ones.
     *
     * @return the median, in microseconds
     */
    static double medianMicros() {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            long[] nanos = new long[SAMPLES];
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                long start = System.nanoTime();
                int value = CompletableFuture.supplyAsync(() -> 1, executor).join();
                long took = System.nanoTime() - start;
                if (value != 1) {
                    throw new IllegalStateException("the hand-off returned " + value);
                }
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = took;
                }
            }
            Arrays.sort(nanos);
            return nanos[SAMPLES / 2] / 1000.0;
        }
    }
}
