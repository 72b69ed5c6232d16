package dev.ormdantic.it;

import static dev.ormdantic.it.FaultyLink.SLACK;
import static dev.ormdantic.it.FaultyLink.TIMEOUT;
import static dev.ormdantic.it.FaultyLink.failsWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;

/**
 * Every call over a faulty network returns within its configured bound ± 1 s, with the code that says what happened:
 * a silent server at {@code open()}, a link that goes silent mid-statement, a slow link, a statement that runs past
 * the query timeout, and a pool that is healthy again as soon as the link heals. Connection and query timeouts are
 * one second, so a statement that got no answer ends at the socket timeout, one second later.
 */
@Tag("reliability")
class NetworkTimeoutTest {

    /** The query timeout plus the socket grace: the longest a statement waits for an answer. */
    private static final Duration STATEMENT_BOUND = TIMEOUT.plusSeconds(1);

    /**
     * MySQL Connector/J cancels a timed-out statement over a second connection and makes the statement wait for it;
     * when the server is unreachable that connection's login adds the socket grace once more (see
     * docs/drivers/mysql.md).
     */
    private static Duration statementBound(TestDatabase database) {
        return database.backend() == Backend.MYSQL ? STATEMENT_BOUND.plusSeconds(1) : STATEMENT_BOUND;
    }

    @BackendTest
    void openAgainstASilentServerFailsWithinTheConnectionTimeout(TestDatabase database) throws Exception {
        Assumptions.assumeTrue(database.backend() != Backend.SQLITE, "SQLite is embedded");
        database.db();
        try (LoopbackProxy proxy = FaultyLink.proxy(database)) {
            proxy.blackhole();
            RuntimeException e = failsWithin(
                    TIMEOUT, () -> FaultyLink.builder(database, proxy).open());
            ConnectionException refused = assertInstanceOf(ConnectionException.class, e, e.getMessage());
            assertEquals(ErrorCode.CONNECTION_FAILED, refused.code(), e.getMessage());
            assertEquals(Outcome.NOT_APPLIED, refused.outcome());
        }
    }

    @BackendTest
    void aLinkThatGoesSilentFailsEachCallInBoundAndThePoolHealsAtOnce(TestDatabase database) throws Exception {
        try (FaultyLink link = FaultyLink.open(database)) {
            BlockingTableHandle<Flavor, String> flavors = link.db.blockingTable(FlavorTable.TABLE);
            Flavor marked = new Flavor("silent-read-9", "Read", 3);
            flavors.insert(marked);

            // The request reaches the server and nothing comes back: the socket timeout ends the read.
            link.proxy.blackholeAfter("silent-read-9");
            OrmdanticException read =
                    (OrmdanticException) failsWithin(statementBound(database), () -> flavors.findOne("silent-read-9"));
            assertEquals(ErrorCode.TIMEOUT, read.code(), read.getMessage());
            assertEquals(Outcome.NOT_APPLIED, read.outcome());
            assertTrue(read.retryable());

            // Still silent: no connection can be had, so the write never leaves.
            OrmdanticException write = (OrmdanticException)
                    failsWithin(TIMEOUT, () -> flavors.insert(new Flavor("never-sent-9", "Never", 1)));
            assertEquals(ErrorCode.CONNECTION_FAILED, write.code(), write.getMessage());
            assertEquals(Outcome.NOT_APPLIED, write.outcome());
            assertTrue(write.retryable());

            link.proxy.heal();
            long start = System.nanoTime();
            assertEquals(Optional.of(marked), flavors.findOne("silent-read-9"), "the first call after healing");
            Duration first = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(first.compareTo(TIMEOUT.plus(SLACK)) <= 0, "the first call took " + first);
            for (int i = 0; i < 10; i++) {
                assertEquals(
                        1 + i,
                        flavors.insertMany(List.of(new Flavor("healed-" + i, "Healed", i)))
                                        .size()
                                + i);
            }
            assertEquals(Optional.empty(), flavors.findOne("never-sent-9"));
        }
    }

    @BackendTest
    void aWriteOnALinkThatGoesSilentHasAnUnknownOutcomeWithinItsBound(TestDatabase database) throws Exception {
        try (FaultyLink link = FaultyLink.open(database)) {
            BlockingTableHandle<Flavor, String> flavors = link.db.blockingTable(FlavorTable.TABLE);
            flavors.insert(new Flavor("vanilla", "Vanilla", 5));
            link.proxy.blackholeAfter("silent-write-9");
            OrmdanticException e = (OrmdanticException) failsWithin(
                    statementBound(database), () -> flavors.insert(new Flavor("silent-write-9", "Written", 2)));
            assertEquals(ErrorCode.COMMIT_OUTCOME_UNKNOWN, e.code(), e.getMessage());
            assertEquals(Outcome.UNKNOWN, e.outcome());
            assertTrue(e.getMessage().contains("gave no answer within the query timeout"), e.getMessage());
            link.proxy.heal();
            assertEquals(
                    Optional.of(new Flavor("silent-write-9", "Written", 2)),
                    flavors.findOne("silent-write-9"),
                    "the server did apply it: that is why the outcome is unknown");
        }
    }

    @BackendTest
    void aSlowLinkWorksWithinTheTimeoutAndFailsInBoundBeyondIt(TestDatabase database) throws Exception {
        try (FaultyLink link = FaultyLink.open(database)) {
            BlockingTableHandle<Flavor, String> flavors = link.db.blockingTable(FlavorTable.TABLE);
            Flavor slow = new Flavor("slow-9", "Slow", 4);
            flavors.insert(slow);

            link.proxy.delayReplies(Duration.ofMillis(300));
            long start = System.nanoTime();
            assertEquals(Optional.of(slow), flavors.findOne("slow-9"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofMillis(300)) >= 0, "the answer was delayed: " + took);

            // Slower than the socket timeout: the read ends at the socket timeout, or at the connection timeout when
            // the pool first finds its connection too slow to validate. Either way nothing was applied.
            link.proxy.delayReplies(Duration.ofSeconds(3));
            OrmdanticException e =
                    (OrmdanticException) failsWithin(statementBound(database), () -> flavors.findOne("slow-9"));
            assertTrue(Set.of(ErrorCode.TIMEOUT, ErrorCode.CONNECTION_FAILED).contains(e.code()), e.getMessage());
            assertTrue(e.retryable());
            link.proxy.heal();
            assertEquals(Optional.of(slow), flavors.findOne("slow-9"));
        }
    }

    @BackendTest
    void aStatementLongerThanTheQueryTimeoutIsCancelledAndAppliesNothing(TestDatabase database) throws Exception {
        Assumptions.assumeTrue(database.backend() != Backend.SQLITE, "SQLite has no query timeout");
        database.db();
        try (Ormdantic db = Ormdantic.builder(database.url())
                        .tables(FlavorTable.TABLE)
                        .queryTimeout(TIMEOUT)
                        .open();
                Connection holder = database.jdbc()) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            Flavor locked = new Flavor("locked-9", "Locked", 1);
            flavors.insert(locked);
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.executeUpdate("UPDATE flavor SET rating = 2 WHERE id = 'locked-9'");
            }
            try {
                OrmdanticException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> (OrmdanticException)
                        failsWithin(TIMEOUT, () -> flavors.update(new Flavor("locked-9", "Changed", 3))));
                assertEquals(ErrorCode.TIMEOUT, e.code(), e.getMessage());
                assertEquals(Outcome.NOT_APPLIED, e.outcome());
                assertTrue(e.retryable());
            } finally {
                holder.rollback();
            }
            assertEquals(Optional.of(locked), flavors.findOne("locked-9"), "the cancelled update applied nothing");
        }
    }

    @BackendTest
    void aQueryTimeoutOutOfRangeIsRefused(TestDatabase database) {
        OrmdanticException e = org.junit.jupiter.api.Assertions.assertThrows(
                OrmdanticException.class,
                () -> Ormdantic.builder(database.url()).queryTimeout(Duration.ofMillis(500)));
        assertEquals(ErrorCode.OPTION_OUT_OF_RANGE, e.code());
        assertTrue(e.getMessage().contains("queryTimeout"), e.getMessage());
    }
}
