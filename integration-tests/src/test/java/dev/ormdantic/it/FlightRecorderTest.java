package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The JDK Flight Recorder events {@code dev.ormdantic.Statement} and {@code dev.ormdantic.Transaction}, recorded with
 * no listener registered, dumped to a file and read back: SQL, rows, outcome and a duration.
 */
class FlightRecorderTest {

    @BackendTest
    void statementsAndTransactionStepsAreRecorded(TestDatabase test) throws IOException {
        Path file = Files.createTempFile("ormdantic", ".jfr");
        try (Recording recording = new Recording();
                Ormdantic db =
                        Ormdantic.builder(test.url()).tables(FlavorTable.TABLE).open()) {
            db.init().join();
            recording.enable("dev.ormdantic.Statement").withoutThreshold();
            recording.enable("dev.ormdantic.Transaction").withoutThreshold();
            recording.start();
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            flavors.insertMany(List.of(new Flavor("vanilla", "Vanilla", 5), new Flavor("mint", "Mint", 3)));
            assertThrows(OrmdanticException.class, () -> flavors.insert(new Flavor("mint", "Mint", 3)));
            db.blocking()
                    .inTransaction(tx -> tx.blockingTable(FlavorTable.TABLE).count());
            recording.stop();
            recording.dump(file);

            List<RecordedEvent> events = RecordingFile.readAllEvents(file);
            List<RecordedEvent> statements = events.stream()
                    .filter(e -> e.getEventType().getName().equals("dev.ormdantic.Statement"))
                    .toList();
            RecordedEvent insert = statements.stream()
                    .filter(e -> "insertMany".equals(e.getString("operation")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(events.toString()));
            assertTrue(insert.getString("sql").startsWith("INSERT INTO "), insert.getString("sql"));
            assertFalse(insert.getString("sql").contains("vanilla"), insert.getString("sql"));
            assertEquals("flavor", insert.getString("table"));
            assertEquals(test.backend().label(), insert.getString("dialect"));
            assertEquals(2, insert.getLong("rows"));
            assertEquals("success", insert.getString("outcome"));
            assertTrue(insert.getDuration().toNanos() > 0, insert.toString());

            RecordedEvent duplicate = statements.stream()
                    .filter(e -> "insert".equals(e.getString("operation")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(statements.toString()));
            assertEquals("error", duplicate.getString("outcome"));
            if (test.backend() != Backend.SQLITE) { // sqlite-jdbc gives no SQLState
                assertNotNull(duplicate.getString("sqlState"), duplicate.toString());
            }

            RecordedEvent count = statements.stream()
                    .filter(e -> "count".equals(e.getString("operation")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(statements.toString()));
            assertEquals(1, count.getLong("rows"));

            List<String> steps = events.stream()
                    .filter(e -> e.getEventType().getName().equals("dev.ormdantic.Transaction"))
                    .map(e -> e.getString("step") + " " + e.getString("outcome") + " " + e.getInt("attempt"))
                    .toList();
            assertEquals(List.of("BEGIN success 1", "COMMIT success 1"), steps);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
