package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.ReadConsistency;
import dev.ormdantic.ReplicaStatus;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code maxReplicaLag} against the real replicas of {@code .ci/replicas} (see {@link ReplicaRig}): the PostgreSQL
 * standby replays each commit 400 ms late and the MariaDB replica 1 s late, so while the test writes every 20 ms they
 * lag by about that much. A limit below it keeps every read off the replica, and the replica serves reads again once
 * the writes stop and it catches up; a limit above it leaves the replica serving reads while it lags.
 */
class ReplicaLagTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    @BackendTest
    void aReplicaFurtherBehindThanTheLimitServesNoReadUntilItCatchesUp(TestDatabase database) throws Exception {
        int port = ReplicaRig.replicaPort(database);
        database.db();
        ReplicaRig.awaitOnReplica(database, port, "SELECT count(*) FROM flavor");
        // Below the rig's delay on both: 400 ms on PostgreSQL; MariaDB counts whole seconds, and lags by 1 s.
        Duration limit = Duration.ofMillis(database.backend() == Backend.POSTGRESQL ? 200 : 500);
        ReplicaRig.Recording replica = new ReplicaRig.Recording(database, port);
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(FlavorTable.TABLE)
                .replica(replica)
                .readConsistency(ReadConsistency.EVENTUAL)
                .maxReplicaLag(limit)
                .replicaHealthInterval(INTERVAL)
                .open()) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            AtomicInteger written = new AtomicInteger();
            Writer writer = new Writer(flavors, written);
            try {
                Thread.sleep(1_500); // the replica now lags by its delay
                for (int i = 0; i < 100; i++) {
                    assertEquals(1, flavors.count());
                    Thread.sleep(10);
                }
                assertEquals(List.of(), replica.on("flavor"), "no read ran on a replica behind the limit");
                ReplicaStatus status = db.replicaStatus().get(0);
                assertFalse(status.withinLag(), status.toString());
                assertTrue(status.reachable(), status.toString());
                assertNotNull(status.lag(), status.toString());
                assertTrue(status.lag().compareTo(limit) > 0, status.toString());
                assertEquals(0, status.reads());
            } finally {
                writer.stop();
            }
            ReplicaRig.awaitOnReplica(
                    database, port, "SELECT 1 FROM flavor WHERE id = 'w' AND rating = " + written.get());
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (replica.on("flavor").isEmpty() && System.nanoTime() - deadline < 0) {
                assertEquals(1, flavors.count());
                Thread.sleep(20);
            }
            assertFalse(
                    replica.on("flavor").isEmpty(), "the replica caught up but serves no read: " + db.replicaStatus());
            ReplicaStatus status = db.replicaStatus().get(0);
            assertTrue(status.withinLag(), status.toString());
            assertTrue(status.lag() != null && status.lag().compareTo(limit) <= 0, status.toString());
            assertTrue(status.reads() > 0, status.toString());
        }
    }

    @BackendTest
    void aReplicaWithinTheLimitServesReadsWhileItLags(TestDatabase database) throws Exception {
        int port = ReplicaRig.replicaPort(database);
        database.db();
        ReplicaRig.awaitOnReplica(database, port, "SELECT count(*) FROM flavor");
        ReplicaRig.Recording replica = new ReplicaRig.Recording(database, port);
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(FlavorTable.TABLE)
                .replica(replica)
                .readConsistency(ReadConsistency.EVENTUAL)
                .maxReplicaLag(Duration.ofSeconds(30))
                .replicaHealthInterval(INTERVAL)
                .open()) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            Writer writer = new Writer(flavors, new AtomicInteger());
            try {
                Thread.sleep(1_500);
                for (int i = 0; i < 100; i++) {
                    flavors.count(); // 0 or 1: the replica may not have the writer's row yet
                    Thread.sleep(10);
                }
                // The first read measures the lag and, with no verdict yet, runs on the primary; the rest on the
                // replica.
                int onReplica = replica.on("flavor").size();
                assertTrue(onReplica >= 95, "reads on the replica: " + onReplica + "; " + db.replicaStatus());
                ReplicaStatus status = db.replicaStatus().get(0);
                assertTrue(status.withinLag(), status.toString());
                assertNotNull(status.lag(), status.toString());
                assertEquals(onReplica, status.reads());
            } finally {
                writer.stop();
            }
        }
    }

    @BackendTest
    void withoutALimitTheStatusReportsNoLag(TestDatabase database) throws Exception {
        int port = ReplicaRig.replicaPort(database);
        database.db();
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(FlavorTable.TABLE)
                .replica(database.url(port))
                .open()) {
            db.blockingTable(FlavorTable.TABLE).count();
            ReplicaStatus status = db.replicaStatus().get(0);
            assertNull(status.lag());
            assertTrue(status.withinLag());
            assertTrue(status.reachable());
            assertFalse(status.name().isBlank());
        }
    }

    @Test
    void aLagLimitIsRefusedWhereNoLagCanBeRead() {
        ConfigurationException refused = assertThrows(
                ConfigurationException.class,
                () -> Ormdantic.builder("mysql://root@127.0.0.1:1/none")
                        .replica("mysql://root@127.0.0.1:2/none")
                        .readConsistency(ReadConsistency.EVENTUAL)
                        .maxReplicaLag(Duration.ofSeconds(1))
                        .open());
        assertEquals(ErrorCode.REPLICA_UNSUPPORTED, refused.code());
        assertTrue(
                refused.getMessage().contains("maxReplicaLag needs a replica's replication lag"), refused.getMessage());

        ConfigurationException negative = assertThrows(
                ConfigurationException.class,
                () -> Ormdantic.builder("postgresql://postgres@127.0.0.1:1/none")
                        .maxReplicaLag(Duration.ofMillis(-1)));
        assertEquals(ErrorCode.OPTION_OUT_OF_RANGE, negative.code());
        assertTrue(negative.getMessage().contains("maxReplicaLag"), negative.getMessage());
    }

    @Test
    void withoutReplicasTheStatusIsEmpty() {
        try (Ormdantic db =
                Ormdantic.builder("sqlite::memory:").tables(FlavorTable.TABLE).open()) {
            assertEquals(List.of(), db.replicaStatus());
        }
    }

    /** Updates one row every 20 ms on the primary until stopped, so that the replica keeps lagging by its delay. */
    private static final class Writer {
        private final AtomicBoolean writing = new AtomicBoolean(true);
        private final Thread thread;

        Writer(BlockingTableHandle<Flavor, String> flavors, AtomicInteger written) {
            flavors.insert(new Flavor("w", "Writer", 0));
            thread = Thread.ofVirtual().start(() -> {
                while (writing.get()) {
                    flavors.update(new Flavor("w", "Writer", written.incrementAndGet()));
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            writing.set(false);
            thread.join();
        }
    }
}
