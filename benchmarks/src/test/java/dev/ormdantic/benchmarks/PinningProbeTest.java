package dev.ormdantic.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transactions run from many virtual threads on SQLite commit once each, run their callbacks on the database's
 * platform workers (so the driver's native calls never hold a carrier), and JDK Flight Recorder sees no virtual
 * thread pinned while they run.
 */
class PinningProbeTest {

    @Test
    void sqliteTransactionsFromVirtualThreadsNeverPinACarrier(@TempDir Path dir) throws Exception {
        String file = dir.resolve("pinning.sqlite3").toString();
        Target target = new Target(Backend.SQLITE, Backend.SQLITE.jdbcUrl(file), Backend.SQLITE.ormUrl(file), 4);

        PinningProbe.Result result = PinningProbe.run(target, 16, 6);

        assertEquals(96, result.transactions());
        assertEquals(96L, result.scoreSumGrowth(), "every transaction committed once");
        assertEquals(0, result.virtualCallbacks(), "no SQLite callback ran on a virtual thread");
        assertEquals(96, result.platformCallbacks());
        assertEquals(0L, result.pinnedEvents(), () -> "pinned: " + result.pinnedStacks());
        assertEquals(Map.of(), result.pinnedStacks());
    }
}
