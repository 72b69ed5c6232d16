package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code java} code block of the README and of {@code docs/} compiles, with the real annotation processor, so
 * a sample cannot drift from the API. The blocks of one page are compiled together, in order: a block's top-level
 * declarations (records, enums, annotations) become source files of the page, and its statements the body of a
 * method whose parameters are the variables the page's prose assumes ({@link #VARIABLES}); helpers it does not show are in {@link #PRELUDE}. Each block gets its own
 * package, which imports the packages of the blocks before it, so a page may show two versions of one record.
 */
class DocSamplesTest {

    private static final Path ROOT = Path.of("..");

    /**
     * Per page: the variables its samples use without declaring them. A block's method takes those whose names its
     * statements mention.
     */
    private static final Map<String, List<String>> VARIABLES = Map.ofEntries(
            Map.entry(
                    "docs/queries.md",
                    List.of("Ormdantic db", "BlockingTableHandle<Snack, Long> snacks", "Exporter exporter")),
            Map.entry("docs/keys.md", List.of("Ormdantic db", "TableHandle<Ticket, Long> tickets")),
            Map.entry("docs/types.md", List.of("Ormdantic db", "BlockingTableHandle<Sensor, Long> sensors")),
            Map.entry("docs/errors.md", List.of("BlockingTableHandle<Flavor, String> flavors", "Flavor flavor")),
            Map.entry("docs/datasource.md", List.of("DataSource dataSource")),
            Map.entry("docs/distributed.md", List.of("DataSource dataSource")),
            Map.entry("docs/replicas.md", List.of("Ormdantic db", "DataSource replicaDataSource")),
            Map.entry("docs/transactions.md", List.of("Ormdantic db")),
            Map.entry("docs/sql.md", List.of("Ormdantic db")),
            Map.entry("docs/relationships.md", List.of("Ormdantic db")),
            Map.entry("docs/observability.md", List.of("SpanExporter exporter")),
            Map.entry("docs/reflection.md", List.of("Ormdantic db")),
            Map.entry("docs/sessions.md", List.of("Ormdantic db")),
            Map.entry("docs/studio.md", List.of("Ormdantic db", "Migrator migrator")));

    /**
     * Per page: the imports of the libraries its samples show beside Ormdantic (HikariCP, Spring), which this module's
     * test class path holds.
     */
    private static final Map<String, List<String>> PAGE_IMPORTS = Map.ofEntries(
            Map.entry(
                    "docs/distributed.md",
                    List.of(
                            "dev.ormdantic.dialect.DialectId",
                            "dev.ormdantic.dialect.Flavor",
                            "dev.ormdantic.migrations.history.Migrator",
                            "javax.sql.DataSource")),
            Map.entry("docs/events.md", List.of("dev.ormdantic.event.*")),
            Map.entry(
                    "docs/observability.md",
                    List.of(
                            "dev.ormdantic.micrometer.ObservationListener",
                            "dev.ormdantic.micrometer.PoolMetrics",
                            "io.micrometer.core.instrument.MeterRegistry",
                            "io.micrometer.core.instrument.observation.DefaultMeterObservationHandler",
                            "io.micrometer.core.instrument.simple.SimpleMeterRegistry",
                            "io.micrometer.observation.ObservationRegistry",
                            "io.micrometer.tracing.handler.DefaultTracingObservationHandler",
                            "io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext",
                            "io.micrometer.tracing.otel.bridge.OtelTracer",
                            "io.opentelemetry.sdk.trace.SdkTracerProvider",
                            "io.opentelemetry.sdk.trace.export.SimpleSpanProcessor",
                            "io.opentelemetry.sdk.trace.export.SpanExporter")),
            Map.entry(
                    "docs/datasource.md",
                    List.of(
                            "com.zaxxer.hikari.HikariConfig",
                            "com.zaxxer.hikari.HikariDataSource",
                            "dev.ormdantic.dialect.DialectId",
                            "javax.sql.DataSource",
                            "org.springframework.jdbc.core.JdbcTemplate",
                            "org.springframework.jdbc.datasource.DataSourceTransactionManager",
                            "org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy",
                            "org.springframework.transaction.support.TransactionTemplate")),
            Map.entry("docs/sql.md", List.of("java.util.concurrent.CompletableFuture")),
            Map.entry("docs/replicas.md", List.of("javax.sql.DataSource", "java.util.concurrent.CompletableFuture")),
            Map.entry(
                    "docs/spring-boot.md",
                    List.of(
                            "dev.ormdantic.spring.OrmdanticBuilderCustomizer",
                            "org.springframework.context.annotation.Bean",
                            "org.springframework.context.annotation.Configuration",
                            "org.springframework.jdbc.core.JdbcTemplate",
                            "org.springframework.stereotype.Service",
                            "org.springframework.transaction.annotation.Transactional")),
            Map.entry(
                    "docs/testing.md",
                    List.of(
                            "dev.ormdantic.test.OrmdanticExtension",
                            "dev.ormdantic.test.OrmdanticTest",
                            "org.junit.jupiter.api.Assertions",
                            "org.junit.jupiter.api.Test",
                            "org.junit.jupiter.api.extension.RegisterExtension")),
            Map.entry(
                    "docs/reflection.md",
                    List.of("dev.ormdantic.migrations.reflect.*", "dev.ormdantic.dialect.reflect.*")),
            Map.entry(
                    "docs/migrations.md",
                    List.of(
                            "dev.ormdantic.dialect.DialectId",
                            "dev.ormdantic.dialect.snapshot.*",
                            "dev.ormdantic.migrations.*",
                            "dev.ormdantic.migrations.file.*",
                            "dev.ormdantic.migrations.history.*",
                            "java.nio.file.Path",
                            "java.sql.DriverManager")),
            Map.entry("docs/sessions.md", List.of("dev.ormdantic.session.*", "java.util.concurrent.CompletableFuture")),
            Map.entry(
                    "docs/studio.md",
                    List.of(
                            "dev.ormdantic.dialect.snapshot.SchemaSnapshot",
                            "dev.ormdantic.migrations.Snapshots",
                            "dev.ormdantic.migrations.history.Migrator",
                            "dev.ormdantic.studio.Studio")));

    /** Per page: an interface of the prelude whose default methods its statements call unqualified. */
    private static final Map<String, String> HELPERS = Map.of("docs/queries.md", "Pages");

    /** Per page: declarations its samples use without showing them (helpers, custom constraints). */
    private static final Map<String, List<String>> PRELUDE = Map.of(
            "docs/errors.md",
            List.of("@Table(pk = \"id\")\npublic record Flavor(String id, String name) {}"),
            "docs/studio.md",
            List.of("@Table(pk = \"id\")\npublic record Flavor(String id, String name, int rating) {}"),
            "docs/queries.md",
            List.of(
                    "public interface Exporter { void write(Object row); }",
                    "public record Tally(long stars, long n) {}",
                    "public interface Pages { default void handle(List<?> rows) {} }"),
            "docs/models.md",
            List.of("""
                    @jakarta.validation.Constraint(validatedBy = {})
                    @java.lang.annotation.Target({java.lang.annotation.ElementType.FIELD,
                            java.lang.annotation.ElementType.RECORD_COMPONENT})
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface Even {
                        int value() default 2;
                        String message() default "must be a multiple of {value}";
                        Class<?>[] groups() default {};
                        Class<? extends jakarta.validation.Payload>[] payload() default {};
                    }
                    """, """
                    @jakarta.validation.Constraint(validatedBy = {})
                    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface Balanced {
                        String message() default "is not balanced";
                        Class<?>[] groups() default {};
                        Class<? extends jakarta.validation.Payload>[] payload() default {};
                    }
                    """));

    private static final String IMPORTS = """
            import static dev.ormdantic.query.Aggregates.*;

            import dev.ormdantic.*;
            import dev.ormdantic.annotation.*;
            import dev.ormdantic.error.*;
            import dev.ormdantic.annotation.Column;
            import dev.ormdantic.query.*;
            import dev.ormdantic.relation.*;
            import jakarta.validation.constraints.*;
            import java.math.*;
            import java.time.*;
            import java.util.*;
            import java.util.stream.*;
            import org.jspecify.annotations.Nullable;
            """;

    private static final Pattern BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern DECLARATION = Pattern.compile(
            "^(?:public\\s+)?(?:final\\s+)?(?:record|enum|class|interface|@interface)\\s+(\\w+)", Pattern.MULTILINE);

    @TempDir
    Path out;

    static Stream<String> pages() throws IOException {
        List<String> pages = new ArrayList<>(List.of("README.md"));
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> ROOT.relativize(p).toString())
                    .sorted()
                    .forEach(pages::add);
        }
        return pages.stream();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyJavaSampleCompiles(String page) throws IOException {
        String text = Files.readString(ROOT.resolve(page), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        if (blocks.isEmpty()) {
            return;
        }
        String base = "samples."
                + page.replaceAll("\\.md$", "").replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT);
        List<JavaFileObject> sources = new ArrayList<>();
        String imports = IMPORTS;
        for (String name : PAGE_IMPORTS.getOrDefault(page, List.of())) {
            imports += "import " + name + ";\n";
        }
        if (PRELUDE.containsKey(page)) {
            imports += "import " + base + ".prelude.*;\n";
            for (String declaration : PRELUDE.get(page)) {
                String name = nameOf(declaration);
                sources.add(
                        source(base + ".prelude", name, "package " + base + ".prelude;\n\n" + IMPORTS + declaration));
            }
        }
        Map<String, String> known = new LinkedHashMap<>(); // simple name -> package, the latest declaration wins
        Map<String, String> tables = new LinkedHashMap<>(); // record name -> its table class
        for (int i = 0; i < blocks.size(); i++) {
            String pkg = base + ".b" + (i + 1);
            Block block = Block.parse(page, blocks.get(i));
            StringBuilder header = new StringBuilder("package " + pkg + ";\n\n" + imports);
            known.forEach((name, from) -> {
                if (!block.declarations().containsKey(name)) {
                    header.append("import ")
                            .append(from)
                            .append('.')
                            .append(name)
                            .append(";\n");
                }
            });
            block.declarations().forEach((name, body) -> {
                sources.add(source(pkg, name, header + "\n" + body + "\n"));
                known.put(name, pkg);
                if (body.startsWith("@Table") || body.contains("\n@Table")) {
                    known.put(name + "Table", pkg);
                    tables.put(name, pkg + "." + name + "Table");
                }
            });
            StringBuilder sample = new StringBuilder(header);
            tables.values()
                    .forEach(t -> sample.append("import static ").append(t).append(".*;\n"));
            sample.append("\nclass Sample ")
                    .append(HELPERS.containsKey(page) ? "implements " + HELPERS.get(page) + " " : "")
                    .append("{\n    void run(")
                    .append(String.join(", ", mentioned(VARIABLES.getOrDefault(page, List.of()), block.statements())))
                    .append(") throws Exception {\n")
                    .append(block.statements())
                    .append("    }\n}\n");
            sources.add(source(pkg, "Sample", sample.toString()));
        }
        List<String> errors = compile(sources);
        assertEquals(List.of(), errors, page + ": a code sample does not compile");
    }

    /** The parameters among {@code variables} that the statements use and do not declare themselves. */
    private static List<String> mentioned(List<String> variables, String statements) {
        return variables.stream()
                .filter(v -> {
                    String name = v.substring(v.lastIndexOf(' ') + 1);
                    boolean used = Pattern.compile("\\b" + name + "\\b")
                            .matcher(statements)
                            .find();
                    boolean declared = Pattern.compile("[\\w>\\]]\\s+" + name + "\\s*=[^=]")
                            .matcher(statements)
                            .find();
                    return used && !declared;
                })
                .toList();
    }

    private static String nameOf(String line) {
        Matcher declaration = DECLARATION.matcher(line);
        assertTrue(declaration.find(), "not a declaration: " + line);
        return declaration.group(1);
    }

    /** One code block: its top-level declarations by name (made public) and its other lines. */
    private record Block(Map<String, String> declarations, String statements) {

        static Block parse(String page, String block) {
            Map<String, String> declarations = new LinkedHashMap<>();
            StringBuilder statements = new StringBuilder();
            List<String> lines = block.lines().toList();
            int i = 0;
            while (i < lines.size()) {
                int start = i;
                while (i < lines.size() && lines.get(i).startsWith("@")) {
                    i = endOfAnnotation(lines, i);
                }
                if (i < lines.size() && DECLARATION.matcher(lines.get(i)).find()) {
                    int end = endOfDeclaration(lines, i);
                    String body = String.join("\n", lines.subList(start, end));
                    declarations.put(
                            nameOf(lines.get(i)), body.replaceFirst("(?m)^(?!public )(record|enum)", "public $1"));
                    i = end;
                } else {
                    assertFalse(i > start, page + ": an annotation that annotates nothing: " + lines.get(start));
                    statements.append(lines.get(i)).append('\n');
                    i++;
                }
            }
            return new Block(declarations, statements.toString());
        }
    }

    /** The index after an annotation that may span lines (its parentheses balance). */
    private static int endOfAnnotation(List<String> lines, int at) {
        int depth = 0;
        int i = at;
        do {
            String line = withoutStrings(lines.get(i));
            depth += count(line, '(') - count(line, ')');
            i++;
        } while (depth > 0 && i < lines.size());
        return i;
    }

    /** The index after a type declaration: its braces balance and the last one closes. */
    private static int endOfDeclaration(List<String> lines, int at) {
        int depth = 0;
        boolean opened = false;
        int i = at;
        while (i < lines.size()) {
            String line = withoutStrings(lines.get(i)).replaceAll("//.*", "");
            depth += count(line, '{') - count(line, '}');
            opened |= line.indexOf('{') >= 0;
            i++;
            if (opened && depth == 0) {
                break;
            }
        }
        return i;
    }

    private static String withoutStrings(String line) {
        return line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    private static JavaFileObject source(String pkg, String name, String text) {
        return InMemoryCompiler.source(pkg, name, text);
    }

    private List<String> compile(List<JavaFileObject> sources) throws IOException {
        return InMemoryCompiler.compile(out, sources);
    }
}
