package dev.ormdantic.it;

import static dev.ormdantic.it.model.FlavorTable.ID;
import static dev.ormdantic.it.model.FlavorTable.RATING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.TransactionOptions;
import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;

/**
 * A transaction whose {@code COMMIT} reached the server and whose answer was lost: the server committed, the client
 * cannot know it, so the runtime reports {@code ORM2405} (outcome unknown, not retryable) and never runs the callback
 * again, even under {@code retry(n)}; a second run would apply the transaction twice. The loopback proxy is armed
 * from inside the callback, after its last statement, so the next request on that connection is the {@code COMMIT},
 * and the connection is reset as soon as the server has answered it.
 */
@Tag("reliability")
class LostCommitTest {

    @BackendTest
    void aCommitWhoseAnswerIsLostIsUnknownAndNeverRetried(TestDatabase database) throws Exception {
        try (FaultyLink link = FaultyLink.open(database)) {
            BlockingTableHandle<Flavor, String> flavors = link.db.blockingTable(FlavorTable.TABLE);
            flavors.insert(new Flavor("counter", "Counter", 0));
            AtomicInteger runs = new AtomicInteger();

            OrmdanticException thrown = assertThrows(
                    OrmdanticException.class,
                    () -> link.db
                            .blocking()
                            .inTransaction(TransactionOptions.defaults().retry(5), tx -> {
                                runs.incrementAndGet();
                                BlockingTableHandle<Flavor, String> inside = tx.blockingTable(FlavorTable.TABLE);
                                inside.insert(new Flavor("lost-commit-7", "Lost commit", 1));
                                assertEquals(
                                        1, inside.updateWhere(ID.eq("counter"), List.of(RATING.set(RATING.plus(1)))));
                                link.proxy.resetAfterReplyToCommit();
                            }));

            ConnectionException e = assertInstanceOf(ConnectionException.class, thrown, thrown.getMessage());
            assertEquals(ErrorCode.COMMIT_OUTCOME_UNKNOWN, e.code(), e.getMessage());
            assertEquals(Outcome.UNKNOWN, e.outcome());
            assertFalse(e.retryable());
            assertTrue(e.getMessage().startsWith("[ORM2405] "), e.getMessage());
            assertEquals(1, runs.get(), "the callback ran once: a commit of unknown outcome is never retried");

            // The server did answer the COMMIT, so the whole transaction is there, exactly once.
            assertEquals(1, count(database, "SELECT COUNT(*) FROM flavor WHERE id = 'lost-commit-7'"));
            assertEquals(1, count(database, "SELECT rating FROM flavor WHERE id = 'counter'"));
            assertEquals(2, flavors.count(), "the pool serves again after the reset");
        }
    }

    private static int count(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }
}
