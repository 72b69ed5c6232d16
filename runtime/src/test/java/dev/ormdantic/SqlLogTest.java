package dev.ormdantic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.fixture.Flavor;
import dev.ormdantic.fixture.FlavorTable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** SQL is logged at debug level after it ran, with its rows and duration and without parameter values. */
class SqlLogTest {

    @Test
    void statementsAreLoggedWithoutValues() {
        Logger logger = Logger.getLogger("dev.ormdantic.sql");
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(capture);
        try (Ormdantic db = Ormdantic.open("sqlite::memory:")) {
            db.init().join();
            db.blockingTable(FlavorTable.TABLE).insert(new Flavor("secret-id", "Secret name", 5));
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(before);
        }
        assertTrue(
                lines.stream()
                        .anyMatch(
                                line -> line.matches("insert flavor: INSERT INTO `flavor` \\(`id`, `name`, `rating`\\)"
                                        + " VALUES \\(\\?, \\?, \\?\\) -- 1 row in \\d+\\.\\d{3} ms")),
                lines.toString());
        assertTrue(
                lines.stream().anyMatch(line -> line.startsWith("init flavor: CREATE TABLE") && line.endsWith(" ms")),
                lines.toString());
        assertFalse(lines.toString().contains("secret-id"), lines.toString());
    }
}
