package dev.ormdantic.benchmarks.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One timed javac run, in one of two ways. <b>In-process</b> ({@link javax.tools}, the default) is how Maven
 * (plexus-compiler-javac) and Gradle's compiler daemon run javac, with javac's own code already compiled by the JIT:
 * the numbers of a warm, repeated build. <b>Forked</b> ({@code $JAVA_HOME/bin/javac} in a new process) is a cold build
 * from the command line, where javac and the processor both run interpreted at first: what one {@code mvn compile}
 * costs, and how the issue measured it. Both are reported, because the processor's share differs between them: it is
 * loaded fresh for every compilation in either case, so its code never gets the warm JIT that javac's gets.
 *
 * <p>In-process runs are timed as the CPU time of the calling thread, on which javac parses, processes and generates:
 * on a shared machine that is steady where the wall clock is not (the JIT and GC threads are left out). Forked runs
 * are timed by the wall clock, JVM start included.
 */
final class Javac {

    /** The processor to run; named, so that no other processor on the path runs. */
    static final String PROCESSOR = "dev.ormdantic.processor.OrmdanticProcessor";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String classPath;
    private final String processorPath;
    private final boolean fork;

    /**
     * Creates the runner.
     *
     * @param classPath the models' compile class path (the runtime and its annotations)
     * @param processorPath where the processor and its dependencies are
     * @param fork whether each compilation runs in a new {@code javac} process instead of this JVM
     */
    Javac(String classPath, String processorPath, boolean fork) {
        this.classPath = classPath;
        this.processorPath = processorPath;
        this.fork = fork;
    }

    /**
     * Compiles sources into a fresh directory.
     *
     * @param sources the files
     * @param withProcessor whether the Ormdantic processor runs
     * @param work a directory for the output ({@code classes}, {@code generated})
     * @return the time in nanoseconds: the calling thread's CPU time in-process, the wall clock when forked
     * @throws IllegalStateException when javac reports an error
     */
    long compile(List<Path> sources, boolean withProcessor, Path work) {
        Path classes = work.resolve("classes");
        Path generated = work.resolve("generated");
        try {
            Files.createDirectories(classes);
            Files.createDirectories(generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> options = new ArrayList<>(List.of(
                "--release",
                "21",
                "-d",
                classes.toString(),
                "-s",
                generated.toString(),
                "-cp",
                classPath,
                "-implicit:none",
                "-encoding",
                "UTF-8"));
        if (withProcessor) {
            options.addAll(List.of("-proc:full", "-processor", PROCESSOR, "-processorpath", processorPath));
        } else {
            options.add("-proc:none");
        }
        return fork ? forked(sources, options, work) : inProcess(sources, options);
    }

    private static long inProcess(List<Path> sources, List<String> options) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        long start = THREADS.getCurrentThreadCpuTime();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            Boolean ok =
                    javac.getTask(messages, files, null, options, null, units).call();
            long elapsed = THREADS.getCurrentThreadCpuTime() - start;
            if (!Boolean.TRUE.equals(ok)) {
                throw new IllegalStateException("javac failed:\n" + messages);
            }
            return elapsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long forked(List<Path> sources, List<String> options, Path work) {
        Path arguments = work.resolve("javac.args");
        List<String> lines = new ArrayList<>(options);
        sources.forEach(source -> lines.add(source.toString()));
        try {
            Files.write(arguments, lines);
            Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(javac.toString(), "@" + arguments)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            long elapsed = System.nanoTime() - start;
            if (status != 0) {
                throw new IllegalStateException("javac failed (" + status + "):\n" + output);
            }
            return elapsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while javac ran", e);
        }
    }

    /**
     * The sources the processor wrote in an earlier run into {@code work/generated}.
     *
     * @param work the earlier run's directory
     * @return the generated sources, sorted
     */
    static List<Path> generatedSources(Path work) {
        try (Stream<Path> files = Files.walk(work.resolve("generated"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
