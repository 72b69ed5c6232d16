package dev.ormdantic.benchmarks.report;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Measurement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each measurement's median over the JDBC floor's median for the same backend and case. */
public final class Ratios {

    /** The contender every ratio is relative to. */
    public static final String BASELINE = "jdbc";

    private final Map<String, Double> baseline = new HashMap<>();

    /**
     * Indexes the baseline medians of a run.
     *
     * @param measurements every measurement of the run
     */
    public Ratios(List<Measurement> measurements) {
        for (Measurement m : measurements) {
            if (m.contender().equals(BASELINE) && m.status() == Measurement.Status.OK) {
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
