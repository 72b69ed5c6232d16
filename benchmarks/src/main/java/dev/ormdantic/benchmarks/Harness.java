package dev.ormdantic.benchmarks;

import dev.ormdantic.benchmarks.report.Ratios;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the cases: for each backend, opens every contender (timing open to first query and measuring the heap of a
 * large read), then for each case runs warm-up and timed rounds in which the contenders alternate and the first one
 * rotates, validating every sample after its clock stops.
 */
public final class Harness {

    /** Rows held for the heap measurement, as in the issue: a 20k-row {@code findMany}. */
    public static final int HEAP_ROWS = 20_000;

    /** Fresh JVMs started per contender to time open-to-first-query. */
    public static final int FRESH_JVM_SAMPLES = 3;

    /**
     * How long one sample of a short read case should take at least: a read that the JDBC floor finishes faster is
     * called this many milliseconds' worth of times in a row per sample.
     */
    public static final double MIN_SAMPLE_MS = 20;

    /** The most calls one sample of a short read case makes. */
    public static final int MAX_CALLS_PER_SAMPLE = 1_000;

    /**
     * How many unmeasured calls a {@linkplain BenchCase#repeatable() repeatable} write case makes per contender
     * before its first round, when the profile has warm-up rounds at all. A write sample is one call, so two warm-up
     * rounds left a session's per-call code (its query shape lookup, the flush) interpreted or in the first JIT tier:
     * in one JVM on SQLite this ORM's session call took 4.3 ms of CPU against JDBC's 2.6 ms after 1,500 calls and
     * 2.25 against 2.24 ms after 3,000.
     */
    public static final int WARM_WRITE_CALLS = 3_000;

    /** The most time the write warm-up of one contender may take, so a slow contender does not stall the run. */
    public static final double WARM_WRITE_MAX_MS = 20_000;

    private final Profile profile;
    private final List<Backend> backends;
    private final List<? extends ContenderFactory> factories;
    private final List<BenchCase> cases;
    private final int poolSize;
    private final PrintStream progress;
    private final boolean freshJvmOpens;

    /**
     * A harness.
     *
     * @param profile the sizes and rounds
     * @param backends the backends, in order
     * @param factories the contenders; name {@code jdbc} is the baseline of the ratios
     * @param cases the cases, in order
     * @param poolSize connections per pool, the same for every contender
     * @param progress where progress lines go
     * @param freshJvmOpens whether to also time open-to-first-query in fresh JVMs (a few seconds per contender)
     */
    public Harness(
            Profile profile,
            List<Backend> backends,
            List<? extends ContenderFactory> factories,
            List<BenchCase> cases,
            int poolSize,
            PrintStream progress,
            boolean freshJvmOpens) {
        this.profile = profile;
        this.backends = List.copyOf(backends);
        this.factories = List.copyOf(factories);
        this.cases = List.copyOf(cases);
        this.poolSize = poolSize;
        this.progress = progress;
        this.freshJvmOpens = freshJvmOpens;
    }

    /**
     * Runs every backend.
     *
     * @param environment the machine and versions to record
     * @return the results
     * @throws IOException when the SQLite temporary directory cannot be made
     */
    public RunReport run(Map<String, String> environment) throws IOException {
        Instant started = Instant.now();
        Workload workload = new Workload(profile);
        List<Measurement> measurements = new ArrayList<>();
        List<OpenTime> openTimes = new ArrayList<>();
        for (Backend backend : backends) {
            Path dir = Files.createTempDirectory("ormdantic-bench-");
            String file = dir.resolve("bench.sqlite3").toString();
            Target target = new Target(backend, backend.jdbcUrl(file), backend.ormUrl(file), poolSize);
            try {
                runBackend(target, workload, measurements, openTimes);
            } finally {
                deleteTree(dir);
            }
        }
        return new RunReport(profile, started, environment, measurements, openTimes);
    }

    private void runBackend(
            Target target, Workload workload, List<Measurement> measurements, List<OpenTime> openTimes) {
        Backend backend = target.backend();
        Fixture fixture;
        try {
            fixture = new Fixture(target, workload);
            fixture.ensure(BenchCase.State.SEEDED);
        } catch (SQLException | RuntimeException e) {
            String reason = "backend unreachable: " + oneLine(e);
            progress.printf(Locale.ROOT, "[%s] skipped: %s%n", backend.id(), reason);
            for (ContenderFactory factory : factories) {
                openTimes.add(new OpenTime(
                        backend, factory.id(), Measurement.Status.NOT_APPLICABLE, reason, 0, Double.NaN, 0, 0));
                for (BenchCase benchCase : cases) {
                    measurements.add(new Measurement(
                            backend,
                            benchCase,
                            rows(benchCase),
                            factory.id(),
                            Measurement.Status.NOT_APPLICABLE,
                            reason,
                            List.of()));
                }
            }
            return;
        }
        try (fixture) {
            Map<String, Contender> open = new LinkedHashMap<>();
            Map<String, String> unavailable = new LinkedHashMap<>();
            for (ContenderFactory factory : factories) {
                openOne(target, workload, fixture, factory, open, unavailable, openTimes);
            }
            Validation validation = new Validation(workload, fixture);
            for (BenchCase benchCase : cases) {
                runCase(backend, benchCase, workload, fixture, validation, open, unavailable, measurements);
            }
            open.values().forEach(Contender::close);
        }
    }

    private void openOne(
            Target target,
            Workload workload,
            Fixture fixture,
            ContenderFactory factory,
            Map<String, Contender> open,
            Map<String, String> unavailable,
            List<OpenTime> openTimes) {
        Backend backend = target.backend();
        try {
            fixture.ensure(BenchCase.State.SEEDED);
            long start = System.nanoTime();
            Contender contender = factory.open(target);
            Object first = contender.prepare(BenchCase.COUNT_ALL, workload).run();
            double openMs = (System.nanoTime() - start) / 1e6;
            new Validation(workload, fixture).check(BenchCase.COUNT_ALL, contender, first);
            int heapRows = Math.min(HEAP_ROWS, profile.readRows());
            long heap = heapOf(contender, heapRows);
            open.put(factory.id(), contender);
            List<Double> fresh = new ArrayList<>();
            for (int i = 0; freshJvmOpens && i < FRESH_JVM_SAMPLES; i++) {
                double ms = OpenProbe.measure(factory, target, profile.readRows());
                if (!Double.isNaN(ms)) {
                    fresh.add(ms);
                }
            }
            double freshMs = Measurement.median(fresh);
            openTimes.add(
                    new OpenTime(backend, factory.id(), Measurement.Status.OK, "", openMs, freshMs, heapRows, heap));
            progress.printf(
                    Locale.ROOT,
                    "[%s] %-20s open to first query %8.1f ms in a fresh JVM, %8.1f ms in this one;"
                            + " heap of %d rows %,d KiB%n",
                    backend.id(),
                    factory.id(),
                    freshMs,
                    openMs,
                    heapRows,
                    heap / 1024);
        } catch (NotApplicableException e) {
            unavailable.put(factory.id(), e.getMessage());
            openTimes.add(new OpenTime(
                    backend,
                    factory.id(),
                    Measurement.Status.NOT_APPLICABLE,
                    String.valueOf(e.getMessage()),
                    0,
                    Double.NaN,
                    0,
                    0));
            progress.printf(Locale.ROOT, "[%s] %-20s n/a: %s%n", backend.id(), factory.id(), e.getMessage());
        } catch (Exception | LinkageError e) {
            String reason = "could not open: " + oneLine(e);
            unavailable.put(factory.id(), reason);
            openTimes.add(new OpenTime(backend, factory.id(), Measurement.Status.FAILED, reason, 0, Double.NaN, 0, 0));
            progress.printf(Locale.ROOT, "[%s] %-20s failed: %s%n", backend.id(), factory.id(), reason);
        }
    }

    /**
     * The heap the rows of one read retain: used heap after a full GC while the list is held, minus the same right
     * after it is dropped (so buffers the driver or pool keep either way cancel out); the median of three.
     */
    private static long heapOf(Contender contender, int rows) throws Exception {
        Contender.Prepared read = contender.findFirst(rows);
        read.run(); // warm the path so the classes it loads are not counted
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            samples.add((double) retained(read, rows, memory));
        }
        return Math.max(0, (long) Measurement.median(samples));
    }

    private static long retained(Contender.Prepared read, int rows, MemoryMXBean memory) throws Exception {
        long held = usedWhileHolding(read, rows, memory);
        // the list was a local of the method that returned: nothing references it any more
        settle();
        return held - memory.getHeapMemoryUsage().getUsed();
    }

    private static long usedWhileHolding(Contender.Prepared read, int rows, MemoryMXBean memory) throws Exception {
        Object result = read.run();
        try {
            if (!(result instanceof List<?> list) || list.size() != rows) {
                throw new InvalidResultException("heap read returned the wrong rows");
            }
            settle();
            return memory.getHeapMemoryUsage().getUsed();
        } finally {
            Reference.reachabilityFence(result);
        }
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private void runCase(
            Backend backend,
            BenchCase benchCase,
            Workload workload,
            Fixture fixture,
            Validation validation,
            Map<String, Contender> open,
            Map<String, String> unavailable,
            List<Measurement> measurements) {
        Map<String, String> skipped = new LinkedHashMap<>(unavailable);
        Map<String, Measurement.Status> status = new LinkedHashMap<>();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(open.keySet());
        for (String name : names) {
            samples.put(name, new ArrayList<>());
        }
        int rounds = profile.warmups() + profile.iterations();
        int calls = 1;
        if (benchCase.repeatable() && profile.warmups() > 0) {
            warmWrites(backend, benchCase, workload, fixture, open, skipped);
        }
        System.gc();
        for (int round = 0; round < rounds; round++) {
            // Calibrated before the warm-ups too, so that they run as many calls as a timed sample and the JIT has
            // compiled every contender's path when the clock starts (one call per warm-up round left the longer
            // paths interpreted: this ORM's count on SQLite fell from 65 to 17 µs a call over the timed rounds);
            // then again on the warmed-up floor.
            if (round == 0 || round == profile.warmups()) {
                calls = callsPerSample(benchCase, workload, fixture, open, skipped);
            }
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((k + round) % names.size());
                if (skipped.containsKey(name)) {
                    continue;
                }
                Contender contender = open.get(name);
                if (contender == null) {
                    continue;
                }
                try {
                    fixture.ensure(benchCase.state());
                    Contender.Prepared prepared = contender.prepare(benchCase, workload);
                    Object[] results = new Object[calls];
                    System.gc(); // so no sample pays for a collection of the previous one's garbage
                    long start = System.nanoTime();
                    try {
                        for (int c = 0; c < calls; c++) {
                            results[c] = prepared.run();
                        }
                    } finally {
                        if (benchCase.mutates()) {
                            fixture.touched();
                        }
                    }
                    double ms = (System.nanoTime() - start) / 1e6 / calls;
                    for (Object result : results) {
                        validation.check(benchCase, contender, result);
                    }
                    if (round >= profile.warmups()) {
                        samples.computeIfAbsent(name, n -> new ArrayList<>()).add(ms);
                    }
                    line.append(String.format(Locale.ROOT, "  %s %.3f ms", name, ms));
                } catch (NotApplicableException e) {
                    skipped.put(name, String.valueOf(e.getMessage()));
                    status.put(name, Measurement.Status.NOT_APPLICABLE);
                } catch (Exception e) {
                    fixture.touched();
                    skipped.put(name, oneLine(e));
                    status.put(name, Measurement.Status.FAILED);
                    line.append("  ").append(name).append(" FAILED: ").append(oneLine(e));
                }
            }
            progress.printf(
                    Locale.ROOT,
                    "[%s] %-32s round %d/%d%s%s%s%n",
                    backend.id(),
                    benchCase.label(),
                    round + 1,
                    rounds,
                    round < profile.warmups() ? " (warm-up)" : "",
                    calls > 1 ? " (ms per call, " + calls + " calls a sample)" : "",
                    line);
        }
        for (ContenderFactory factory : factories) {
            String name = factory.id();
            String reason = skipped.get(name);
            Measurement.Status outcome = reason == null
                    ? Measurement.Status.OK
                    : status.getOrDefault(name, Measurement.Status.NOT_APPLICABLE);
            List<Double> taken = reason == null ? samples.getOrDefault(name, List.of()) : List.of();
            measurements.add(new Measurement(
                    backend, benchCase, rows(benchCase), name, outcome, reason == null ? "" : reason, taken, calls));
        }
    }

    /**
     * How many calls one timed sample of a case makes, the same for every contender: one for writes (each changes
     * the state the next starts from) and for reads that take at least {@link #MIN_SAMPLE_MS}; otherwise as many as
     * the JDBC floor (or, without it, the first contender that runs the case) makes in that time in a hot loop, up
     * to {@link #MAX_CALLS_PER_SAMPLE}. Without this, a sub-millisecond read measured as one call right after a full
     * GC times mostly cold CPU caches: SQLite's filtered count took 46 µs a call in a hot loop for this ORM and JDBC
     * alike, and 276 µs (JDBC) against 513 µs (this ORM) as the first call after {@code System.gc()}.
     */
    private int callsPerSample(
            BenchCase benchCase,
            Workload workload,
            Fixture fixture,
            Map<String, Contender> open,
            Map<String, String> skipped) {
        if (benchCase.mutates() || benchCase.state() != BenchCase.State.SEEDED) {
            return 1;
        }
        Set<String> order = new LinkedHashSet<>();
        if (open.containsKey(Ratios.BASELINE)) {
            order.add(Ratios.BASELINE);
        }
        order.addAll(open.keySet());
        for (String name : order) {
            Contender contender = open.get(name);
            if (contender == null || skipped.containsKey(name)) {
                continue;
            }
            try {
                fixture.ensure(benchCase.state());
                Contender.Prepared prepared = contender.prepare(benchCase, workload);
                long budget = (long) (MIN_SAMPLE_MS * 1e6);
                int made = 0;
                long start = System.nanoTime();
                while (System.nanoTime() - start < budget && made < MAX_CALLS_PER_SAMPLE) {
                    prepared.run();
                    made++;
                }
                return Math.max(1, made);
            } catch (Exception e) {
                // the timed rounds report this contender's failure; calibrate on the next one
            }
        }
        return 1;
    }

    /**
     * Calls a repeatable write case {@link #WARM_WRITE_CALLS} times per contender on one seeded state, unmeasured
     * and unchecked, then marks the state dirty so that the rounds start from fresh tables. Bounded by
     * {@link #WARM_WRITE_MAX_MS} per contender; a failure is left for the timed rounds to report.
     */
    private void warmWrites(
            Backend backend,
            BenchCase benchCase,
            Workload workload,
            Fixture fixture,
            Map<String, Contender> open,
            Map<String, String> skipped) {
        for (Map.Entry<String, Contender> entry : open.entrySet()) {
            if (skipped.containsKey(entry.getKey())) {
                continue;
            }
            int made = 0;
            long start = System.nanoTime();
            try {
                fixture.ensure(benchCase.state());
                Contender.Prepared prepared = entry.getValue().prepare(benchCase, workload);
                long budget = (long) (WARM_WRITE_MAX_MS * 1e6);
                while (made < WARM_WRITE_CALLS && System.nanoTime() - start < budget) {
                    prepared.run();
                    made++;
                }
            } catch (Exception e) {
                // the timed rounds report this contender's failure
            } finally {
                fixture.touched();
            }
            progress.printf(
                    Locale.ROOT,
                    "[%s] %-32s warm-up %s: %d calls in %.1f s%n",
                    backend.id(),
                    benchCase.label(),
                    entry.getKey(),
                    made,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private long rows(BenchCase benchCase) {
        return switch (benchCase) {
            case SCHEMA_CREATE_DROP -> 0;
            case RAW_BATCH_INSERT, ORM_INSERT_MODELS -> profile.writeRows();
            case ORM_UPSERT_MIXED, PK_LOOKUP, TRANSACTIONS -> Math.min(profile.readRows(), profile.lookups());
            case SESSION -> Math.min(profile.readRows(), 1_000);
            case PAGINATED_FIND_MANY, ORDERED_FIND_MANY, HYDRATE_FLAT -> profile.pageLimit();
            case HYDRATE_RELATIONSHIPS, ONE_TO_MANY, MANY_TO_ONE, NESTED_RELATIONSHIPS ->
                RelationShape.of(profile.readRows()).parents();
            default -> profile.readRows();
        };
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
