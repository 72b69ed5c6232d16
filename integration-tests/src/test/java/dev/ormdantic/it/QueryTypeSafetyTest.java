package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The query language's operators are checked by the compiler: each column offers only what its type allows. */
class QueryTypeSafetyTest {

    @TempDir
    Path out;

    private List<Diagnostic<? extends JavaFileObject>> compile(String expression) throws IOException {
        String source = """
                import dev.ormdantic.it.model.*;
                import dev.ormdantic.query.*;
                import java.util.List;
                class Snippet {
                    Object value() {
                        return %s;
                    }
                }
                """.formatted(expression);
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SnackTable.PRICE.plus(1).gt(5)",
                "SnackTable.PRICE.ge(SnackTable.COST.times(2))",
                "SnackTable.PRICE.between(1, 5).or(SnackTable.STARS.notBetween(2, 3))",
                "SnackTable.NAME.icontains(\"x\").and(SnackTable.NAME.lower().startsWith(\"v\"))",
                "SnackTable.PRICE.set(SnackTable.PRICE.plus(1))",
                "SnackTable.NOTE.set((String) null)",
                "SnackTable.ID.in(List.of(1L, 2L))",
                "Query.from(SnackTable.TABLE).select(SnackTable.NAME, Aggregates.count().as(\"n\"))"
                        + ".groupBy(SnackTable.NAME)",
                "Query.from(SnackTable.TABLE).groupBy(SnackTable.NAME).having(Aggregates.count().ge(2L))",
                "Query.from(SnackTable.TABLE).groupBy(SnackTable.NAME)"
                        + ".having(Aggregates.sum(SnackTable.STARS).ge(5).and(Aggregates.count().ge(2L)))",
                "Query.from(SnackTable.TABLE).groupBy(SnackTable.NAME)"
                        + ".orderBy(OrderBy.desc(Aggregates.sum(SnackTable.STARS)).nullsLast())",
                "Query.from(SnackTable.TABLE).groupBy(SnackTable.NAME)"
                        + ".orderBy(OrderBy.asc(Aggregates.count()).nullsFirst()).orderBy(OrderBy.desc(SnackTable.NAME))",
                "SnackTable.PRICE.gt(1).or(Aggregates.count().ge(2L))"
            })
    void wellTypedQueriesCompile(String expression) throws IOException {
        assertEquals(List.of(), compile(expression), expression);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SnackTable.NAME.plus(1)",
                "SnackTable.NAME.between(1, 2)",
                "SnackTable.PRICE.contains(\"1\")",
                "SnackTable.PRICE.set(\"x\")",
                "SnackTable.PRICE.gt(SnackTable.NAME)",
                "SnackTable.PRICE.plus(SnackTable.ID)",
                "EveryTypeTable.FLAG.gt(true)",
                "EveryTypeTable.UID.lt(java.util.UUID.randomUUID())",
                "SnackTable.PRICE.gt(1).and(FlavorTable.RATING.gt(1))",
                "Query.from(SnackTable.TABLE).where(FlavorTable.RATING.gt(1))",
                "Query.from(SnackTable.TABLE).having(FlavorTable.RATING.gt(1))",
                "Query.from(SnackTable.TABLE).having(Aggregates.sum(FlavorTable.RATING).ge(2))",
                "Query.from(SnackTable.TABLE).orderBy(OrderBy.desc(Aggregates.sum(FlavorTable.RATING)).nullsLast())",
                "Query.from(SnackTable.TABLE).orderBy(OrderBy.asc(FlavorTable.NAME))",
                "Query.from(SnackTable.TABLE).having(Aggregates.count().ge(2L).and(FlavorTable.RATING.gt(1)))",
                "SnackTable.PRICE.gt(1).or(FlavorTable.RATING.gt(1))"
            })
    void illTypedQueriesDoNotCompile(String expression) throws IOException {
        assertFalse(compile(expression).isEmpty(), expression);
    }
}
