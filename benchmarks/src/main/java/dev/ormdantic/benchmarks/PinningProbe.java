package dev.ormdantic.benchmarks;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Transaction;
import dev.ormdantic.benchmarks.model.Item;
import dev.ormdantic.benchmarks.model.ItemTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Whether this ORM's transactions pin the carrier threads of the virtual threads that run them: many virtual threads
 * each run read-and-update transactions (the transactions case's work) through the blocking API and through the
 * asynchronous one, more of them than the pool has connections, while JDK Flight Recorder records every
 * {@code jdk.VirtualThreadPinned} event (a virtual thread that parked while it could not unmount), with no threshold.
 * It also counts on which kind of thread each callback ran: on SQLite, whose driver runs native code that would hold
 * a carrier without any event, the callbacks must run on the database's platform workers.
 */
public final class PinningProbe {

    private static final String PINNED = "jdk.VirtualThreadPinned";

    private PinningProbe() {}

    /**
     * What a probe saw.
     *
     * @param transactions transactions committed
     * @param pinnedEvents {@code jdk.VirtualThreadPinned} events recorded while they ran
     * @param pinnedStacks the distinct top frames of those events, with how often each was seen
     * @param virtualCallbacks callbacks that ran on a virtual thread
     * @param platformCallbacks callbacks that ran on a platform thread (a SQLite worker)
     * @param scoreSumGrowth how much the sum of the scores grew: one per transaction when every one committed once
     */
    public record Result(
            int transactions,
            long pinnedEvents,
            Map<String, Integer> pinnedStacks,
            int virtualCallbacks,
            int platformCallbacks,
            long scoreSumGrowth) {}

    /**
     * Seeds the item table, then runs {@code threads} virtual threads of {@code perThread} transactions each, half
     * through {@code db.blocking().transaction(...)} and half through {@code db.transaction(...).join()}, recording.
     *
     * @param target where to connect
     * @param threads virtual threads
     * @param perThread transactions per thread
     * @return what was seen
     * @throws Exception when the database fails or the recording cannot be read
     */
    public static Result run(Target target, int threads, int perThread) throws Exception {
        // a key of its own for every transaction: two read-then-write transactions on one row may both read the old
        // score under READ COMMITTED (PostgreSQL) or MariaDB's consistent reads, which would hide a lost commit
        int rows = Math.max(1_000, 2 * threads * Math.max(perThread, 2));
        Workload workload = new Workload(new Profile("pinning", rows, 0, rows, 1, 0, 500));
        List<String> ids = workload.lookupIds();
        AtomicInteger onVirtual = new AtomicInteger();
        AtomicInteger onPlatform = new AtomicInteger();
        try (Fixture fixture = new Fixture(target, workload);
                Ormdantic db = Ormdantic.builder(target.ormUrl())
                        .tables(ItemTable.TABLE)
                        .poolSize(target.poolSize())
                        .open()) {
            fixture.ensure(BenchCase.State.SEEDED);
            // Unrecorded first: the first calls load classes, and a virtual thread that loads a class pins its carrier
            // (a JDK limitation, once per class, not this ORM's doing).
            runThreads(
                    db,
                    ids.subList(ids.size() / 2, ids.size()),
                    Math.min(threads, 16),
                    2,
                    new AtomicInteger(),
                    new AtomicInteger());
            long before = fixture.sumScores();
            Path file = Files.createTempFile("ormdantic-pinning-", ".jfr");
            try (Recording recording = new Recording()) {
                recording.enable(PINNED).withThreshold(Duration.ZERO).withStackTrace();
                recording.start();
                runThreads(db, ids, threads, perThread, onVirtual, onPlatform);
                recording.stop();
                recording.dump(file);
            }
            fixture.touched();
            Map<String, Integer> stacks = new LinkedHashMap<>();
            long pinned = pinnedEvents(file, stacks);
            Files.deleteIfExists(file);
            return new Result(
                    threads * perThread,
                    pinned,
                    stacks,
                    onVirtual.get(),
                    onPlatform.get(),
                    fixture.sumScores() - before);
        }
    }

    private static void runThreads(
            Ormdantic db,
            List<String> ids,
            int threads,
            int perThread,
            AtomicInteger onVirtual,
            AtomicInteger onPlatform)
            throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(executor.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String id = ids.get((thread * perThread + i) % ids.size());
                        if (i % 2 == 0) {
                            db.blocking().transaction(tx -> increment(tx, id, onVirtual, onPlatform));
                        } else {
                            db.transaction(tx -> increment(tx, id, onVirtual, onPlatform))
                                    .join();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> done : running) {
                done.get();
            }
        }
    }

    private static long increment(Transaction tx, String id, AtomicInteger onVirtual, AtomicInteger onPlatform) {
        (Thread.currentThread().isVirtual() ? onVirtual : onPlatform).incrementAndGet();
        BlockingTableHandle<Item, String> items = tx.blockingTable(ItemTable.TABLE);
        Item item = items.findOne(id).orElseThrow();
        items.update(new Item(item.id(), item.category(), item.name(), item.score() + 1, item.payload()));
        return 1L;
    }

    private static long pinnedEvents(Path file, Map<String, Integer> stacks) throws IOException {
        long count = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals(PINNED)) {
                continue;
            }
            count++;
            StringBuilder top = new StringBuilder();
            if (event.getStackTrace() != null) {
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                for (int i = 0; i < Math.min(6, frames.size()); i++) {
                    RecordedFrame frame = frames.get(i);
                    top.append(i == 0 ? "" : " < ")
                            .append(frame.getMethod().getType().getName())
                            .append('.')
                            .append(frame.getMethod().getName());
                }
            }
            stacks.merge(top.toString(), 1, Integer::sum);
        }
        return count;
    }

    /**
     * Runs the probe on each backend named and prints what it saw: {@code PinningProbe [sqlite,postgres,mariadb]
     * [threads] [transactions per thread]}.
     *
     * @param args the backends, the threads and the transactions per thread
     * @throws Exception when a database fails
     */
    public static void main(String[] args) throws Exception {
        String backends = args.length > 0 ? args[0] : "sqlite,postgres,mariadb";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int perThread = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        for (String name : backends.split(",", -1)) {
            Backend backend = Backend.named(name);
            Path dir = Files.createTempDirectory("ormdantic-pinning-");
            String sqlite = dir.resolve("pinning.sqlite3").toString();
            Target target = new Target(backend, backend.jdbcUrl(sqlite), backend.ormUrl(sqlite), 4);
            long start = System.nanoTime();
            Result result;
            try {
                result = run(target, threads, perThread);
            } catch (SQLException e) {
                System.out.println(backend.id() + ": unreachable: " + e.getMessage());
                continue;
            } finally {
                Files.deleteIfExists(dir.resolve("pinning.sqlite3-wal"));
                Files.deleteIfExists(dir.resolve("pinning.sqlite3-shm"));
                Files.deleteIfExists(dir.resolve("pinning.sqlite3"));
                Files.deleteIfExists(dir);
            }
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%s: %d transactions on %d virtual threads (pool of 4) in %.1f s; score sum grew by %d;"
                            + " callbacks on virtual threads %d, on platform threads %d; jdk.VirtualThreadPinned"
                            + " events: %d%n",
                    backend.id(),
                    result.transactions(),
                    threads,
                    (System.nanoTime() - start) / 1e9,
                    result.scoreSumGrowth(),
                    result.virtualCallbacks(),
                    result.platformCallbacks(),
                    result.pinnedEvents());
            result.pinnedStacks().forEach((stack, n) -> System.out.println("  " + n + " × " + stack));
        }
    }
}
