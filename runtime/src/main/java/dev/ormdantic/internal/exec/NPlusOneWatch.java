package dev.ormdantic.internal.exec;

import dev.ormdantic.NPlusOne;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.RelationException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.relation.Relationship;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Watches single-record lazy loads for the N+1 pattern (see {@link NPlusOne}): per relationship, a run of loads each
 * within the window of the one before, or that many loads in one transaction however far apart; the first run that
 * reaches the threshold is reported once per relationship.
 *
 * <p>The warning names the application's line. A blocking load finds it on its own stack; an asynchronous one runs on
 * a worker whose stack holds no application frame, so the asynchronous handle tells the watch of the call on the
 * caller's thread first ({@link #beforeAsyncLoad}), and the watch walks that stack when the next load could complete
 * the pattern, not on every call.
 */
final class NPlusOneWatch {

    private static final System.Logger LOG = System.getLogger("dev.ormdantic");

    /** A relationship's current run: how many loads, and when the last one was. */
    private record Run(int count, long lastNanos) {}

    private final NPlusOne mode;
    private final LongSupplier clock;
    private final Map<Relationship<?, ?>, Run> runs = new ConcurrentHashMap<>();
    private final Map<Relationship<?, ?>, Boolean> reported = new ConcurrentHashMap<>();
    /** Per open transaction, the single-record loads of each relationship; weak, so a finished one is dropped. */
    private final Map<Object, Map<Relationship<?, ?>, Integer>> perTransaction =
            Collections.synchronizedMap(new WeakHashMap<>());
    /** The application's line of an asynchronous load that could complete the pattern, found on its caller. */
    private final Map<Relationship<?, ?>, String> asyncSites = new ConcurrentHashMap<>();

    NPlusOneWatch(NPlusOne mode) {
        this(mode, System::nanoTime);
    }

    NPlusOneWatch(NPlusOne mode, LongSupplier clock) {
        this.mode = mode;
        this.clock = clock;
    }

    /**
     * Whether the watch is on: when it is off, callers need not work out what a load loads.
     *
     * @return {@code false} in {@link NPlusOne#OFF} mode
     */
    boolean enabled() {
        return mode != NPlusOne.OFF;
    }

    /**
     * Called on the caller's thread before an asynchronous single-record load is submitted: keeps the application's
     * line for a relationship whose next load could complete the pattern.
     *
     * @param relationships the relationships the load will load
     * @param transaction the transaction the load runs in, or {@code null}
     */
    void beforeAsyncLoad(Collection<Relationship<?, ?>> relationships, @Nullable Object transaction) {
        if (mode == NPlusOne.OFF) {
            return;
        }
        Map<Relationship<?, ?>, Integer> counts = transaction == null ? null : perTransaction.get(transaction);
        for (Relationship<?, ?> relationship : relationships) {
            if (mode == NPlusOne.WARN && reported.containsKey(relationship)) {
                continue;
            }
            Run run = runs.get(relationship);
            int inTransaction = counts == null ? 0 : counts.getOrDefault(relationship, 0);
            // two below the threshold: a load submitted just before this one may not have been counted yet
            if (Math.max(run == null ? 0 : run.count(), inTransaction) >= NPlusOne.THRESHOLD - 2) {
                String site = callSite();
                if (site != null) {
                    asyncSites.put(relationship, site);
                }
            }
        }
    }

    /**
     * Notes a load of one record; warns, or fails in strict mode, when it completes the pattern for a relationship.
     *
     * @param relationships the relationships loaded (the first step of each loader)
     * @param call the operation, for the message
     * @param transaction the transaction the load runs in, or {@code null} outside one
     * @throws RelationException {@code ORM2604} in {@link NPlusOne#FAIL} mode
     */
    void lazyLoad(Collection<Relationship<?, ?>> relationships, Call call, @Nullable Object transaction) {
        if (mode == NPlusOne.OFF) {
            return;
        }
        long now = clock.getAsLong();
        long window = NPlusOne.WINDOW_MILLIS * 1_000_000L;
        Map<Relationship<?, ?>, Integer> counts = transaction == null
                ? null
                : perTransaction.computeIfAbsent(transaction, t -> new ConcurrentHashMap<>());
        for (Relationship<?, ?> relationship : relationships) {
            Run run = runs.merge(
                    relationship,
                    new Run(1, now),
                    (old, fresh) -> now - old.lastNanos() <= window ? new Run(old.count() + 1, now) : fresh);
            int inTransaction = counts == null ? 0 : counts.merge(relationship, 1, Integer::sum);
            String pattern;
            int count;
            if (run.count() >= NPlusOne.THRESHOLD) {
                count = run.count();
                pattern = "times in a row, each within " + NPlusOne.WINDOW_MILLIS + " ms of the last";
            } else if (inTransaction >= NPlusOne.THRESHOLD) {
                count = inTransaction;
                pattern = "times in one transaction";
            } else {
                continue;
            }
            String message = "relationship " + relationship.qualifiedName() + " was loaded for one record at a time "
                    + count + " " + pattern + ": the N+1 pattern";
            if (mode == NPlusOne.FAIL) {
                runs.remove(relationship);
                if (counts != null) {
                    counts.remove(relationship);
                }
                throw new RelationException(ErrorCode.N_PLUS_ONE, call.context(), message, fix(relationship), null);
            }
            if (reported.putIfAbsent(relationship, Boolean.TRUE) == null) {
                String site = callSite();
                String shown = site != null
                        ? site
                        : asyncSites.getOrDefault(
                                relationship, "an asynchronous call (no application frame on the worker's stack)");
                asyncSites.remove(relationship);
                LOG.log(
                        System.Logger.Level.WARNING,
                        "[" + ErrorCode.N_PLUS_ONE.id() + "] " + message + " at " + shown + "; " + fix(relationship)
                                + " (reported once per relationship)");
            }
        }
    }

    private static String fix(Relationship<?, ?> relationship) {
        return "load the whole list at once with load(rows, " + relationship.constantName()
                + "), or read the records with loading(" + relationship.constantName()
                + ".selectIn()): one statement for all of them";
    }

    /**
     * The first frame outside Ormdantic's runtime and the JDK: the application's line that loads in a loop; {@code
     * null} on a worker's stack, which holds none.
     */
    private static @Nullable String callSite() {
        java.security.CodeSource library =
                NPlusOneWatch.class.getProtectionDomain().getCodeSource();
        Optional<StackWalker.StackFrame> frame = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(f -> {
                            Class<?> type = f.getDeclaringClass();
                            String name = type.getName();
                            boolean jdk = name.startsWith("java.")
                                    || name.startsWith("jdk.")
                                    || name.startsWith("sun.")
                                    || name.startsWith("com.sun.");
                            boolean runtime = name.startsWith("dev.ormdantic.")
                                    && java.util.Objects.equals(
                                            type.getProtectionDomain().getCodeSource(), library);
                            return !jdk && !runtime;
                        })
                        .findFirst());
        return frame.map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":"
                        + f.getLineNumber() + ")")
                .orElse(null);
    }
}
