package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.event.BoundParameter;
import dev.ormdantic.event.StatementResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Raw SQL and its statement events with the SQL Server and Oracle dialects, run through Ormdantic itself on an H2
 * database in {@code MODE=MSSQLServer} and {@code MODE=Oracle}: query, queryOne, execute and batch, outside and inside a
 * transaction (with a savepoint, which the SQL Server dialect sets as {@code SAVE TRANSACTION} through JDBC), each heard
 * by a listener with its SQL text, its bound values, and those values masked once the text names a secret. H2 is
 * reached through the application-{@code DataSource} form, whose connections report the emulated database's product
 * name: Ormdantic checks that name against the dialect, and H2 reports its own.
 */
class RawSqlH2ModesTest {

    /** The statements heard since the last call of {@link #next}. */
    private static final class Heard {
        private final Recorder events;
        private int seen;

        Heard(Recorder events) {
            this.events = events;
        }

        List<StatementResult> next() {
            List<StatementResult> all = events.results();
            List<StatementResult> fresh = List.copyOf(all.subList(seen, all.size()));
            seen = all.size();
            return fresh;
        }
    }

    @ParameterizedTest
    @MethodSource("dev.ormdantic.it.DisguisedH2#modes")
    void rawSqlRunsAndIsHeardWithItsTextAndMaskedValues(DialectId id, String mode, String product, String version)
            throws SQLException {
        String url = DisguisedH2.newUrl(mode);
        try (Connection setup = DriverManager.getConnection(url);
                Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE flavor (id VARCHAR(40) PRIMARY KEY, name VARCHAR(80) NOT NULL,"
                    + " rating INT NOT NULL)");
        }
        Recorder events = new Recorder();
        Heard heard = new Heard(events);
        try (Ormdantic db = Ormdantic.builder(new DisguisedH2(url, product, version), id)
                .listener(events)
                .open()) {
            // batch: one statement, three rows
            assertArrayEquals(
                    new int[] {1, 1, 1},
                    db.blocking()
                            .sql("INSERT INTO flavor (id, name, rating) VALUES (?, ?, ?)")
                            .batch(List.of(
                                    List.of("vanilla", "Vanilla", 5),
                                    List.of("mint", "Mint", 3),
                                    List.of("cocoa", "Cocoa", 4))));
            List<StatementResult> batch = heard.next();
            assertEquals(1, batch.size(), batch.toString());
            assertEquals(
                    "INSERT INTO flavor (id, name, rating) VALUES (?, ?, ?)",
                    batch.getFirst().statement().sql());
            assertEquals(3, batch.getFirst().rows());
            assertEquals(
                    List.of("vanilla", "Vanilla", 5, "mint", "Mint", 3, "cocoa", "Cocoa", 4),
                    batch.getFirst().statement().parameters().stream()
                            .map(BoundParameter::value)
                            .toList(),
                    "each row of the batch once");
            assertEquals(
                    id.name().toLowerCase(java.util.Locale.ROOT),
                    batch.getFirst().statement().dialect());

            // query and queryOne, values bound
            assertEquals(
                    List.of("cocoa", "vanilla"),
                    db.blocking()
                            .sql("SELECT id FROM flavor WHERE rating >= ? ORDER BY id")
                            .bind(4)
                            .query(row -> java.util.Objects.requireNonNull(row.getString(1))));
            List<StatementResult> query = heard.next();
            assertEquals(1, query.size(), query.toString());
            assertEquals(
                    "SELECT id FROM flavor WHERE rating >= ? ORDER BY id",
                    query.getFirst().statement().sql());
            assertEquals(
                    List.of(new BoundParameter(1, null, 4, false)),
                    query.getFirst().statement().parameters());
            assertEquals(2, query.getFirst().rows());
            assertEquals(
                    Optional.of(3),
                    db.blocking()
                            .sql("SELECT rating FROM flavor WHERE id = ?")
                            .bind("mint")
                            .queryOne(row -> row.getInt(1)));
            heard.next();

            // execute, its values masked because the text names a secret
            assertEquals(
                    1,
                    db.blocking()
                            .sql("UPDATE flavor SET name = ? WHERE id = ? AND name <> 'password'")
                            .bind("Mint Chip", "mint")
                            .execute());
            List<StatementResult> update = heard.next();
            assertEquals(1, update.size(), update.toString());
            assertEquals(1, update.getFirst().rows());
            assertEquals(
                    List.of(
                            new BoundParameter(1, null, BoundParameter.MASK, true),
                            new BoundParameter(2, null, BoundParameter.MASK, true)),
                    update.getFirst().statement().parameters());

            // inside a transaction, with a savepoint whose work fails and is undone
            long kept = db.blocking().transaction(tx -> {
                tx.blockingSql("UPDATE flavor SET rating = rating + 1 WHERE id = ?")
                        .bind("cocoa")
                        .execute();
                assertThrows(
                        OrmdanticException.class,
                        () -> tx.savepoint(
                                sp -> sp.blockingSql("INSERT INTO flavor (id, name, rating) VALUES (?, ?, ?)")
                                        .bind("cocoa", "Duplicate", 1)
                                        .execute()));
                return tx.blockingSql("SELECT COUNT(*) FROM flavor")
                        .queryOne(row -> row.getLong(1))
                        .orElseThrow();
            });
            assertEquals(3, kept);
            assertEquals(
                    List.of("cocoa 5", "mint 3", "vanilla 5"),
                    db.blocking()
                            .sql("SELECT id, rating FROM flavor ORDER BY id")
                            .query(row -> row.getString(1) + " " + row.getInt(2)));
        }
    }
}
