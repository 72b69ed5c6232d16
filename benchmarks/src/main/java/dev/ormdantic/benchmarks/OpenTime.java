package dev.ormdantic.benchmarks;

/**
 * Time from opening a contender (its pool and whatever it bootstraps) to the result of its first query, and the heap
 * its rows hold after a {@code findMany} of up to 20,000 rows.
 *
 * @param backend the backend
 * @param contender the contender's name
 * @param status {@code OK} when measured
 * @param reason why not, empty when measured
 * @param openToFirstQueryMs open to first count result, in milliseconds
 * @param heapRows rows held for the heap measurement
 * @param heapBytes heap retained by those rows, in bytes (after a full GC, before minus after)
 */
public record OpenTime(
        Backend backend,
        String contender,
        Measurement.Status status,
        String reason,
        double openToFirstQueryMs,
        int heapRows,
        long heapBytes) {}
