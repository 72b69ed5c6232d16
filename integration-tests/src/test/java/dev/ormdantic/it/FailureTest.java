package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ForeignKeyViolationException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.it.model.Scoop;
import dev.ormdantic.it.model.ScoopTable;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;

/**
 * A duplicate key, a broken foreign key and a lost connection each surface as their own exception type on every live
 * backend, naming the table and the operation, with nothing half-written.
 */
@Tag("reliability")
class FailureTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);

    @BackendTest
    void duplicateKeyNamesTableAndOperation(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.insert(VANILLA);
        DuplicateKeyException e =
                assertThrows(DuplicateKeyException.class, () -> flavors.insert(new Flavor("vanilla", "Copy", 1)));
        assertEquals(ErrorCode.DUPLICATE_KEY, e.code());
        assertEquals("flavor", e.table());
        assertEquals("insert", e.operation());
        assertEquals(db.dialect(), e.dialect());
        assertEquals(List.of(VANILLA), flavors.findMany().data());
    }

    @BackendTest
    void brokenForeignKeyIsItsOwnErrorAndWritesNothing(TestDatabase database) throws SQLException {
        Ormdantic db = database.db();
        addForeignKey(database);
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        BlockingTableHandle<Scoop, String> scoops = db.blockingTable(ScoopTable.TABLE);
        flavors.insert(VANILLA);
        scoops.insert(new Scoop("s1", "vanilla"));

        ForeignKeyViolationException missingParent =
                assertThrows(ForeignKeyViolationException.class, () -> scoops.insert(new Scoop("s2", "nope")));
        assertEquals(ErrorCode.FOREIGN_KEY_VIOLATION, missingParent.code());
        assertEquals("scoop", missingParent.table());
        assertEquals("insert", missingParent.operation());

        assertThrows(
                ForeignKeyViolationException.class,
                () -> scoops.insertMany(List.of(new Scoop("s3", "vanilla"), new Scoop("s4", "nope"))));
        assertEquals(1, scoops.count(), "neither row of the failed batch is kept");

        ForeignKeyViolationException referenced =
                assertThrows(ForeignKeyViolationException.class, () -> flavors.delete("vanilla"));
        assertEquals("flavor", referenced.table());
        assertEquals("delete", referenced.operation());
        assertEquals(Optional.of(VANILLA), flavors.findOne("vanilla"));
    }

    /** The API declares no foreign keys yet (they come with relationships), so the test adds one by hand. */
    private static void addForeignKey(TestDatabase database) throws SQLException {
        boolean mysql = database.backend() == Backend.MARIADB || database.backend() == Backend.MYSQL;
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE scoop");
            statement.execute("CREATE TABLE scoop (id VARCHAR(255) NOT NULL PRIMARY KEY,"
                    + " flavor_id VARCHAR(255) NOT NULL, CONSTRAINT scoop_flavor_fk FOREIGN KEY (flavor_id)"
                    + " REFERENCES flavor (id))"
                    // the referenced key's collation: a foreign key between columns of two collations is refused
                    + (mysql
                            ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */"
                                    + " /*M!100202 COLLATE=utf8mb4_nopad_bin */"
                            : ""));
        }
    }

    @BackendTest
    void lostConnectionIsAConnectionErrorAndWritesNothing(TestDatabase database) throws Exception {
        Assumptions.assumeTrue(
                database.backend() != Backend.SQLITE, "SQLite is embedded: there is no connection to lose");
        database.db(); // creates the tables directly
        URI server = database.backend().serverUri();
        try (LoopbackProxy proxy = new LoopbackProxy(server.getHost(), server.getPort());
                Ormdantic viaProxy = Ormdantic.builder(database.url(proxy.port()))
                        .connectionTimeout(Duration.ofMillis(500))
                        .open()) {
            BlockingTableHandle<Flavor, String> flavors = viaProxy.blockingTable(FlavorTable.TABLE);
            flavors.insert(VANILLA);
            proxy.cut();
            // Idle for longer than HikariCP's half-second bypass window, the borrowed connection is checked first,
            // found
            // dead and replaced by none: the insert never leaves, which is what ORM2402 promises. (A statement sent on
            // a connection that then breaks is ORM2405: see LostAnswerTest.)
            Thread.sleep(600);

            OrmdanticException e =
                    assertThrows(OrmdanticException.class, () -> flavors.insert(new Flavor("mint", "Mint", 2)));
            ConnectionException lost = assertInstanceOf(ConnectionException.class, e, e.getMessage());
            assertEquals(ErrorCode.CONNECTION_FAILED, lost.code());
            assertEquals("flavor", lost.table());
            assertTrue(lost.getMessage().startsWith("[ORM2402] insert into table 'flavor' failed"), lost.getMessage());
            assertEquals(Outcome.NOT_APPLIED, lost.outcome());
            assertTrue(lost.retryable());
        }
        assertEquals(
                List.of(VANILLA),
                database.db().blockingTable(FlavorTable.TABLE).findMany().data());
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM flavor WHERE id = 'mint'")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1));
        }
    }
}
