package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.DuplicateKeyException;
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
import java.util.Optional;
import org.junit.jupiter.api.Tag;

/**
 * A connection that breaks after the database got a statement and before its answer came back: a single auto-commit
 * write was applied, so it must be reported as an unknown outcome ({@code ORM2405}) that is not safe to retry, never
 * as "connection failed"; a read and a write inside a transaction applied nothing and are safe to retry
 * ({@code ORM2402}). The loopback proxy resets the connection as soon as the server has answered the marked
 * statement.
 */
@Tag("reliability")
class LostAnswerTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);

    @BackendTest
    void anAutoCommitInsertWhoseAnswerIsLostHasAnUnknownOutcome(TestDatabase database) throws Exception {
        try (FaultyLink link = FaultyLink.open(database)) {
            BlockingTableHandle<Flavor, String> flavors = link.db.blockingTable(FlavorTable.TABLE);
            flavors.insert(VANILLA);
            link.proxy.resetAfterReplyTo("lost-insert-7");

            ConnectionException e = assertInstanceOf(
                    ConnectionException.class,
                    assertThrows(
                            OrmdanticException.class, () -> flavors.insert(new Flavor("lost-insert-7", "Lost", 1))));
            assertEquals(ErrorCode.COMMIT_OUTCOME_UNKNOWN, e.code(), e.getMessage());
            assertEquals(Outcome.UNKNOWN, e.outcome());
            assertFalse(e.retryable());
            assertTrue(
                    e.getMessage()
                            .startsWith("[ORM2405] insert into table 'flavor' failed: the connection broke after the"
                                    + " statement was sent, so whether it was applied is unknown"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("check the data before writing again"), e.getMessage());

            // Why it must not say "connection failed": the server did apply it, and a blind retry now fails.
            assertEquals(1, countRows(database, "lost-insert-7"));
            DuplicateKeyException retry = assertThrows(
                    DuplicateKeyException.class, () -> flavors.insert(new Flavor("lost-insert-7", "Lost", 1)));
            assertFalse(retry.retryable());
        }
    }

    @BackendTest
    void anAutoCommitUpdateAndDeleteWhoseAnswerIsLostHaveAnUnknownOutcome(TestDatabase database) throws Exception {
        try (FaultyLink link = FaultyLink.open(database)) {
            BlockingTableHandle<Flavor, String> flavors = link.db.blockingTable(FlavorTable.TABLE);
            flavors.insert(new Flavor("lost-update-7", "Before", 1));
            link.proxy.resetAfterReplyTo("After-7");
            OrmdanticException update = assertThrows(
                    OrmdanticException.class, () -> flavors.update(new Flavor("lost-update-7", "After-7", 2)));
            assertEquals(ErrorCode.COMMIT_OUTCOME_UNKNOWN, update.code(), update.getMessage());
            assertEquals(Outcome.UNKNOWN, update.outcome());
            assertEquals(Optional.of(new Flavor("lost-update-7", "After-7", 2)), flavors.findOne("lost-update-7"));

            link.proxy.resetAfterReplyTo("lost-update-7");
            OrmdanticException delete = assertThrows(OrmdanticException.class, () -> flavors.delete("lost-update-7"));
            assertEquals(ErrorCode.COMMIT_OUTCOME_UNKNOWN, delete.code(), delete.getMessage());
            assertFalse(delete.retryable());
            assertEquals(0, countRows(database, "lost-update-7"));
        }
    }

    @BackendTest
    void aReadWhoseAnswerIsLostAppliedNothingAndIsSafeToRetry(TestDatabase database) throws Exception {
        try (FaultyLink link = FaultyLink.open(database)) {
            BlockingTableHandle<Flavor, String> flavors = link.db.blockingTable(FlavorTable.TABLE);
            Flavor marked = new Flavor("lost-read-7", "Read", 3);
            flavors.insert(marked);
            link.proxy.resetAfterReplyTo("lost-read-7");

            OrmdanticException e = assertThrows(OrmdanticException.class, () -> flavors.findOne("lost-read-7"));
            assertEquals(ErrorCode.CONNECTION_FAILED, e.code(), e.getMessage());
            assertEquals(Outcome.NOT_APPLIED, e.outcome());
            assertTrue(e.retryable());
            assertTrue(
                    e.getMessage()
                            .startsWith("[ORM2402] findOne on table 'flavor' failed: the connection broke; a read"
                                    + " changes nothing, so running it again is safe"),
                    e.getMessage());
            assertEquals(Optional.of(marked), flavors.findOne("lost-read-7"), "the retry succeeds");
        }
    }

    @BackendTest
    void aBatchWhoseConnectionBreaksBeforeCommitAppliedNothing(TestDatabase database) throws Exception {
        try (FaultyLink link = FaultyLink.open(database)) {
            BlockingTableHandle<Flavor, String> flavors = link.db.blockingTable(FlavorTable.TABLE);
            flavors.insert(VANILLA);
            link.proxy.resetAfterReplyTo("batch-7-b");

            List<Flavor> batch = List.of(new Flavor("batch-7-a", "Aa", 1), new Flavor("batch-7-b", "Bb", 2));
            OrmdanticException e = assertThrows(OrmdanticException.class, () -> flavors.insertMany(batch));
            assertEquals(ErrorCode.CONNECTION_FAILED, e.code(), e.getMessage());
            assertEquals(Outcome.NOT_APPLIED, e.outcome());
            assertTrue(e.retryable());
            assertTrue(e.getMessage().contains("the connection broke during the transaction"), e.getMessage());
            assertEquals(0, countRows(database, "batch-7-a") + countRows(database, "batch-7-b"));

            assertEquals(batch, flavors.insertMany(batch), "the retry applies the batch once");
            assertEquals(3, flavors.count());
        }
    }

    private static int countRows(TestDatabase database, String id) throws SQLException {
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM flavor WHERE id = '" + id + "'")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }
}
