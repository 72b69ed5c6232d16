package dev.ormdantic.benchmarks.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-cost measurement works on a few models: the processor runs in-process from the test class path, writes
 * one table class per model, and the report has one row per count. Timing is never asserted.
 */
class CompileCostTest {

    private final Javac javac =
            new Javac(System.getProperty("java.class.path"), System.getProperty("java.class.path"), false);

    @Test
    void theProcessorWritesATableForEveryModel(@TempDir Path dir) {
        List<Path> sources = ModelSources.write(dir.resolve("src"), 3);
        javac.compile(sources, true, dir.resolve("with"));
        List<String> generated = Javac.generatedSources(dir.resolve("with")).stream()
                .map(p -> p.getFileName().toString())
                .toList();
        assertEquals(List.of("Model0Table.java", "Model1Table.java", "Model2Table.java"), generated);
        assertTrue(Files.exists(dir.resolve("with/classes/bench/models/Model2Table.class")));

        javac.compile(sources, false, dir.resolve("without"));
        assertEquals(List.of(), Javac.generatedSources(dir.resolve("without")));
        assertTrue(Files.exists(dir.resolve("without/classes/bench/models/Model2.class")));
    }

    @Test
    void theReportHasARowPerCount() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        List<CompileCost> costs;
        try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
            costs = CompileCostMain.run(List.of(2, 4), 1, javac, out);
        }
        assertEquals(List.of(2, 4), costs.stream().map(CompileCost::models).toList());
        List<String> lines = text.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(2).startsWith("| 2 | "), lines.get(2));
        assertTrue(lines.get(3).startsWith("| 4 | "), lines.get(3));
        for (CompileCost cost : costs) {
            assertTrue(cost.plainMillis() > 0 && cost.processorMillis() > 0 && cost.generatedOnlyMillis() > 0);
        }
    }
}
