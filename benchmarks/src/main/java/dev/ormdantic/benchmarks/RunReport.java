package dev.ormdantic.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one run produced, as written to CSV, JSON and the charts.
 *
 * @param profile the profile
 * @param started when the run started
 * @param environment the machine, JVM, and library versions
 * @param measurements one per backend, case and contender
 * @param openTimes one per backend and contender
 */
public record RunReport(
        Profile profile,
        Instant started,
        Map<String, String> environment,
        List<Measurement> measurements,
        List<OpenTime> openTimes) {

    /** Copies the lists. */
    public RunReport {
        environment = Map.copyOf(environment);
        measurements = List.copyOf(measurements);
        openTimes = List.copyOf(openTimes);
    }
}
