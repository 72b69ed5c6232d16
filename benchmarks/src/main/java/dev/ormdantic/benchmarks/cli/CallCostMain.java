package dev.ormdantic.benchmarks.cli;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Fixture;
import dev.ormdantic.benchmarks.Profile;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.contenders.ContenderKind;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What one call of a read case costs the calling thread, per contender: CPU time and heap allocated, besides the wall
 * time, as a Markdown table.
 *
 * <pre>
 * ./build -q -Pcall-cost -pl benchmarks -am package -DskipTests
 * ./build -q -Pcall-cost -pl benchmarks -am package -DskipTests \
 *   -Dcall-cost.args="--backend postgres --contenders ormdantic-blocking,jdbc --cases AGGREGATE_FILTERED"
 * </pre>
 *
 * <p>Each contender runs alone in this JVM: {@code --calls} unmeasured calls, then {@code --rounds} rounds of as many
 * measured ones; the medians of the rounds are reported. The bytes allocated per call hardly move between runs (the
 * JIT's escape analysis may take a few percent), where wall and CPU time on a shared machine can move by half: read
 * them to see what a change of code costs or saves when the timed runs cannot. Only the calling thread is measured, so
 * contenders that hand their work to other threads ({@code ormdantic-async}) and cases that change the rows (the
 * writes, whose calls would not repeat the same work) are refused.
 */
public final class CallCostMain {

    private CallCostMain() {}

    /**
     * One contender's cost of one call of a case.
     *
     * @param backend the backend
     * @param benchCase the case
     * @param contender the contender's name
     * @param cpuMicros the calling thread's CPU time per call, median of the rounds
     * @param wallMicros the wall time per call, median of the rounds
     * @param allocatedBytes the bytes the calling thread allocated per call, median of the rounds
     */
    public record CallCost(
            Backend backend,
            BenchCase benchCase,
            String contender,
            double cpuMicros,
            double wallMicros,
            double allocatedBytes) {}

    /**
     * The options.
     *
     * @param backend where to run
     * @param contenders the contenders
     * @param cases the read cases
     * @param calls the calls per round, and the unmeasured calls before the rounds
     * @param rounds the measured rounds
     */
    public record Options(
            Backend backend, List<ContenderKind> contenders, List<BenchCase> cases, int calls, int rounds) {

        /** Checks the options. */
        public Options {
            contenders = List.copyOf(contenders);
            cases = List.copyOf(cases);
            for (ContenderKind contender : contenders) {
                if (contender == ContenderKind.ORMDANTIC_ASYNC) {
                    throw new IllegalArgumentException("ormdantic-async runs its work on other threads, which this"
                            + " measure does not see; measure ormdantic-blocking");
                }
            }
            for (BenchCase benchCase : cases) {
                if (benchCase.mutates()) {
                    throw new IllegalArgumentException(benchCase.name() + " changes the rows, so its calls do not"
                            + " repeat the same work; measure a read case");
                }
            }
            if (calls < 1 || rounds < 1) {
                throw new IllegalArgumentException("--calls and --rounds must be positive");
            }
        }

        /**
         * Parses {@code --backend sqlite|postgres|mariadb}, {@code --contenders a,b}, {@code --cases NAME,...},
         * {@code --calls N} and {@code --rounds N}.
         *
         * @param args the arguments
         * @return the options; by default SQLite, ormdantic-blocking against both JDBC floors, the count and
         *     aggregate cases, 20,000 calls, 5 rounds
         */
        public static Options parse(String... args) {
            Backend backend = Backend.SQLITE;
            List<ContenderKind> contenders =
                    List.of(ContenderKind.ORMDANTIC_BLOCKING, ContenderKind.JDBC, ContenderKind.JDBC_HELD);
            List<BenchCase> cases = List.of(BenchCase.COUNT_ALL, BenchCase.AGGREGATE_FILTERED);
            int calls = 20_000;
            int rounds = 5;
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("every option takes a value: " + String.join(" ", args));
            }
            for (int i = 0; i < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--backend" -> backend = Backend.valueOf(value.toUpperCase(Locale.ROOT));
                    case "--contenders" ->
                        contenders = Arrays.stream(value.split(",", -1))
                                .map(String::trim)
                                .map(ContenderKind::named)
                                .toList();
                    case "--cases" ->
                        cases = Arrays.stream(value.split(",", -1))
                                .map(String::trim)
                                .map(BenchCase::valueOf)
                                .toList();
                    case "--calls" -> calls = Integer.parseInt(value);
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(backend, contenders, cases, calls, rounds);
        }
    }

    /**
     * Runs the measurement and prints the table.
     *
     * @param args the options of {@link Options#parse}
     * @throws Exception when a backend, a contender or a call fails
     */
    public static void main(String[] args) throws Exception {
        run(Options.parse(args), System.out);
    }

    /**
     * Measures every contender on every case and prints a Markdown table.
     *
     * @param options the options
     * @param out where the table goes
     * @return the costs, by case then contender
     * @throws Exception when a backend, a contender or a call fails
     */
    public static List<CallCost> run(Options options, PrintStream out) throws Exception {
        Workload workload = new Workload(Profile.named("default"));
        Path dir = Files.createTempDirectory("ormdantic-call-cost-");
        String file = dir.resolve("cost.sqlite3").toString();
        Backend backend = options.backend();
        Target target = new Target(backend, backend.jdbcUrl(file), backend.ormUrl(file), 4);
        List<CallCost> costs = new ArrayList<>();
        try (Fixture fixture = new Fixture(target, workload)) {
            fixture.ensure(BenchCase.State.SEEDED);
            for (ContenderKind kind : options.contenders()) {
                Contender contender = kind.open(target);
                try {
                    for (BenchCase benchCase : options.cases()) {
                        fixture.ensure(benchCase.state());
                        costs.add(measure(options, kind.id(), contender.prepare(benchCase, workload), benchCase));
                    }
                } finally {
                    contender.close();
                }
            }
        } finally {
            deleteTree(dir);
        }
        out.printf(
                Locale.ROOT,
                "%s, %,d calls per round, median of %d rounds after %,d unmeasured calls%n%n",
                backend.id(),
                options.calls(),
                options.rounds(),
                options.calls());
        out.println("| case | contender | CPU µs a call | wall µs a call | bytes allocated a call |");
        out.println("|---|---|---:|---:|---:|");
        for (CallCost cost : costs) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %.1f | %,.0f |%n",
                    cost.benchCase().label(),
                    cost.contender(),
                    cost.cpuMicros(),
                    cost.wallMicros(),
                    cost.allocatedBytes());
        }
        return costs;
    }

    private static CallCost measure(Options options, String contender, Contender.Prepared call, BenchCase benchCase)
            throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        int calls = options.calls();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        double[] cpu = new double[options.rounds()];
        double[] wall = new double[options.rounds()];
        double[] allocated = new double[options.rounds()];
        for (int round = 0; round < options.rounds(); round++) {
            long bytes = threads.getThreadAllocatedBytes(thread);
            long cpuNanos = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                call.run();
            }
            wall[round] = (System.nanoTime() - start) / 1000.0 / calls;
            cpu[round] = (threads.getCurrentThreadCpuTime() - cpuNanos) / 1000.0 / calls;
            allocated[round] = (threads.getThreadAllocatedBytes(thread) - bytes) / (double) calls;
        }
        return new CallCost(options.backend(), benchCase, contender, median(cpu), median(wall), median(allocated));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
