package dev.ormdantic.benchmarks.report;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Measurement;
import dev.ormdantic.benchmarks.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes a run's files: {@code results-<profile>.csv/.json} and two charts per backend. */
public final class Reports {

    private Reports() {}

    /**
     * Writes every file of a run into a directory, replacing older files of the same profile.
     *
     * @param report the run
     * @param dir the directory, created when missing
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(RunReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        String profile = report.profile().name();
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve("results-" + profile + ".csv"), CsvReport.render(report)));
        written.add(write(dir.resolve("results-" + profile + ".json"), JsonReport.render(report)));
        written.add(write(dir.resolve("startup-" + profile + ".csv"), CsvReport.renderStartup(report)));
        written.add(MarkdownSummary.write(
                dir,
                profile,
                Math.min(report.profile().readRows(), report.profile().lookups())));
        Ratios ratios = new Ratios(report.measurements());
        Set<Backend> backends = new LinkedHashSet<>();
        Set<String> contenders = new LinkedHashSet<>();
        Set<BenchCase> cases = new LinkedHashSet<>();
        for (Measurement m : report.measurements()) {
            backends.add(m.backend());
            contenders.add(m.contender());
            cases.add(m.benchCase());
        }
        for (Backend backend : backends) {
            List<String> series = List.copyOf(contenders);
            List<BenchCase> caseList = List.copyOf(cases);
            double[][] latency = new double[caseList.size()][series.size()];
            double[][] ratio = new double[caseList.size()][series.size()];
            for (double[] row : latency) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            for (double[] row : ratio) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            for (Measurement m : report.measurements()) {
                if (m.backend() == backend && m.status() == Measurement.Status.OK) {
                    int g = caseList.indexOf(m.benchCase());
                    int s = series.indexOf(m.contender());
                    latency[g][s] = m.medianMs();
                    ratio[g][s] = ratios.of(m);
                }
            }
            List<String> labels = caseList.stream().map(BenchCase::label).toList();
            String suffix = profile + "-" + backend.id();
            written.add(write(
                    dir.resolve("latency-" + suffix + ".svg"),
                    new SvgChart(
                                    "Median latency per case — " + backend.id() + ", profile " + profile,
                                    "median milliseconds per case (log scale; lower is better)",
                                    labels,
                                    series,
                                    latency,
                                    List.of())
                            .render()));
            written.add(write(
                    dir.resolve("ratio-" + suffix + ".svg"),
                    new SvgChart(
                                    "Ratio to hand-written JDBC — " + backend.id() + ", profile " + profile,
                                    "median / JDBC median (log scale; 1 = as fast as JDBC)",
                                    labels,
                                    series,
                                    ratio,
                                    List.of(
                                            new SvgChart.Reference(1.0, "JDBC"),
                                            new SvgChart.Reference(1.10, "1.10× target")))
                            .render()));
        }
        return written;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
