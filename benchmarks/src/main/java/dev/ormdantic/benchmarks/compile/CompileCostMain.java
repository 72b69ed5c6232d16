package dev.ormdantic.benchmarks.compile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints what the processor costs a build, as a Markdown table:
 *
 * <pre>
 * ./build -q -Pcompile-cost -pl benchmarks -am package -DskipTests
 * ./build -q -Pcompile-cost -pl benchmarks -am package -DskipTests -Dcompile-cost.args="--models 20,200 --runs 5"
 * </pre>
 *
 * <p>Options: {@code --models 20,200,500} (the model counts), {@code --runs 3} (timed runs of each kind; the median is
 * kept), {@code --class-path} and {@code --processor-path} (default: this JVM's class path, which holds the runtime,
 * the processor and its dependencies; set them to measure another build's jars), {@code --fork true} (each
 * compilation in a new {@code javac} process: a cold command-line build; default {@code false}, in this JVM: a warm
 * one).
 */
public final class CompileCostMain {

    private CompileCostMain() {}

    /**
     * Runs the measurement.
     *
     * @param args the options
     * @throws IOException when the scratch directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        List<Integer> counts = List.of(20, 200, 500);
        int runs = 3;
        String classPath = System.getProperty("java.class.path");
        String processorPath = classPath;
        boolean fork = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--models" ->
                    counts = Arrays.stream(value.split(","))
                            .map(String::strip)
                            .map(Integer::valueOf)
                            .toList();
                case "--runs" -> runs = Integer.parseInt(value);
                case "--class-path" -> classPath = value;
                case "--processor-path" -> processorPath = value;
                case "--fork" -> fork = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        run(counts, runs, new Javac(classPath, processorPath, fork), System.out);
    }

    /**
     * Warms javac up, then measures each model count and prints the table.
     *
     * @param counts the model counts
     * @param runs timed runs of each kind
     * @param javac the compiler runner
     * @param out where the table goes
     * @return the measurements, in count order
     * @throws IOException when the scratch directory cannot be written
     */
    static List<CompileCost> run(List<Integer> counts, int runs, Javac javac, PrintStream out) throws IOException {
        Path scratch = Files.createTempDirectory("ormdantic-compile-cost");
        try {
            CompileCost.measure(counts.get(0), 1, javac, scratch.resolve("warmup"));
            out.println(CompileCost.MARKDOWN_HEADER);
            List<CompileCost> results = new ArrayList<>();
            for (int count : counts) {
                CompileCost cost = CompileCost.measure(count, runs, javac, scratch);
                out.println(cost.markdownRow());
                results.add(cost);
            }
            return results;
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
