package dev.ormdantic.benchmarks.report;

import dev.ormdantic.benchmarks.Measurement;
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
            "ratio_to_jdbc",
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
                    number(ratios.of(m)),
                    m.reason(),
                    m.samplesMs().stream().map(CsvReport::number).collect(Collectors.joining(";")));
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
