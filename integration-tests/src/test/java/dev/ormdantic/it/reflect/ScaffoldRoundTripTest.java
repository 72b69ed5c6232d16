package dev.ormdantic.it.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.SchemaComparison;
import dev.ormdantic.it.BackendTest;
import dev.ormdantic.it.TestDatabase;
import dev.ormdantic.it.model.ConeTable;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.it.model.ToppingTable;
import dev.ormdantic.migrations.reflect.Inspector;
import dev.ormdantic.migrations.reflect.Scaffold;
import dev.ormdantic.query.TableRef;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reflect tables that {@code init()} created, scaffold record sources for them, compile those with the real annotation
 * processor, create the scaffolded tables on the emptied database and reflect again: the two reads agree, by the
 * comparison drift uses, on SQLite, PostgreSQL and MariaDB (and the MySQL dialect).
 */
class ScaffoldRoundTripTest {

    private static final List<String> TABLES = List.of("cone", "flavor", "snack", "topping");

    @TempDir
    Path out;

    @BackendTest
    void scaffoldCompileCreateReflectGivesTheSameSchema(TestDatabase database) throws Exception {
        List<LiveTable> before;
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(ConeTable.TABLE, FlavorTable.TABLE, SnackTable.TABLE, ToppingTable.TABLE)
                .open()) {
            db.init().join();
            before = Inspector.of(db)
                    .include(TABLES.toArray(String[]::new))
                    .tables()
                    .join();
            assertEquals(TABLES, before.stream().map(LiveTable::name).toList());
            db.dropAll().join();
        }
        Map<String, String> sources = Scaffold.sources(before, "scaffolded");
        assertTrue(sources.get("Topping").contains("@ForeignKey(name = "), sources.get("Topping"));
        try (URLClassLoader loader = compile(sources)) {
            List<TableRef<?, ?>> refs = new ArrayList<>();
            for (String name : sources.keySet()) {
                refs.add((TableRef<?, ?>) loader.loadClass("scaffolded." + name + "Table")
                        .getField("TABLE")
                        .get(null));
            }
            try (Ormdantic db = Ormdantic.builder(database.url())
                    .tables(refs)
                    .classLoader(loader)
                    .open()) {
                db.init().join();
                List<LiveTable> after = Inspector.of(db)
                        .include(TABLES.toArray(String[]::new))
                        .tables()
                        .join();
                assertEquals(TABLES, after.stream().map(LiveTable::name).toList());
                DialectId dialect = DialectId.valueOf(db.dialect().toUpperCase(Locale.ROOT));
                for (int i = 0; i < before.size(); i++) {
                    LiveTable was = before.get(i);
                    LiveTable now = after.get(i);
                    assertEquals(List.of(), SchemaComparison.compare(dialect, was, now), was.name());
                    assertEquals(types(was), types(now), was.name());
                    assertEquals(was.primaryKey(), now.primaryKey());
                    assertEquals(was.indexes(), now.indexes());
                    assertEquals(was.foreignKeys(), now.foreignKeys());
                }
            }
        }
    }

    private static List<String> types(LiveTable table) {
        return table.columns().stream()
                .map(c -> c.name() + " " + c.type() + (c.nullable() ? " null" : "") + " "
                        + SchemaComparison.generationKind(c.generation()))
                .toList();
    }

    private URLClassLoader compile(Map<String, String> sources) throws IOException {
        List<JavaFileObject> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String text = source.getValue();
            files.add(
                    new SimpleJavaFileObject(
                            URI.create("string:///scaffolded/" + source.getKey() + ".java"),
                            JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return text;
                        }
                    });
        }
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
        compiler.getTask(null, null, diagnostics, options, null, files).call();
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .toList();
        assertEquals(List.of(), errors, String.join("\n\n", sources.values()));
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    }
}
