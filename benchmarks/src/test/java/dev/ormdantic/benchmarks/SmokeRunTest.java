package dev.ormdantic.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.benchmarks.cli.BenchmarkMain;
import dev.ormdantic.benchmarks.report.CsvReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the smoke profile on SQLite for this ORM and the JDBC floor and checks that the harness works: every case has
 * a validated number or an explicit n/a with a reason, and the files have the expected columns. Timing is never
 * asserted.
 */
class SmokeRunTest {

    private static final List<String> CONTENDERS =
            List.of("ormdantic-blocking", "ormdantic-async", "jdbc", "jdbc-held");

    @Test
    void smokeProfileOnSqliteProducesValidatedResultsAndFiles(@TempDir Path out) throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        RunReport report;
        try (PrintStream print = new PrintStream(progress, true, StandardCharsets.UTF_8)) {
            report = BenchmarkMain.run(
                    BenchmarkMain.Options.parse(
                            "--profile", "smoke",
                            "--backends", "sqlite",
                            "--contenders", String.join(",", CONTENDERS),
                            "--out", out.toString(),
                            "--fresh-jvm-opens", "false"),
                    print);
        }

        assertEquals(
                BenchCase.values().length * CONTENDERS.size(),
                report.measurements().size());
        for (Measurement m : report.measurements()) {
            String where = m.benchCase().label() + " / " + m.contender() + ": " + m.reason();
            assertTrue(m.status() != Measurement.Status.FAILED, where);
            if (m.status() == Measurement.Status.OK) {
                assertEquals(Profile.SMOKE.iterations(), m.samplesMs().size(), where);
                assertTrue(m.medianMs() > 0, where);
                // writes change the state the next call starts from: one call a sample; short reads repeat
                if (m.benchCase().mutates()) {
                    assertEquals(1, m.callsPerSample(), where);
                } else {
                    assertTrue(m.callsPerSample() >= 1 && m.callsPerSample() <= Harness.MAX_CALLS_PER_SAMPLE, where);
                }
            } else {
                assertFalse(m.reason().isBlank(), where);
                assertTrue(m.samplesMs().isEmpty(), where);
            }
        }
        // both floors run every case; this ORM runs what its runtime offers today
        for (BenchCase c : BenchCase.values()) {
            assertTrue(ok(report, c, "jdbc"), c.label());
            assertTrue(ok(report, c, "jdbc-held"), c.label());
        }
        for (BenchCase c : Set.of(
                BenchCase.SCHEMA_CREATE_DROP,
                BenchCase.ORM_INSERT_MODELS,
                BenchCase.ORM_UPSERT_MIXED,
                BenchCase.TRANSACTIONS,
                BenchCase.COUNT_ALL,
                BenchCase.COUNT_EQUALITY,
                BenchCase.COUNT_RANGE,
                BenchCase.PK_LOOKUP,
                BenchCase.PAGINATED_FIND_MANY,
                BenchCase.ORDERED_FIND_MANY,
                BenchCase.HYDRATE_FLAT)) {
            assertTrue(ok(report, c, "ormdantic-blocking"), c.label());
            assertTrue(ok(report, c, "ormdantic-async"), c.label());
        }
        assertEquals(CONTENDERS.size(), report.openTimes().size());
        for (OpenTime t : report.openTimes()) {
            assertEquals(Measurement.Status.OK, t.status(), t.contender());
            assertEquals(Profile.SMOKE.readRows(), t.heapRows());
        }

        List<String> csv = Files.readAllLines(out.resolve("results-smoke.csv"));
        assertEquals(String.join(",", CsvReport.COLUMNS), csv.getFirst());
        assertEquals(report.measurements().size() + 1, csv.size());
        assertTrue(
                csv.contains("smoke,sqlite,count all rows,1000,jdbc,ok,"
                        + csv.stream()
                                .filter(l -> l.startsWith("smoke,sqlite,count all rows,1000,jdbc,ok,"))
                                .findFirst()
                                .orElseThrow()
                                .substring("smoke,sqlite,count all rows,1000,jdbc,ok,".length())),
                "count all rows for jdbc is in the CSV");
        List<String> startup = Files.readAllLines(out.resolve("startup-smoke.csv"));
        assertEquals(String.join(",", CsvReport.STARTUP_COLUMNS), startup.getFirst());
        assertEquals(CONTENDERS.size() + 1, startup.size());
        String json = Files.readString(out.resolve("results-smoke.json"));
        assertTrue(json.contains("\"measurements\": ["), json);
        assertTrue(json.contains("\"ratio_to_jdbc\": 1.0000"), json);
        assertTrue(json.contains("\"contender\": \"jdbc-held\""), json);
        assertTrue(json.contains("\"ratio_to_jdbc_held\": 1.0000"), json);
        // every measured row has both ratios, and the held floor is 1 against itself
        int perCall = CsvReport.COLUMNS.indexOf("ratio_to_jdbc");
        int held = CsvReport.COLUMNS.indexOf("ratio_to_jdbc_held");
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",", -1);
            if (line.contains(",ok,")) {
                assertFalse(cells[perCall].isEmpty(), line);
                assertFalse(cells[held].isEmpty(), line);
                if (line.contains(",jdbc-held,")) {
                    assertEquals("1.0000", cells[held], line);
                }
            }
        }
        String summary = Files.readString(out.resolve("summary-smoke.md"));
        assertTrue(
                summary.contains("| case | blocking × JDBC | blocking × JDBC held | within 1.10× of both |"), summary);
        assertTrue(json.contains("\"calls_per_sample\": 1,"), json);
        for (String chart : List.of("latency-smoke-sqlite.svg", "ratio-smoke-sqlite.svg")) {
            String svg = Files.readString(out.resolve(chart));
            assertTrue(svg.startsWith("<svg"), chart);
            assertTrue(svg.contains("count all rows"), chart);
            assertTrue(svg.trim().endsWith("</svg>"), chart);
        }
        String printed = progress.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("[sqlite] count all rows"), printed);
        assertTrue(printed.contains("× held"), printed);
        assertEquals("platform", report.environment().get("caller"));
        assertTrue(printed.contains("caller: a platform thread; JDK hand-off floor"), printed);
    }

    @Test
    void theWholeRunCanBeCalledFromAVirtualThread(@TempDir Path out) throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        RunReport report;
        try (PrintStream print = new PrintStream(progress, true, StandardCharsets.UTF_8)) {
            report = BenchmarkMain.run(
                    BenchmarkMain.Options.parse(
                            "--profile", "smoke",
                            "--backends", "sqlite",
                            "--contenders", String.join(",", CONTENDERS),
                            "--cases", "COUNT_ALL,PK_LOOKUP",
                            "--out", out.toString(),
                            "--fresh-jvm-opens", "false",
                            "--caller", "virtual"),
                    print);
        }
        assertEquals("virtual", report.environment().get("caller"));
        assertTrue(Double.parseDouble(report.environment().get("jdk_handoff_median_us")) > 0);
        assertEquals(2 * CONTENDERS.size(), report.measurements().size());
        for (Measurement m : report.measurements()) {
            assertEquals(Measurement.Status.OK, m.status(), m.benchCase().label() + " / " + m.contender());
        }
        IllegalArgumentException bad =
                assertThrows(IllegalArgumentException.class, () -> BenchmarkMain.Options.parse("--caller", "carrier"));
        assertEquals("--caller is platform or virtual, not carrier", bad.getMessage());
    }

    private static boolean ok(RunReport report, BenchCase c, String contender) {
        return report.measurements().stream()
                .anyMatch(m ->
                        m.benchCase() == c && m.contender().equals(contender) && m.status() == Measurement.Status.OK);
    }
}
