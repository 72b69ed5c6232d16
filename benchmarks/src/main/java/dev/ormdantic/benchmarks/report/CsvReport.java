package dev.ormdantic.benchmarks.report;

import dev.ormdantic.benchmarks.Measurement;
import dev.ormdantic.benchmarks.OpenTime;
import dev.ormdantic.benchmarks.RunReport;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One CSV line per backend, case and contender. */
public final class CsvReport {

    /** The header, in column order. */
    public static final List<String> COLUMNS = List.of(
            "profile",
            "backend",
            "case",
            "rows",
            "contender",
            "status",
            "median_ms",
            "mad_ms",
            "samples",
            "calls_per_sample",
            "ratio_to_jdbc",
            "ratio_to_jdbc_held",
            "reason",
            "samples_ms");

    private CsvReport() {}

    /**
     * Renders a run.
     *
     * @param report the run
     * @return the CSV text, header first
     */
    public static String render(RunReport report) {
        Ratios ratios = new Ratios(report.measurements());
        Ratios held = new Ratios(report.measurements(), Ratios.HELD_BASELINE);
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Measurement m : report.measurements()) {
            List<String> cells = List.of(
                    report.profile().name(),
                    m.backend().id(),
                    m.benchCase().label(),
                    String.valueOf(m.rows()),
                    m.contender(),
                    m.statusLabel(),
                    number(m.medianMs()),
                    number(m.madMs()),
                    String.valueOf(m.samplesMs().size()),
                    String.valueOf(m.callsPerSample()),
                    number(ratios.of(m)),
                    number(held.of(m)),
                    m.reason(),
                    m.samplesMs().stream().map(CsvReport::number).collect(Collectors.joining(";")));
            out.append(cells.stream().map(CsvReport::cell).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return out.toString();
    }

    /** The header of the startup file, in column order. */
    public static final List<String> STARTUP_COLUMNS = List.of(
            "profile",
            "backend",
            "contender",
            "status",
            "fresh_jvm_open_to_first_query_ms",
            "in_process_open_to_first_query_ms",
            "heap_rows",
            "heap_bytes",
            "reason");

    /**
     * Renders the open times and heap measurements of a run.
     *
     * @param report the run
     * @return the CSV text, header first
     */
    public static String renderStartup(RunReport report) {
        StringBuilder out = new StringBuilder(String.join(",", STARTUP_COLUMNS)).append('\n');
        for (OpenTime t : report.openTimes()) {
            boolean ok = t.status() == Measurement.Status.OK;
            List<String> cells = List.of(
                    report.profile().name(),
                    t.backend().id(),
                    t.contender(),
                    ok ? "ok" : "n/a",
                    number(t.freshJvmOpenMs()),
                    ok ? number(t.openToFirstQueryMs()) : "",
                    ok ? String.valueOf(t.heapRows()) : "",
                    ok ? String.valueOf(t.heapBytes()) : "",
                    t.reason());
            out.append(cells.stream().map(CsvReport::cell).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return out.toString();
    }

    static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
