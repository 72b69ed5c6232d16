package dev.ormdantic.internal.exec;

import dev.ormdantic.NPlusOne;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.RelationException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.relation.Relationship;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Watches single-record lazy loads for the N+1 pattern (see {@link NPlusOne}): per relationship, a run of loads each
 * within the window of the one before; the run that reaches the threshold is reported once per relationship.
 */
final class NPlusOneWatch {

    private static final System.Logger LOG = System.getLogger("dev.ormdantic");

    /** A relationship's current run: how many loads, and when the last one was. */
    private record Run(int count, long lastNanos) {}

    private final NPlusOne mode;
    private final LongSupplier clock;
    private final Map<Relationship<?, ?>, Run> runs = new ConcurrentHashMap<>();
    private final Map<Relationship<?, ?>, Boolean> reported = new ConcurrentHashMap<>();

    NPlusOneWatch(NPlusOne mode) {
        this(mode, System::nanoTime);
    }

    NPlusOneWatch(NPlusOne mode, LongSupplier clock) {
        this.mode = mode;
        this.clock = clock;
    }

    /**
     * Notes a load of one record; warns, or fails in strict mode, when it completes the pattern for a relationship.
     *
     * @param relationships the relationships loaded (the first step of each loader)
     * @param call the operation, for the message
     * @throws RelationException {@code ORM2604} in {@link NPlusOne#FAIL} mode
     */
    void lazyLoad(Collection<Relationship<?, ?>> relationships, Call call) {
        if (mode == NPlusOne.OFF) {
            return;
        }
        long now = clock.getAsLong();
        long window = NPlusOne.WINDOW_MILLIS * 1_000_000L;
        for (Relationship<?, ?> relationship : relationships) {
            Run run = runs.merge(
                    relationship,
                    new Run(1, now),
                    (old, fresh) -> now - old.lastNanos() <= window ? new Run(old.count() + 1, now) : fresh);
            if (run.count() < NPlusOne.THRESHOLD) {
                continue;
            }
            if (mode == NPlusOne.FAIL) {
                runs.remove(relationship);
                throw new RelationException(
                        ErrorCode.N_PLUS_ONE,
                        call.context(),
                        message(relationship, run.count()),
                        fix(relationship),
                        null);
            }
            if (reported.putIfAbsent(relationship, Boolean.TRUE) == null) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "[" + ErrorCode.N_PLUS_ONE.id() + "] " + message(relationship, run.count()) + " at "
                                + callSite() + "; " + fix(relationship)
                                + " (reported once per relationship)");
            }
        }
    }

    private static String message(Relationship<?, ?> relationship, int count) {
        return "relationship " + relationship.qualifiedName() + " was loaded for one record at a time " + count
                + " times in a row, each within " + NPlusOne.WINDOW_MILLIS + " ms of the last: the N+1 pattern";
    }

    private static String fix(Relationship<?, ?> relationship) {
        return "load the whole list at once with load(rows, " + relationship.constantName()
                + "), or read the records with loading(" + relationship.constantName()
                + ".selectIn()): one statement for all of them";
    }

    /** The first frame outside Ormdantic's runtime and the JDK: the application's line that loads in a loop. */
    private static String callSite() {
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
                .orElse("an asynchronous call (no application frame on the worker's stack)");
    }
}
