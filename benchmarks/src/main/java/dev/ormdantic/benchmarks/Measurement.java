package dev.ormdantic.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one contender produced for one case on one backend: timed samples, or the reason there are none.
 *
 * @param backend the backend
 * @param benchCase the case
 * @param rows the rows the case works on (the seed's rows metric)
 * @param contender the contender's name
 * @param status whether the samples are valid
 * @param reason why there are no samples, empty when {@code status} is {@code OK}
 * @param samplesMs the timed samples in milliseconds per call of the case, in the order taken
 * @param callsPerSample how many consecutive calls of the case each sample timed (its time divided by this is the
 *     sample): 1 for writes and long reads, more for reads that take well under a millisecond, so that a sample
 *     measures the calls and not the cold caches after the full GC that precedes it
 */
public record Measurement(
        Backend backend,
        BenchCase benchCase,
        long rows,
        String contender,
        Status status,
        String reason,
        List<Double> samplesMs,
        int callsPerSample) {

    /** Whether a measurement has numbers. */
    public enum Status {
        /** Every sample was validated. */
        OK,
        /** The contender cannot run the case; the reason says why. */
        NOT_APPLICABLE,
        /** The contender ran the case but failed or produced a wrong result. */
        FAILED
    }

    /** Copies the samples. */
    public Measurement {
        samplesMs = List.copyOf(samplesMs);
        if (callsPerSample < 1) {
            throw new IllegalArgumentException("callsPerSample must be at least 1, not " + callsPerSample);
        }
    }

    /**
     * A measurement whose samples each timed one call.
     *
     * @param backend the backend
     * @param benchCase the case
     * @param rows the rows the case works on
     * @param contender the contender's name
     * @param status whether the samples are valid
     * @param reason why there are no samples, empty when {@code status} is {@code OK}
     * @param samplesMs the timed samples in milliseconds, in the order taken
     */
    public Measurement(
            Backend backend,
            BenchCase benchCase,
            long rows,
            String contender,
            Status status,
            String reason,
            List<Double> samplesMs) {
        this(backend, benchCase, rows, contender, status, reason, samplesMs, 1);
    }

    /**
     * The median sample.
     *
     * @return the median in milliseconds, {@code NaN} without samples
     */
    public double medianMs() {
        return median(samplesMs);
    }

    /**
     * The median absolute deviation of the samples from their median.
     *
     * @return the MAD in milliseconds, {@code NaN} without samples
     */
    public double madMs() {
        double median = medianMs();
        List<Double> deviations = new ArrayList<>(samplesMs.size());
        for (double sample : samplesMs) {
            deviations.add(Math.abs(sample - median));
        }
        return median(deviations);
    }

    /**
     * The status as written in the results: {@code ok}, {@code n/a} or {@code failed}.
     *
     * @return the label
     */
    public String statusLabel() {
        return switch (status) {
            case OK -> "ok";
            case NOT_APPLICABLE -> "n/a";
            case FAILED -> "failed";
        };
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
