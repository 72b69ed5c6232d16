package dev.ormdantic.benchmarks.report;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Measurement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each measurement's median over a JDBC floor's median for the same backend and case: the per-call floor
 * ({@link #BASELINE}) or the held one ({@link #HELD_BASELINE}).
 */
public final class Ratios {

    /** The per-call JDBC floor, the baseline of {@code ratio_to_jdbc}: a pooled connection and new statements a call. */
    public static final String BASELINE = "jdbc";

    /**
     * The held JDBC floor, the baseline of {@code ratio_to_jdbc_held}: one connection and one prepared statement per
     * text held across the calls, as a session or transaction would.
     */
    public static final String HELD_BASELINE = "jdbc-held";

    private final Map<String, Double> baseline = new HashMap<>();

    /**
     * Indexes the per-call floor's medians of a run.
     *
     * @param measurements every measurement of the run
     */
    public Ratios(List<Measurement> measurements) {
        this(measurements, BASELINE);
    }

    /**
     * Indexes the medians of one baseline contender of a run.
     *
     * @param measurements every measurement of the run
     * @param baselineContender the contender every ratio is relative to
     */
    public Ratios(List<Measurement> measurements, String baselineContender) {
        for (Measurement m : measurements) {
            if (m.contender().equals(baselineContender) && m.status() == Measurement.Status.OK) {
                baseline.put(key(m.backend(), m.benchCase()), m.medianMs());
            }
        }
    }

    /**
     * The ratio of a measurement to the baseline.
     *
     * @param m the measurement
     * @return median over the baseline's median, {@code NaN} when either has no number
     */
    public double of(Measurement m) {
        Double base = baseline.get(key(m.backend(), m.benchCase()));
        if (base == null || m.status() != Measurement.Status.OK || base <= 0) {
            return Double.NaN;
        }
        return m.medianMs() / base;
    }

    private static String key(Backend backend, BenchCase benchCase) {
        return backend.id() + "/" + benchCase.name();
    }
}
