package dev.ormdantic.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.NPlusOne;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.RelationException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.relation.ToOne;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The N+1 watch on a clock of the test's: loads within the window of the one before, loads in one transaction however
 * far apart. The asynchronous path (the application's line found on the caller's thread) is tested end to end in the
 * integration tests' RelationLoadingTest, where the worker's stack holds only the runtime's and the JDK's frames.
 */
class NPlusOneWatchTest {

    record Author(long id) {}

    record Post(long id, @Nullable Ref<Author, Long> author) {}

    private static final TableRef<Post, Long> POSTS = table("post", Post.class);
    private static final TableRef<Author, Long> AUTHORS = table("author", Author.class);
    private static final ToOne<Post, Author> AUTHOR = new ToOne<>(
            "author", "PostTable.AUTHOR", () -> POSTS, () -> AUTHORS, "author", "id", true, Post::author, (p, r) -> p);
    private static final List<Relationship<?, ?>> LOADS = List.of(AUTHOR);
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final List<String> warnings = new ArrayList<>();
    private final Logger logger = Logger.getLogger("dev.ormdantic");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().equals(Level.WARNING)) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(handler);
    }

    private static Call call() {
        return Call.onTable(Operation.LOAD, "post", "sqlite");
    }

    @Test
    void tenLoadsEachWithinTheWindowWarnOnceWithTheCallersLine() {
        NPlusOneWatch watch = new NPlusOneWatch(NPlusOne.WARN, clock::get);
        for (int i = 0; i < 25; i++) {
            clock.addAndGet(SECOND / 2);
            watch.lazyLoad(LOADS, call(), null);
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(
                warnings.get(0)
                        .contains("relationship post.author was loaded for one record at a time 10 times in a row,"
                                + " each within 1000 ms of the last: the N+1 pattern at "
                                + NPlusOneWatchTest.class.getName() + ".tenLoadsEachWithinTheWindow"),
                warnings.get(0));
    }

    @Test
    void loadsFartherApartThanTheWindowAreNotThePatternOutsideATransaction() {
        NPlusOneWatch watch = new NPlusOneWatch(NPlusOne.FAIL, clock::get);
        for (int i = 0; i < 30; i++) {
            clock.addAndGet(2 * SECOND);
            watch.lazyLoad(LOADS, call(), null);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void tenLoadsInOneTransactionAreThePatternHoweverFarApart() {
        NPlusOneWatch watch = new NPlusOneWatch(NPlusOne.WARN, clock::get);
        Object transaction = new Object();
        Object other = new Object();
        for (int i = 0; i < 9; i++) {
            clock.addAndGet(2 * SECOND);
            watch.lazyLoad(LOADS, call(), transaction);
            watch.lazyLoad(LOADS, call(), other);
        }
        assertEquals(List.of(), warnings, "nine in each transaction");
        clock.addAndGet(2 * SECOND);
        watch.lazyLoad(LOADS, call(), transaction);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(
                warnings.get(0)
                        .contains("relationship post.author was loaded for one record at a time 10 times in one"
                                + " transaction: the N+1 pattern"),
                warnings.get(0));

        NPlusOneWatch strict = new NPlusOneWatch(NPlusOne.FAIL, clock::get);
        for (int i = 1; i < NPlusOne.THRESHOLD; i++) {
            clock.addAndGet(2 * SECOND);
            strict.lazyLoad(LOADS, call(), transaction);
        }
        clock.addAndGet(2 * SECOND);
        RelationException error =
                assertThrows(RelationException.class, () -> strict.lazyLoad(LOADS, call(), transaction));
        assertEquals(ErrorCode.N_PLUS_ONE, error.code());
        assertTrue(error.getMessage().contains("10 times in one transaction"), error.getMessage());
    }

    @Test
    void offWatchesNothing() {
        NPlusOneWatch watch = new NPlusOneWatch(NPlusOne.OFF, clock::get);
        for (int i = 0; i < 20; i++) {
            watch.lazyLoad(LOADS, call(), new Object());
        }
        assertEquals(List.of(), warnings);
        assertEquals(false, watch.enabled());
    }

    private static <T extends Record> TableRef<T, Long> table(String name, Class<T> type) {
        return new TableRef<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String schema() {
                return "";
            }

            @Override
            public Class<T> recordType() {
                return type;
            }

            @Override
            public List<Column<T, ?>> columns() {
                return List.of();
            }
        };
    }
}
