package dev.ormdantic.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * A javac run that writes to real directories, for what compile-testing hides once a compilation fails: which files
 * the processor wrote anyway.
 *
 * @param diagnostics everything javac and the processor reported
 * @param written every file written under the source and class output directories, relative to them, sorted
 */
record JavacRun(List<Diagnostic<? extends JavaFileObject>> diagnostics, List<String> written) {

    static JavacRun compile(Path directory, Processor processor, JavaFileObject... sources) {
        try {
            Path generated = Files.createDirectories(directory.resolve("generated"));
            Path classes = Files.createDirectories(directory.resolve("classes"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            JavaCompiler.CompilationTask task = javac.getTask(
                    null,
                    null,
                    diagnostics,
                    List.of("-s", generated.toString(), "-d", classes.toString()),
                    null,
                    List.of(sources));
            task.setProcessors(List.of(processor));
            task.call();
            return new JavacRun(diagnostics.getDiagnostics(), files(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long errorCount() {
        return diagnostics.stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .count();
    }

    private static List<String> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
