package dev.ormdantic.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Measures one model count: the median time of compiling the models without the processor ({@code plain}), with it
 * ({@code processor}), and of compiling the models together with the classes the processor wrote, without running it
 * ({@code generatedOnly}: what javac spends on generated code). The difference {@code processor - generatedOnly} is
 * the processor's own time.
 *
 * @param models how many models were compiled
 * @param plainMillis the median without the processor
 * @param processorMillis the median with the processor
 * @param generatedOnlyMillis the median of compiling models and generated classes without the processor
 */
public record CompileCost(int models, double plainMillis, double processorMillis, double generatedOnlyMillis) {

    /**
     * Measures a model count.
     *
     * @param models how many models
     * @param runs timed runs of each kind; the median is kept
     * @param javac the compiler runner
     * @param scratch a directory to write sources and classes into
     * @return the medians
     */
    static CompileCost measure(int models, int runs, Javac javac, Path scratch) {
        Path root = scratch.resolve("n" + models);
        List<Path> sources = ModelSources.write(root.resolve("src"), models);
        int[] run = {0};
        double plain = median(runs, () -> javac.compile(sources, false, fresh(root, "plain", run[0]++)));
        Path generatedBy = fresh(root, "processor", run[0]++);
        javac.compile(sources, true, generatedBy);
        double processor = median(runs, () -> javac.compile(sources, true, fresh(root, "processor", run[0]++)));
        List<Path> withGenerated = new ArrayList<>(sources);
        withGenerated.addAll(Javac.generatedSources(generatedBy));
        double generatedOnly =
                median(runs, () -> javac.compile(withGenerated, false, fresh(root, "generated", run[0]++)));
        return new CompileCost(models, plain, processor, generatedOnly);
    }

    /**
     * What the processor adds per table: {@code (processor - plain) / models}.
     *
     * @return milliseconds per table
     */
    public double perTableMillis() {
        return (processorMillis - plainMillis) / models;
    }

    /**
     * The processor's own time: {@code processor - generatedOnly}.
     *
     * @return milliseconds
     */
    public double processorOwnMillis() {
        return processorMillis - generatedOnlyMillis;
    }

    /**
     * One row of the report's Markdown table.
     *
     * @return the row
     */
    public String markdownRow() {
        return String.format(
                Locale.ROOT,
                "| %d | %.0f | %.0f | %.1f | %.0f | %.0f |",
                models,
                plainMillis,
                processorMillis,
                perTableMillis(),
                generatedOnlyMillis - plainMillis,
                processorOwnMillis());
    }

    /** The header of {@link #markdownRow()}'s table. */
    static final String MARKDOWN_HEADER = """
            | models | javac alone (ms) | javac + processor (ms) | added per table (ms) | of which compiling generated code (ms) | of which the processor itself (ms) |
            |---|---|---|---|---|---|""";

    private static double median(int runs, LongSupplier nanos) {
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            samples[i] = nanos.getAsLong();
        }
        Arrays.sort(samples);
        double middle = runs % 2 == 1 ? samples[runs / 2] : (samples[runs / 2 - 1] + samples[runs / 2]) / 2.0;
        return middle / 1_000_000.0;
    }

    private static Path fresh(Path root, String kind, int run) {
        try {
            return Files.createDirectories(root.resolve(kind + "-" + run));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
