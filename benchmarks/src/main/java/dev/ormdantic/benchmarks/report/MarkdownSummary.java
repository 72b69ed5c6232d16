package dev.ormdantic.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tables {@code docs/performance.md} shows, written from a run's CSV files as {@code summary-<profile>.md}: per
 * backend, each case's median and its ratios to the per-call and the held JDBC floor per contender; this ORM's standing against the targets; the async
 * overhead per call; open-to-first-query and heap.
 */
public final class MarkdownSummary {

    private static final String BLOCKING = "ormdantic-blocking";
    private static final String ASYNC = "ormdantic-async";
    private static final Set<String> OURS = Set.of(
            BLOCKING,
            "ormdantic-listened",
            "ormdantic-replica",
            ASYNC,
            Ratios.BASELINE,
            Ratios.HELD_BASELINE,
            "jdbc-replica");

    private MarkdownSummary() {}

    /**
     * Renders the summary of a profile from the CSV files in a directory.
     *
     * @param dir the directory with {@code results-<profile>.csv} and {@code startup-<profile>.csv}
     * @param profile the profile name
     * @param lookups calls per sample of the lookup case, to turn the async difference into a per-call overhead
     * @return the Markdown text
     * @throws IOException when a file cannot be read
     */
    public static String render(Path dir, String profile, int lookups) throws IOException {
        List<Map<String, String>> results = CsvTable.read(dir.resolve("results-" + profile + ".csv"));
        StringBuilder out = new StringBuilder();
        Set<String> backends = new LinkedHashSet<>();
        Set<String> contenders = new LinkedHashSet<>();
        for (Map<String, String> row : results) {
            backends.add(row.get("backend"));
            contenders.add(row.get("contender"));
        }
        for (String backend : backends) {
            out.append("### ")
                    .append(backend)
                    .append(" — median ms (× JDBC per call / × JDBC held)\n\n| case | rows |");
            for (String contender : contenders) {
                out.append(' ').append(contender).append(" |");
            }
            out.append("\n|---|---:|");
            out.append("---:|".repeat(contenders.size())).append('\n');
            Map<String, Map<String, Map<String, String>>> byCase = new LinkedHashMap<>();
            for (Map<String, String> row : results) {
                if (backend.equals(row.get("backend"))) {
                    byCase.computeIfAbsent(row.get("case"), c -> new LinkedHashMap<>())
                            .put(row.get("contender"), row);
                }
            }
            for (Map.Entry<String, Map<String, Map<String, String>>> e : byCase.entrySet()) {
                Map<String, String> first = e.getValue().values().iterator().next();
                out.append("| ")
                        .append(e.getKey())
                        .append(" | ")
                        .append(first.get("rows"))
                        .append(" |");
                for (String contender : contenders) {
                    out.append(' ').append(cell(e.getValue().get(contender))).append(" |");
                }
                out.append('\n');
            }
            out.append('\n');
            out.append(standing(backend, byCase, contenders, lookups));
        }
        Path startup = dir.resolve("startup-" + profile + ".csv");
        if (Files.exists(startup)) {
            out.append("### Open to first query and heap\n\n")
                    .append(
                            "| backend | contender | fresh JVM, ms | in the benchmark JVM, ms | heap of the rows, KiB |\n")
                    .append("|---|---|---:|---:|---:|\n");
            for (Map<String, String> row : CsvTable.read(startup)) {
                boolean ok = "ok".equals(row.get("status"));
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s |%n",
                        row.get("backend"),
                        row.get("contender"),
                        ok ? round(row.get("fresh_jvm_open_to_first_query_ms"), 1) : "n/a",
                        ok ? round(row.get("in_process_open_to_first_query_ms"), 1) : "n/a",
                        ok ? kib(row.get("heap_bytes"), row.get("heap_rows")) : "n/a"));
            }
        }
        return out.toString();
    }

    private static String standing(
            String backend, Map<String, Map<String, Map<String, String>>> byCase, Set<String> contenders, int lookups) {
        StringBuilder out = new StringBuilder("**").append(backend).append(", this ORM against the targets**\n\n");
        out.append("| case | blocking × JDBC | blocking × JDBC held | within 1.10× of both | best peer × JDBC |"
                + " ahead of every peer | async − blocking |\n|---|---:|---:|:-:|---:|:-:|---:|\n");
        for (Map.Entry<String, Map<String, Map<String, String>>> e : byCase.entrySet()) {
            Map<String, Map<String, String>> rows = e.getValue();
            double blocking = number(rows.get(BLOCKING), "ratio_to_jdbc");
            double blockingHeld = number(rows.get(BLOCKING), "ratio_to_jdbc_held");
            double bestPeer = Double.NaN;
            for (String contender : contenders) {
                if (!OURS.contains(contender)) {
                    double ratio = number(rows.get(contender), "ratio_to_jdbc");
                    if (!Double.isNaN(ratio) && (Double.isNaN(bestPeer) || ratio < bestPeer)) {
                        bestPeer = ratio;
                    }
                }
            }
            double asyncMs = number(rows.get(ASYNC), "median_ms");
            double blockingMs = number(rows.get(BLOCKING), "median_ms");
            int calls = e.getKey().equals("batched primary-key lookup") ? lookups : 1;
            String overhead = Double.isNaN(asyncMs) || Double.isNaN(blockingMs)
                    ? "n/a"
                    : String.format(
                            Locale.ROOT,
                            "%+.1f µs%s",
                            (asyncMs - blockingMs) * 1000 / calls,
                            calls > 1 ? " per call" : "");
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s |%n",
                    e.getKey(),
                    ratio(blocking),
                    ratio(blockingHeld),
                    within(blocking, blockingHeld),
                    Double.isNaN(bestPeer) ? "n/a" : String.format(Locale.ROOT, "%.2f", bestPeer),
                    Double.isNaN(blocking) || Double.isNaN(bestPeer) ? "–" : blocking < bestPeer ? "yes" : "no",
                    overhead));
        }
        return out.append('\n').toString();
    }

    private static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio);
    }

    /** Whether both ratios are within the target; a missing held floor leaves the per-call one to decide. */
    private static String within(double perCall, double held) {
        if (Double.isNaN(perCall)) {
            return "–";
        }
        return perCall <= 1.10 && (Double.isNaN(held) || held <= 1.10) ? "yes" : "no";
    }

    private static String cell(@Nullable Map<String, String> row) {
        if (row == null) {
            return "";
        }
        String status = row.getOrDefault("status", "");
        if (!"ok".equals(status)) {
            return status;
        }
        String held = row.getOrDefault("ratio_to_jdbc_held", "");
        return round(row.get("median_ms"), 3) + " (" + round(row.get("ratio_to_jdbc"), 2) + "×"
                + (held.isEmpty() ? "" : " / " + round(held, 2) + "×") + ")";
    }

    private static double number(@Nullable Map<String, String> row, String column) {
        if (row == null) {
            return Double.NaN;
        }
        String value = row.getOrDefault(column, "");
        return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
    }

    private static String round(@Nullable String value, int digits) {
        if (value == null || value.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%." + digits + "f", Double.parseDouble(value));
    }

    private static String kib(@Nullable String bytes, @Nullable String rows) {
        if (bytes == null || bytes.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,d (%s rows)", Long.parseLong(bytes) / 1024, rows);
    }

    /**
     * Writes {@code summary-<profile>.md} next to the CSV files.
     *
     * @param dir the directory
     * @param profile the profile name
     * @param lookups calls per sample of the lookup case
     * @return the file written
     * @throws IOException when a file cannot be read or written
     */
    public static Path write(Path dir, String profile, int lookups) throws IOException {
        Path file = dir.resolve("summary-" + profile + ".md");
        Files.writeString(file, render(dir, profile, lookups));
        return file;
    }

    /**
     * Re-renders the summary of an earlier run: {@code MarkdownSummary <dir> <profile> <lookups>}.
     *
     * @param args the directory, the profile name and the lookups per sample
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        System.out.println(write(Path.of(args[0]), args[1], Integer.parseInt(args[2])));
    }
}
