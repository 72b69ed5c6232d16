package dev.ormdantic.it;

import static dev.ormdantic.it.model.FlavorTable.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;

/** What an open stream holds: its connection, never the write lock, and a warning when it is left open. */
class StreamTest {

    private static final List<Flavor> FLAVORS =
            List.of(new Flavor("a", "Aa", 1), new Flavor("b", "Bb", 2), new Flavor("c", "Cc", 3));

    @BackendTest
    void anOpenStreamDoesNotBlockAWriter(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.insertMany(FLAVORS);
        try (Stream<Flavor> stream = flavors.stream(Filter.all(), OrderBy.asc(ID))) {
            Iterator<Flavor> rows = stream.iterator();
            assertEquals(FLAVORS.get(0), rows.next());
            long start = System.nanoTime();
            // Before: SQLite's stream held BEGIN IMMEDIATE's write lock, so this waited out the 5 s busy timeout
            // and failed with ORM2403.
            flavors.insert(new Flavor("d", "Dd", 4));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "the insert waited " + took);
            assertEquals(FLAVORS.get(1), rows.next());
        }
        assertEquals(4, flavors.count());
    }

    @Tag("reliability")
    @BackendTest
    void aStreamLeftOpenIsReportedWithWhereItWasOpened(TestDatabase test) throws InterruptedException {
        try (LogCapture log = new LogCapture();
                Ormdantic db = Ormdantic.builder(test.url())
                        .tables(FlavorTable.TABLE)
                        .poolSize(1)
                        .connectionTimeout(Duration.ofMillis(500))
                        .streamLeakThreshold(Duration.ofSeconds(1))
                        .open()) {
            db.init().join();
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            flavors.insertMany(FLAVORS);
            Stream<Flavor> leaked = flavors.stream(Filter.all(), OrderBy.asc(ID)); // never closed by the "caller"
            assertEquals(FLAVORS.get(0), leaked.iterator().next());

            ConnectionException starved = assertThrows(ConnectionException.class, flavors::count);
            assertEquals(ErrorCode.POOL_EXHAUSTED, starved.code());
            String message = starved.getMessage();
            assertTrue(
                    message.startsWith("[ORM2420] count of table 'flavor' failed: the connection pool is exhausted: no"
                            + " connection became free within 0.5 s, all 1 are in use, 1 of them by streams that are"
                            + " still open (the oldest opened "),
                    message);
            assertTrue(
                    message.contains(" ago at dev.ormdantic.it.StreamTest.aStreamLeftOpenIsReportedWithWhereItWasOpened"
                            + "(StreamTest.java:"),
                    message);
            assertTrue(message.endsWith("close every stream (try-with-resources: a stream holds its connection until"
                    + " it is closed) and keep transactions short, or raise poolSize or connectionTimeout in"
                    + " Ormdantic.builder(url); nothing was sent to the database, so the call can be retried"));

            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (log.at(Level.WARNING).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<String> warnings = log.at(Level.WARNING);
            assertEquals(1, warnings.size(), log.text());
            assertTrue(warnings.get(0).startsWith("a stream on flavor has been open for "), warnings.get(0));
            assertTrue(
                    warnings.get(0)
                            .contains("Opened at dev.ormdantic.it.StreamTest"
                                    + ".aStreamLeftOpenIsReportedWithWhereItWasOpened(StreamTest.java:"),
                    warnings.get(0));
            StackTraceElement[] stack = log.thrownAt(Level.WARNING).get(0).getStackTrace();
            assertTrue(
                    List.of(stack).stream()
                            .anyMatch(frame -> frame.getClassName().equals(StreamTest.class.getName())),
                    "the logged stack holds the opening frame");

            leaked.close();
            assertEquals(3, flavors.count(), "closing returns the connection");
            assertTrue(
                    log.at(Level.INFO).stream()
                            .anyMatch(line -> line.startsWith(
                                    "the stream on flavor reported as" + " still open was closed after ")),
                    log.text());
        }
    }
}
