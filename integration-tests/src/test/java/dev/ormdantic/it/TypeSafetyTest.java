package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated columns make ill-typed filters compile errors: {@code RATING.ge("x")} does not compile. */
class TypeSafetyTest {

    @TempDir
    Path out;

    private List<Diagnostic<? extends JavaFileObject>> compile(String body) throws IOException {
        String source = """
                import dev.ormdantic.it.model.*;
                import dev.ormdantic.query.*;
                class Snippet {
                    Filter<Flavor> filter() {
                        return %s;
                    }
                }
                """.formatted(body);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file =
                new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                };
        Files.createDirectories(out);
        List<String> options =
                List.of("-proc:none", "-d", out.toString(), "-classpath", System.getProperty("java.class.path"));
        compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .toList();
    }

    @Test
    void wellTypedFiltersCompile() throws IOException {
        assertEquals(List.of(), compile("FlavorTable.RATING.ge(4).and(FlavorTable.NAME.like(\"Van%\"))"));
    }

    @Test
    void stringBoundOnAnIntColumnDoesNotCompile() throws IOException {
        List<Diagnostic<? extends JavaFileObject>> errors = compile("FlavorTable.RATING.ge(\"x\")");
        assertFalse(errors.isEmpty());
        assertEquals(5, errors.get(0).getLineNumber());
        assertTrue(
                errors.get(0).getMessage(Locale.ROOT).contains("String"),
                errors.get(0).getMessage(Locale.ROOT));
    }

    @Test
    void likeExistsOnlyOnTextColumns() throws IOException {
        assertFalse(compile("FlavorTable.RATING.like(\"4%\")").isEmpty());
    }

    @Test
    void aColumnOfAnotherTableDoesNotCompile() throws IOException {
        assertFalse(compile("FlavorTable.RATING.ge(4).and(CoffeeFlavorTable.ORIGIN.eq(\"x\"))")
                .isEmpty());
    }
}
