package dev.ormdantic.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.ormdantic.processor.generate.TableIndexWriter;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named module's tables reach the runtime only through its {@code provides} directive, so the processor prints the
 * line to declare when it is missing ({@code ORM1102}). The sources compile as module {@code com.example}, which
 * requires the runtime from the module path. compile-testing's in-memory file manager cannot compile a module, so
 * these compilations write real files.
 */
class ModuleProvidesTest {

    private static final String FLAVOR = """
            package com.example;

            import dev.ormdantic.annotation.Table;

            @Table(pk = "id")
            public record Flavor(String id, int rating) {}
            """;

    private static final String TOPPING = """
            package com.example.menu;

            import dev.ormdantic.annotation.Table;

            @Table(pk = "id")
            public record Topping(String id) {}
            """;

    @TempDir
    Path directory;

    @Test
    void aModuleWithoutProvidesGetsTheWholeLine() throws IOException {
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compileModule("");

        assertThat(warnings(diagnostics))
                .containsExactly("module-info.java:1: [ORM1102] module com.example does not provide"
                        + " com.example.FlavorTable, com.example.menu.ToppingTable, so Ormdantic cannot find those"
                        + " tables when the application runs on the module path (a named module's META-INF/services"
                        + " index is ignored there). Declare in module-info.java: provides"
                        + " dev.ormdantic.support.GeneratedTable with com.example.FlavorTable,"
                        + " com.example.menu.ToppingTable;");
        // the index is still written, for runs on the class path
        assertThat(Files.readString(directory.resolve("classes").resolve(TableIndexWriter.PATH)))
                .isEqualTo("com.example.FlavorTable\ncom.example.menu.ToppingTable\n");
    }

    @Test
    void aProvidesThatMissesATableGetsTheCompletedLine() throws IOException {
        List<Diagnostic<? extends JavaFileObject>> diagnostics =
                compileModule("provides dev.ormdantic.support.GeneratedTable with com.example.FlavorTable;");

        assertThat(warnings(diagnostics))
                .containsExactly("module-info.java:1: [ORM1102] module com.example does not provide"
                        + " com.example.menu.ToppingTable, so Ormdantic cannot find that table when the application"
                        + " runs on the module path (a named module's META-INF/services index is ignored there)."
                        + " Declare in module-info.java: provides dev.ormdantic.support.GeneratedTable with"
                        + " com.example.FlavorTable, com.example.menu.ToppingTable;");
    }

    @Test
    void aModuleThatProvidesEveryTableCompilesWithoutWarnings() throws IOException {
        List<Diagnostic<? extends JavaFileObject>> diagnostics =
                compileModule("provides dev.ormdantic.support.GeneratedTable with com.example.menu.ToppingTable,"
                        + " com.example.FlavorTable;");

        assertThat(warnings(diagnostics)).isEmpty();
        assertThat(Files.exists(directory.resolve("classes/com/example/menu/ToppingTable.class")))
                .isTrue();
    }

    @Test
    void theClassPathNeedsNoProvides() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new OrmdanticProcessor())
                .compile(
                        JavaFileObjects.forSourceString("com.example.Flavor", FLAVOR),
                        JavaFileObjects.forSourceString("com.example.menu.Topping", TOPPING));

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    }

    /** Compiles Flavor and Topping as module com.example, whose module-info holds {@code provides}; fails on errors. */
    private List<Diagnostic<? extends JavaFileObject>> compileModule(String provides) throws IOException {
        Path sources = directory.resolve("src");
        write(sources.resolve("module-info.java"), """
                module com.example {
                    requires dev.ormdantic;
                    exports com.example;
                    exports com.example.menu;
                    %s
                }
                """.formatted(provides));
        write(sources.resolve("com/example/Flavor.java"), FLAVOR);
        write(sources.resolve("com/example/menu/Topping.java"), TOPPING);
        Path classes = Files.createDirectories(directory.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<Path> paths = new ArrayList<>();
            try (var walk = Files.walk(sources)) {
                walk.filter(Files::isRegularFile).forEach(paths::add);
            }
            JavaCompiler.CompilationTask task = javac.getTask(
                    null,
                    files,
                    diagnostics,
                    List.of("--module-path", explicitModulesOnTheClassPath(), "-d", classes.toString()),
                    null,
                    files.getJavaFileObjectsFromPaths(paths));
            task.setProcessors(List.of(new OrmdanticProcessor()));
            boolean compiled = task.call();
            assertThat(errors(diagnostics.getDiagnostics())).isEmpty();
            assertThat(compiled).isTrue();
        }
        return diagnostics.getDiagnostics();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> warnings(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        return shown(diagnostics, Diagnostic.Kind.WARNING);
    }

    private static List<String> errors(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        return shown(diagnostics, Diagnostic.Kind.ERROR);
    }

    /** Each diagnostic of a kind as {@code file:line: message}. */
    private static List<String> shown(List<Diagnostic<? extends JavaFileObject>> diagnostics, Diagnostic.Kind kind) {
        return diagnostics.stream()
                .filter(diagnostic -> diagnostic.getKind() == kind)
                .map(diagnostic -> {
                    JavaFileObject source = diagnostic.getSource();
                    String file = source == null ? "" : Path.of(source.toUri()).getFileName() + ":";
                    return file + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT);
                })
                .toList();
    }

    /**
     * The runtime and what it requires, as modules: the entries of this test's class path that declare a module (the
     * runtime, dialects, jakarta.validation, HikariCP, Jackson, ...); the automatic ones (test libraries) stay out.
     */
    private static String explicitModulesOnTheClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> ModuleFinder.of(Path.of(entry)).findAll().stream()
                        .map(ModuleReference::descriptor)
                        .anyMatch(descriptor -> !descriptor.isAutomatic()))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
