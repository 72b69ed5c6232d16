package dev.ormdantic.benchmarks;

/**
 * Time from opening a contender (its pool and whatever it bootstraps) to the result of its first query, and the heap
 * its rows hold after a {@code findMany} of up to 20,000 rows.
 *
 * @param backend the backend
 * @param contender the contender's name
 * @param status {@code OK} when measured
 * @param reason why not, empty when measured
 * @param openToFirstQueryMs open to first count result in the benchmark's JVM (driver already loaded), in milliseconds
 * @param freshJvmOpenMs the same in a fresh JVM, the median of a few, {@code NaN} when not measured
 * @param heapRows rows held for the heap measurement
 * @param heapBytes heap retained by those rows, in bytes (after a full GC, before minus after)
 */
public record OpenTime(
        Backend backend,
        String contender,
        Measurement.Status status,
        String reason,
        double openToFirstQueryMs,
        double freshJvmOpenMs,
        int heapRows,
        long heapBytes) {}
