package dev.ormdantic.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.benchmarks.model.Item;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The expected values the validator uses agree with the rows themselves, counted the slow way. */
class WorkloadTest {

    @ParameterizedTest
    @ValueSource(ints = {1_000, 1_004, 10_000, 20_000, 20_777})
    void expectedValuesMatchTheRows(int rows) {
        Workload w = new Workload(new Profile("t", rows, rows, 1_000, 1, 0, 5_000));
        List<Item> items = IntStream.range(0, rows).mapToObj(Workload::item).toList();
        assertEquals(
                items.stream()
                        .filter(i -> i.category().equals(Workload.CATEGORY))
                        .count(),
                w.categoryRows());
        assertEquals(
                items.stream()
                        .filter(i -> i.category().equals(Workload.CATEGORY))
                        .mapToLong(Item::score)
                        .sum(),
                w.categoryScoreSum());
        assertEquals(items.stream().filter(i -> i.score() >= Workload.MIN_SCORE).count(), w.rangeRows());
        assertEquals(items.stream().mapToLong(Item::score).sum(), w.scoreSum());
        assertEquals(2 * w.lookupIds().size(), w.upsertRows().size());
        assertEquals(rows, w.writeBatches().stream().mapToInt(List::size).sum());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1_234})
    void rowFormulaIsTheSeeds(int i) {
        Item item = Workload.item(i);
        assertEquals(String.format("item-%08d", i), item.id());
        assertEquals("cat-" + i % 10, item.category());
        assertEquals(i % 1000, item.score());
        assertEquals("payload-" + i % 97 + "-" + i % 13, item.payload());
        assertEquals(i % 1000 + 1, Workload.transactedScore(item.id()));
    }
}
