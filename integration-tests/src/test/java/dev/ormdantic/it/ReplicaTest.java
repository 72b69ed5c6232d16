package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Causality;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.ReadConsistency;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Read replicas against the real ones {@code .ci/replicas} starts: a PostgreSQL standby that replays each commit
 * 400 ms late, a MariaDB replica 1 s behind (see {@link ReplicaRig}). Read-your-writes never reads a row older than
 * this database's last write; eventual consistency does (which proves the test can see a stale read); reads run on the
 * replica, writes and transactions on the primary; a replica that fails sends reads to the primary without losing
 * one; two replicas share the reads.
 */
class ReplicaTest {

    private static final int ROUNDS = 1_000;

    @BackendTest
    void readYourWritesReadsNoStaleRowInAThousandWritesThenReads(TestDatabase database) throws Exception {
        int port = ReplicaRig.replicaPort(database);
        database.db();
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(FlavorTable.TABLE)
                .replica(database.url(port))
                .open()) {
            assertEquals(
                    0, staleReads(db.blockingTable(FlavorTable.TABLE), "ryw"), "stale reads with read-your-writes");
        }
    }

    @BackendTest
    void eventualConsistencyReadsStaleRows(TestDatabase database) throws Exception {
        int port = ReplicaRig.replicaPort(database);
        database.db();
        ReplicaRig.awaitOnReplica(database, port, "SELECT count(*) FROM flavor");
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(FlavorTable.TABLE)
                .replica(database.url(port))
                .readConsistency(ReadConsistency.EVENTUAL)
                .open()) {
            int stale = staleReads(db.blockingTable(FlavorTable.TABLE), "eventual");
            assertTrue(stale > 0, "the replica lags, so eventual reads must miss some writes; stale reads: " + stale);
        }
    }

    /** Writes a new rating, reads it back at once, a thousand times; counts the reads that missed the write. */
    private static int staleReads(BlockingTableHandle<Flavor, String> flavors, String id) {
        flavors.insert(new Flavor(id, "Stale check", 0));
        int stale = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            flavors.update(new Flavor(id, "Stale check", round));
            int seen = flavors.findOne(id).map(Flavor::rating).orElse(-1);
            if (seen != round) {
                stale++;
            }
        }
        return stale;
    }

    @BackendTest
    void aCausalityTokenCarriesTheWritesToAReadOfAnotherDatabase(TestDatabase database) throws Exception {
        int port = ReplicaRig.replicaPort(database);
        database.db();
        ReplicaRig.awaitOnReplica(database, port, "SELECT count(*) FROM flavor");
        try (Ormdantic writer = Ormdantic.builder(database.url())
                        .tables(FlavorTable.TABLE)
                        .replica(database.url(port))
                        .open();
                Ormdantic reader = Ormdantic.builder(database.url())
                        .tables(FlavorTable.TABLE)
                        .replica(database.url(port))
                        .open()) {
            assertTrue(writer.causality().isNone(), "no write yet");
            BlockingTableHandle<Flavor, String> written = writer.blockingTable(FlavorTable.TABLE);
            BlockingTableHandle<Flavor, String> read = reader.blockingTable(FlavorTable.TABLE);
            written.insert(new Flavor("causal", "Causal", 0));
            int staleAfter = 0;
            int staleWithout = 0;
            for (int round = 1; round <= 200; round++) {
                written.update(new Flavor("causal", "Causal", round));
                Causality carried = Causality.of(writer.causality().token()); // as text, as between processes
                if (read.after(carried).findOne("causal").map(Flavor::rating).orElse(-1) != round) {
                    staleAfter++;
                }
                if (read.findOne("causal").map(Flavor::rating).orElse(-1) != round) {
                    staleWithout++;
                }
            }
            assertEquals(0, staleAfter, "stale reads after(causality)");
            assertTrue(staleWithout > 0, "the reader wrote nothing, so its plain reads may be stale: " + staleWithout);

            Causality otherKind = Causality.of(database.backend() == Backend.POSTGRESQL ? "gtid:0-0-1" : "lsn:0/1");
            InvalidArgumentException refused =
                    assertThrows(InvalidArgumentException.class, () -> read.after(otherKind));
            assertEquals(ErrorCode.INVALID_ARGUMENT, refused.code());
            assertTrue(refused.getMessage().contains("is not a replication position of"), refused.getMessage());
            InvalidArgumentException malformed = assertThrows(InvalidArgumentException.class, () -> Causality.of("42"));
            assertEquals(ErrorCode.INVALID_ARGUMENT, malformed.code());
        }
    }

    @BackendTest
    void readsRunOnTheReplicaWritesAndTransactionsOnThePrimary(TestDatabase database) throws Exception {
        int port = ReplicaRig.replicaPort(database);
        database.db();
        ReplicaRig.awaitOnReplica(database, port, "SELECT count(*) FROM flavor");
        assertIsReplica(database, port);
        ReplicaRig.Recording replica = new ReplicaRig.Recording(database, port);
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(FlavorTable.TABLE)
                .replica(replica)
                .open()) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            Flavor vanilla = new Flavor("vanilla", "Vanilla", 5);
            flavors.insert(vanilla);
            flavors.update(new Flavor("vanilla", "Vanilla", 4));
            assertEquals(
                    Optional.of(4),
                    db.blocking()
                            .transaction(tx -> tx.blockingTable(FlavorTable.TABLE)
                                    .findOne("vanilla")
                                    .map(Flavor::rating)));
            assertEquals(
                    Optional.of(4),
                    db.blocking()
                            .sql("SELECT rating FROM flavor WHERE id = ?")
                            .bind("vanilla")
                            .queryOne(row -> row.getInt(1)));
            assertEquals(Optional.of(4), flavors.onPrimary().findOne("vanilla").map(Flavor::rating));
            assertEquals(
                    List.of(), replica.on("flavor"), "writes, a transaction, raw SQL and onPrimary() on the replica");

            // Read-your-writes: the read goes to the primary until the replica has replayed the update, then there.
            long deadline = System.nanoTime() + ReplicaRig.CATCH_UP.toNanos();
            while (replica.on("flavor").isEmpty() && System.nanoTime() - deadline < 0) {
                assertEquals(
                        List.of(new Flavor("vanilla", "Vanilla", 4)),
                        flavors.findMany().data());
                Thread.sleep(20);
            }
            assertEquals(1, replica.on("flavor").size(), "the first read the replica served: " + replica.on("flavor"));

            assertEquals(Optional.of(new Flavor("vanilla", "Vanilla", 4)), flavors.findOne("vanilla"));
            assertEquals(1, flavors.count());
            try (Stream<Flavor> all = flavors.stream(Filter.all(), OrderBy.asc(FlavorTable.ID))) {
                assertEquals(List.of(new Flavor("vanilla", "Vanilla", 4)), all.toList());
            }
            List<String> reads = replica.on("flavor");
            assertEquals(4, reads.size(), "findMany, findOne, count and stream each ran on the replica: " + reads);
            assertTrue(reads.stream().allMatch(sql -> sql.strip().startsWith("select")), reads.toString());
        }
    }

    private static void assertIsReplica(TestDatabase database, int port) throws Exception {
        try (Connection replica = ReplicaRig.jdbc(database, port);
                Connection primary = database.jdbc();
                Statement onReplica = replica.createStatement();
                Statement onPrimary = primary.createStatement()) {
            if (database.backend() == Backend.POSTGRESQL) {
                assertEquals("t", single(onReplica, "SELECT pg_is_in_recovery()"), "the standby is in recovery");
                assertEquals("f", single(onPrimary, "SELECT pg_is_in_recovery()"), "the primary is not");
            } else {
                assertNotEquals(
                        single(onPrimary, "SELECT @@server_id"),
                        single(onReplica, "SELECT @@server_id"),
                        "the replica is another server");
                assertEquals("1", single(onReplica, "SELECT @@read_only"), "the replica is read-only");
            }
        }
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            String value = rows.getString(1);
            return database(value);
        }
    }

    /** PostgreSQL prints a boolean as {@code t}/{@code f} or {@code true}/{@code false} depending on the driver. */
    private static String database(String value) {
        return switch (value) {
            case "true" -> "t";
            case "false" -> "f";
            default -> value;
        };
    }

    @BackendTest
    void aReplicaThatFailsSendsReadsToThePrimaryAndNoReadFails(TestDatabase database) throws Exception {
        int port = ReplicaRig.replicaPort(database);
        database.db();
        ReplicaRig.awaitOnReplica(database, port, "SELECT count(*) FROM flavor");
        try (LoopbackProxy proxy =
                        new LoopbackProxy(database.backend().serverUri().getHost(), port);
                Ormdantic db = Ormdantic.builder(database.url())
                        .tables(FlavorTable.TABLE)
                        .replica(database.url(proxy.port()))
                        .replicaHealthInterval(Duration.ofSeconds(1))
                        .connectionTimeout(Duration.ofSeconds(1))
                        .open()) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            for (int i = 0; i < 10; i++) {
                flavors.insert(new Flavor("f" + i, "Flavor " + i, i));
            }
            // Until the replica has the rows, read-your-writes reads them on the primary; then on the replica.
            ReplicaRig.awaitOnReplica(database, port, "SELECT 1 FROM flavor WHERE id = 'f9'");
            assertEquals(10, flavors.count());

            proxy.cut();
            for (int i = 0; i < 200; i++) {
                assertEquals(10, flavors.count(), "read " + i + " after the replica went away");
                assertEquals(Optional.of(new Flavor("f3", "Flavor 3", 3)), flavors.findOne("f3"));
            }
        }
    }

    @BackendTest
    void twoReplicasShareTheReadsEvenly(TestDatabase database) throws Exception {
        int port = ReplicaRig.replicaPort(database);
        database.db();
        ReplicaRig.awaitOnReplica(database, port, "SELECT count(*) FROM flavor");
        ReplicaRig.Recording first = new ReplicaRig.Recording(database, port);
        ReplicaRig.Recording second = new ReplicaRig.Recording(database, port);
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(FlavorTable.TABLE)
                .replica(first)
                .replica(second)
                .open()) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            for (int i = 0; i < 200; i++) {
                assertEquals(0, flavors.count());
            }
            int one = first.on("flavor").size();
            int two = second.on("flavor").size();
            assertEquals(200, one + two, "every read ran on a replica");
            assertTrue(one >= 80 && two >= 80, "the reads split " + one + "/" + two);
        }
    }

    @Test
    void sqliteRefusesReplicas() {
        Ormdantic.Builder builder = Ormdantic.builder("sqlite::memory:");
        ConfigurationException refused =
                assertThrows(ConfigurationException.class, () -> builder.replica("sqlite:replica.sqlite3"));
        assertEquals(ErrorCode.REPLICA_UNSUPPORTED, refused.code());
        assertTrue(
                refused.getMessage()
                        .startsWith("[ORM2015] SQLite has no read replicas: it is an embedded file that only this"
                                + " process reads and writes"),
                refused.getMessage());
    }

    @Test
    void readYourWritesIsRefusedWhereNoPositionCanBeRead() {
        Ormdantic.Builder builder =
                Ormdantic.builder("mysql://root@127.0.0.1:1/app").replica("mysql://root@127.0.0.1:2/app");
        ConfigurationException refused = assertThrows(ConfigurationException.class, builder::open);
        assertEquals(ErrorCode.REPLICA_UNSUPPORTED, refused.code());
        assertTrue(refused.getMessage().contains("readConsistency(ReadConsistency.EVENTUAL)"), refused.getMessage());
    }

    @Test
    void aReplicaOfAnotherDatabaseIsRefused() {
        Ormdantic.Builder builder = Ormdantic.builder("postgresql://postgres@127.0.0.1:1/app");
        ConfigurationException refused =
                assertThrows(ConfigurationException.class, () -> builder.replica("mariadb://root@127.0.0.1:2/app"));
        assertEquals(ErrorCode.REPLICA_UNSUPPORTED, refused.code());
        assertTrue(refused.getMessage().contains("but the primary is"), refused.getMessage());
    }
}
