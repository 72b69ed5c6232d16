package dev.ormdantic.benchmarks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The call-cost measure on SQLite: one row per contender and case, with costs, and the refusals. Timing is never asserted. */
class CallCostMainTest {

    @Test
    void measuresEachContenderOnEachReadCase() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<CallCostMain.CallCost> costs;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            costs = CallCostMain.run(
                    CallCostMain.Options.parse(
                            "--contenders", "ormdantic-blocking,jdbc",
                            "--cases", "COUNT_ALL,PK_LOOKUP",
                            "--calls", "50",
                            "--rounds", "3"),
                    out);
        }
        assertEquals(4, costs.size());
        for (CallCostMain.CallCost cost : costs) {
            assertEquals(Backend.SQLITE, cost.backend());
            assertTrue(cost.cpuMicros() > 0 && cost.wallMicros() > 0, cost.toString());
            assertTrue(cost.allocatedBytes() > 0, cost.toString());
        }
        assertEquals(
                List.of("ormdantic-blocking", "ormdantic-blocking", "jdbc", "jdbc"),
                costs.stream().map(CallCostMain.CallCost::contender).toList());
        assertEquals(
                List.of(BenchCase.COUNT_ALL, BenchCase.PK_LOOKUP, BenchCase.COUNT_ALL, BenchCase.PK_LOOKUP),
                costs.stream().map(CallCostMain.CallCost::benchCase).toList());
        String table = printed.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("| count all rows | ormdantic-blocking |"), table);
        assertTrue(table.contains("| batched primary-key lookup | jdbc |"), table);
    }

    @Test
    void refusesWritesAsyncAndBadOptions() {
        IllegalArgumentException write = assertThrows(
                IllegalArgumentException.class, () -> CallCostMain.Options.parse("--cases", "ORM_DELETE_FILTERED"));
        assertEquals(
                "ORM_DELETE_FILTERED changes the rows, so its calls do not repeat the same work; measure a read case",
                write.getMessage());
        IllegalArgumentException async = assertThrows(
                IllegalArgumentException.class, () -> CallCostMain.Options.parse("--contenders", "ormdantic-async"));
        assertEquals(
                "ormdantic-async runs its work on other threads, which this measure does not see; measure"
                        + " ormdantic-blocking",
                async.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CallCostMain.Options.parse("--calls", "0"));
        assertThrows(IllegalArgumentException.class, () -> CallCostMain.Options.parse("--rounds"));
        assertThrows(IllegalArgumentException.class, () -> CallCostMain.Options.parse("--speed", "fast"));
    }
}
