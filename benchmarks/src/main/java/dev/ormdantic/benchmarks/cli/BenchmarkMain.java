package dev.ormdantic.benchmarks.cli;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Harness;
import dev.ormdantic.benchmarks.Measurement;
import dev.ormdantic.benchmarks.Profile;
import dev.ormdantic.benchmarks.RunReport;
import dev.ormdantic.benchmarks.contenders.ContenderKind;
import dev.ormdantic.benchmarks.report.Ratios;
import dev.ormdantic.benchmarks.report.Reports;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The command line: {@code BenchmarkMain [--profile smoke|ci|default|million] [--backends sqlite,postgres,mariadb]
 * [--contenders a,b] [--cases NAME,...] [--pool-size N] [--out docs/benchmarks]}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    /**
     * Runs the benchmark and writes its files.
     *
     * @param args the options above
     * @throws IOException when the results cannot be written
     */
    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        run(options, System.out);
    }

    /**
     * Runs the benchmark with parsed options.
     *
     * @param options the options
     * @param out where progress and the summary go
     * @return the results
     * @throws IOException when the results cannot be written
     */
    public static RunReport run(Options options, PrintStream out) throws IOException {
        out.printf(
                Locale.ROOT,
                "Ormdantic benchmark: profile %s, backends %s, contenders %s%n",
                options.profile().name(),
                options.backends(),
                options.contenders().stream().map(ContenderKind::id).toList());
        Harness harness = new Harness(
                options.profile(),
                options.backends(),
                options.contenders(),
                options.cases(),
                options.poolSize(),
                out,
                options.freshJvmOpens());
        RunReport report = options.virtualCaller()
                ? onVirtualThread(() -> runHarness(harness, options, out))
                : runHarness(harness, options, out);
        for (Path file : Reports.write(report, options.out())) {
            out.println("wrote " + file);
        }
        summary(report, out);
        return report;
    }

    private static RunReport runHarness(Harness harness, Options options, PrintStream out) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>(Environment.describe(options.poolSize()));
        double handoff = HandOff.medianMicros();
        environment.put("caller", Thread.currentThread().isVirtual() ? "virtual" : "platform");
        environment.put("jdk_handoff_median_us", String.format(Locale.ROOT, "%.1f", handoff));
        out.printf(
                Locale.ROOT,
                "caller: a %s thread; JDK hand-off floor (a no-op future on a new virtual thread, joined): %.1f µs%n",
                environment.get("caller"),
                handoff);
        return harness.run(environment);
    }

    /** Runs the whole benchmark on one virtual thread, as code that calls the blocking API from one would. */
    private static RunReport onVirtualThread(Callable<RunReport> body) throws IOException {
        FutureTask<RunReport> task = new FutureTask<>(body);
        Thread thread = Thread.ofVirtual().name("benchmark").start(task);
        try {
            thread.join();
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the benchmark ran", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static void summary(RunReport report, PrintStream out) {
        Ratios ratios = new Ratios(report.measurements());
        Ratios held = new Ratios(report.measurements(), Ratios.HELD_BASELINE);
        out.println();
        out.printf(
                Locale.ROOT,
                "%-8s %-34s %-20s %12s %10s %10s  %s%n",
                "backend",
                "case",
                "contender",
                "median ms",
                "× jdbc",
                "× held",
                "note");
        for (Measurement m : report.measurements()) {
            out.printf(
                    Locale.ROOT,
                    "%-8s %-34s %-20s %12s %10s %10s  %s%n",
                    m.backend().id(),
                    m.benchCase().label(),
                    m.contender(),
                    m.status() == Measurement.Status.OK ? String.format(Locale.ROOT, "%.3f", m.medianMs()) : "-",
                    ratio(ratios.of(m)),
                    ratio(held.of(m)),
                    m.status() == Measurement.Status.OK ? "" : m.statusLabel() + ": " + m.reason());
        }
    }

    private static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio);
    }

    /**
     * The parsed command line.
     *
     * @param profile the profile
     * @param backends the backends
     * @param contenders the contenders
     * @param cases the cases
     * @param poolSize connections per pool
     * @param out the output directory
     * @param freshJvmOpens whether to time open-to-first-query in fresh JVMs too
     * @param virtualCaller whether every contender is called from a virtual thread instead of the main thread
     */
    public record Options(
            Profile profile,
            List<Backend> backends,
            List<ContenderKind> contenders,
            List<BenchCase> cases,
            int poolSize,
            Path out,
            boolean freshJvmOpens,
            boolean virtualCaller) {

        static final String USAGE = "usage: BenchmarkMain [--profile smoke|ci|default|million]"
                + " [--backends sqlite,postgres,mariadb] [--contenders jdbc,ormdantic-blocking,...,ormdantic-replica,jdbc-replica]"
                + " [--cases COUNT_ALL,...] [--pool-size 4] [--out docs/benchmarks] [--fresh-jvm-opens true|false]"
                + " [--iterations N] [--warmups N] [--caller platform|virtual]";

        /** Copies the lists. */
        public Options {
            backends = List.copyOf(backends);
            contenders = List.copyOf(contenders);
            cases = List.copyOf(cases);
        }

        /**
         * Parses the command line; every option has a default.
         *
         * @param args the arguments
         * @return the options
         * @throws IllegalArgumentException naming the bad option
         */
        public static Options parse(String... args) {
            Profile profile = Profile.SMOKE;
            List<Backend> backends = List.of(Backend.SQLITE);
            List<ContenderKind> contenders = ContenderKind.defaults();
            List<BenchCase> cases = Arrays.asList(BenchCase.values());
            int poolSize = 4;
            Path out = Path.of("docs", "benchmarks");
            boolean freshJvmOpens = true;
            int iterations = -1;
            int warmups = -1;
            boolean virtualCaller = false;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--profile" -> profile = Profile.named(value);
                    case "--backends" ->
                        backends = split(value).stream().map(Backend::named).toList();
                    case "--contenders" ->
                        contenders =
                                split(value).stream().map(ContenderKind::named).toList();
                    case "--cases" ->
                        cases = split(value).stream()
                                .map(BenchmarkMain::benchCase)
                                .toList();
                    case "--pool-size" -> poolSize = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value);
                    case "--fresh-jvm-opens" -> freshJvmOpens = Boolean.parseBoolean(value);
                    case "--iterations" -> iterations = Integer.parseInt(value);
                    case "--warmups" -> warmups = Integer.parseInt(value);
                    case "--caller" -> virtualCaller = caller(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (iterations >= 1 || warmups >= 0) {
                profile = new Profile(
                        profile.name(),
                        profile.readRows(),
                        profile.writeRows(),
                        profile.lookups(),
                        iterations >= 1 ? iterations : profile.iterations(),
                        warmups >= 0 ? warmups : profile.warmups(),
                        profile.batch());
            }
            return new Options(profile, backends, contenders, cases, poolSize, out, freshJvmOpens, virtualCaller);
        }

        private static boolean caller(String value) {
            return switch (value) {
                case "platform" -> false;
                case "virtual" -> true;
                default -> throw new IllegalArgumentException("--caller is platform or virtual, not " + value);
            };
        }

        private static List<String> split(String value) {
            List<String> parts = new ArrayList<>();
            for (String part : value.split(",", -1)) {
                if (!part.isBlank()) {
                    parts.add(part.trim());
                }
            }
            return parts;
        }
    }

    private static BenchCase benchCase(String name) {
        for (BenchCase c : BenchCase.values()) {
            if (c.name().equalsIgnoreCase(name) || c.label().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown case '" + name + "'; use names such as COUNT_ALL");
    }

    static Map<String, String> environment(int poolSize) {
        return Environment.describe(poolSize);
    }
}
