package dev.ormdantic.benchmarks.report;

import dev.ormdantic.benchmarks.Measurement;
import dev.ormdantic.benchmarks.OpenTime;
import dev.ormdantic.benchmarks.Profile;
import dev.ormdantic.benchmarks.RunReport;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The run as one JSON document: the profile, the environment, the measurements with ratios, and the open times. */
public final class JsonReport {

    /** Bumped when a field changes meaning. */
    public static final int SCHEMA_VERSION = 1;

    private JsonReport() {}

    /**
     * Renders a run.
     *
     * @param report the run
     * @return the JSON text
     */
    public static String render(RunReport report) {
        Ratios ratios = new Ratios(report.measurements());
        Ratios held = new Ratios(report.measurements(), Ratios.HELD_BASELINE);
        Profile p = report.profile();
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"schema_version\": ").append(SCHEMA_VERSION).append(",\n");
        out.append("  \"started\": ")
                .append(string(report.started().toString()))
                .append(",\n");
        out.append(String.format(
                Locale.ROOT,
                "  \"profile\": {\"name\": %s, \"read_rows\": %d, \"write_rows\": %d, \"lookups\": %d, "
                        + "\"iterations\": %d, \"warmups\": %d, \"batch\": %d},%n",
                string(p.name()),
                p.readRows(),
                p.writeRows(),
                p.lookups(),
                p.iterations(),
                p.warmups(),
                p.batch()));
        out.append("  \"environment\": {");
        String separator = "\n";
        for (Map.Entry<String, String> e : new TreeMap<>(report.environment()).entrySet()) {
            out.append(separator)
                    .append("    ")
                    .append(string(e.getKey()))
                    .append(": ")
                    .append(string(e.getValue()));
            separator = ",\n";
        }
        out.append("\n  },\n  \"measurements\": [");
        separator = "\n";
        for (Measurement m : report.measurements()) {
            out.append(separator)
                    .append(String.format(
                            Locale.ROOT,
                            "    {\"backend\": %s, \"case\": %s, \"rows\": %d, \"contender\": %s, \"status\": %s, "
                                    + "\"median_ms\": %s, \"mad_ms\": %s, \"calls_per_sample\": %d, \"ratio_to_jdbc\": %s, \"ratio_to_jdbc_held\": %s, "
                                    + "\"reason\": %s, "
                                    + "\"samples_ms\": %s}",
                            string(m.backend().id()),
                            string(m.benchCase().label()),
                            m.rows(),
                            string(m.contender()),
                            string(m.statusLabel()),
                            number(m.medianMs()),
                            number(m.madMs()),
                            m.callsPerSample(),
                            number(ratios.of(m)),
                            number(held.of(m)),
                            string(m.reason()),
                            samples(m)));
            separator = ",\n";
        }
        out.append("\n  ],\n  \"open_times\": [");
        separator = "\n";
        for (OpenTime t : report.openTimes()) {
            boolean ok = t.status() == Measurement.Status.OK;
            out.append(separator)
                    .append(String.format(
                            Locale.ROOT,
                            "    {\"backend\": %s, \"contender\": %s, \"status\": %s, \"reason\": %s, "
                                    + "\"open_to_first_query_ms\": %s, \"fresh_jvm_open_to_first_query_ms\": %s, "
                                    + "\"heap_rows\": %d, \"heap_bytes\": %s}",
                            string(t.backend().id()),
                            string(t.contender()),
                            string(ok ? "ok" : "n/a"),
                            string(t.reason()),
                            ok ? number(t.openToFirstQueryMs()) : "null",
                            number(t.freshJvmOpenMs()),
                            t.heapRows(),
                            ok ? String.valueOf(t.heapBytes()) : "null"));
            separator = ",\n";
        }
        return out.append("\n  ]\n}\n").toString();
    }

    private static String samples(Measurement m) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < m.samplesMs().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(number(m.samplesMs().get(i)));
        }
        return out.append(']').toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.4f", value);
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
