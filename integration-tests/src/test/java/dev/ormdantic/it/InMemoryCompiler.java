package dev.ormdantic.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources held in memory with the real annotation processor (from the test class path), as the docs'
 * samples and the scaffolded records are compiled: {@code javax.tools}, {@code -proc:full}, classes and generated
 * sources into one directory.
 */
public final class InMemoryCompiler {

    private InMemoryCompiler() {}

    /**
     * A source file held in memory.
     *
     * @param pkg its package
     * @param name its top-level type's simple name
     * @param text its text
     * @return the file object
     */
    public static JavaFileObject source(String pkg, String name, String text) {
        URI uri = URI.create("string:///" + pkg.replace('.', '/') + "/" + name + ".java");
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /**
     * Compiles the sources with the annotation processor.
     *
     * @param out the directory for classes and generated sources
     * @param sources the sources
     * @return the errors, each as {@code file:line: message} (the message alone when it names no file); empty when
     *     the sources compiled
     * @throws IOException when the directory cannot be made
     */
    public static List<String> compile(Path out, List<JavaFileObject> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(out);
        String classPath = System.getProperty("java.class.path");
        List<String> options = List.of(
                "-proc:full",
                "-processorpath",
                classPath,
                "-d",
                out.toString(),
                "-s",
                out.toString(),
                "-classpath",
                classPath);
        compiler.getTask(null, null, diagnostics, options, null, sources).call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource() == null
                        ? d.getMessage(Locale.ROOT)
                        : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .toList();
    }
}
