package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.SeeTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md is generated from the two catalogs: the tables of compile-time and run-time codes are the Javadoc of
 * {@code Message} (processor) and {@link ErrorCode} (runtime), in code order, so the page cannot drift from the code
 * or list a code twice. The run-time table's exception column comes from each constant's {@code @see} tag (or, for an exception of a module the runtime
 * cannot link to, a last paragraph "Thrown as {@code dev.ormdantic.migrations.MigrationException}."), its retry
 * column from {@link ErrorCode#retryable()} and {@link ErrorCode#outcome()}. Run with
 * {@code -Ddocs.update=true} to rewrite the generated parts after changing a catalog, then review and commit.
 */
class ErrorDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "errors.md");
    private static final Path ERROR_CODE =
            Path.of("..", "runtime", "src", "main", "java", "dev", "ormdantic", "error", "ErrorCode.java");
    private static final Path MESSAGE =
            Path.of("..", "processor", "src", "main", "java", "dev", "ormdantic", "processor", "diag", "Message.java");
    private static final String COMPILE_TIME = "compile-time codes";
    private static final String RUN_TIME = "run-time codes";

    @Test
    void generatedTablesMatchTheCatalogs() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        String expected =
                replaceSection(replaceSection(docs, COMPILE_TIME, compileTimeTable()), RUN_TIME, runTimeTable());
        if (Boolean.getBoolean("docs.update") && !expected.equals(docs)) {
            Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(
                expected,
                docs,
                "docs/errors.md is out of date with ErrorCode/Message; run `./build -q -B -pl integration-tests -am"
                        + " verify -Dtest=ErrorDocsTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Ddocs.update=true`, then review and commit it");
    }

    @Test
    void everyRuntimeCodeIsListedOnceWithItsException() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        for (ErrorCode code : ErrorCode.values()) {
            String row = "| " + code.id() + " | `";
            assertEquals(
                    1, count(docs, row), code.id() + " (" + code.name() + ") must be listed once, with its exception");
        }
    }

    @Test
    void catalogEntriesAllHaveDocumentation() throws IOException {
        for (Entry entry : entries(ERROR_CODE)) {
            assertTrue(!entry.text().isBlank(), entry.code() + " has no Javadoc in ErrorCode");
            assertTrue(
                    entry.see() != null,
                    entry.code() + " has no @see (or Thrown as paragraph) naming its exception in ErrorCode");
        }
        for (Entry entry : entries(MESSAGE)) {
            assertTrue(!entry.text().isBlank(), entry.code() + " has no Javadoc in Message");
        }
    }

    private static String compileTimeTable() throws IOException {
        StringBuilder table = new StringBuilder("| code | what is wrong |\n|---|---|\n");
        for (Entry entry : entries(MESSAGE)) {
            String prefix = entry.warning() ? "Warning: " : "";
            table.append("| ")
                    .append(entry.code())
                    .append(" | ")
                    .append(prefix)
                    .append(entry.text())
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String runTimeTable() throws IOException {
        StringBuilder table = new StringBuilder("| code | exception | retry | what happened |\n|---|---|---|---|\n");
        for (Entry entry : entries(ERROR_CODE)) {
            table.append("| ")
                    .append(entry.code())
                    .append(" | `")
                    .append(entry.see())
                    .append("` | ")
                    .append(retry(entry.code()))
                    .append(" | ")
                    .append(entry.text())
                    .append(" |\n");
        }
        return table.toString();
    }

    /** What {@link ErrorCode#retryable()} and {@link ErrorCode#outcome()} say, as the table shows it. */
    private static String retry(String id) {
        ErrorCode code = Arrays.stream(ErrorCode.values())
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " is in the source of ErrorCode but not in the class"));
        if (code.outcome() == Outcome.UNKNOWN) {
            return "no: may have been applied";
        }
        return code.retryable() ? "safe" : "no";
    }

    private static String replaceSection(String docs, String name, String body) {
        String begin = "<!-- generated: " + name + " (ErrorDocsTest; edit the Javadoc, not this table) -->\n";
        String end = "<!-- end of " + name + " -->";
        int from = docs.indexOf(begin);
        int to = docs.indexOf(end);
        assertTrue(from >= 0 && to > from, "docs/errors.md lacks the markers for the " + name + " table");
        return docs.substring(0, from + begin.length()) + body + docs.substring(to);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** One catalog constant: its code, its Javadoc as Markdown, its {@code @see} target, and whether it warns. */
    private record Entry(
            String code, int number, String text, @Nullable String see, boolean warning) {}

    private static List<Entry> entries(Path source) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask)
                    compiler.getTask(null, files, null, List.of("-proc:none"), null, files.getJavaFileObjects(source));
            DocTrees docTrees = DocTrees.instance(task);
            List<Entry> entries = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                for (Tree type : unit.getTypeDecls()) {
                    for (Tree member : ((ClassTree) type).getMembers()) {
                        if (member instanceof VariableTree constant
                                && constant.getInitializer() instanceof NewClassTree init) {
                            DocCommentTree doc = docTrees.getDocCommentTree(TreePath.getPath(unit, constant));
                            entries.add(entry(constant.getName().toString(), init, doc));
                        }
                    }
                }
            }
            entries.sort(Comparator.comparingInt(Entry::number));
            return entries;
        }
    }

    private static Entry entry(String name, NewClassTree init, @Nullable DocCommentTree doc) {
        List<? extends ExpressionTree> args = init.getArguments();
        boolean runtime = args.get(0) instanceof com.sun.source.tree.LiteralTree literal
                && literal.getKind() == Tree.Kind.INT_LITERAL;
        int number = runtime
                ? (Integer) ((com.sun.source.tree.LiteralTree) args.get(0)).getValue()
                : Integer.parseInt(name.substring(3));
        String code = runtime ? "ORM" + number : name;
        boolean warning = !runtime && args.get(0).toString().endsWith("WARNING");
        if (doc == null) {
            return new Entry(code, number, "", null, warning);
        }
        String see = null;
        for (DocTree tag : doc.getBlockTags()) {
            if (tag instanceof SeeTree seeTree && !seeTree.getReference().isEmpty()) {
                see = markdown(seeTree.getReference()).replace("\"", "");
            }
        }
        String text = markdown(doc.getFullBody());
        // an exception of a module the runtime cannot link to (migrations) is named in a last "Thrown as" paragraph
        java.util.regex.Matcher thrown = THROWN_AS.matcher(text);
        if (see == null && thrown.find()) {
            see = simpleName(thrown.group(1));
            text = text.substring(0, thrown.start());
        }
        return new Entry(code, number, text, see, warning);
    }

    private static final Pattern THROWN_AS = Pattern.compile("\\s*Thrown as `([\\w.]+)`\\.$");

    /** Javadoc to one line of Markdown: {@code x} and {@link X} become code spans, paragraphs become spaces. */
    private static String markdown(List<? extends DocTree> body) {
        StringBuilder text = new StringBuilder();
        for (DocTree part : body) {
            switch (part) {
                case TextTree plain -> text.append(plain.getBody());
                case LiteralTree literal ->
                    text.append('`').append(literal.getBody().getBody()).append('`');
                case LinkTree link ->
                    text.append('`')
                            .append(simpleName(link.getReference().getSignature()))
                            .append('`');
                case EntityTree entity -> text.append(entity(entity.getName().toString()));
                case com.sun.source.doctree.ReferenceTree reference ->
                    text.append(simpleName(reference.getSignature()));
                default -> text.append(' ');
            }
        }
        return text.toString().replaceAll("\\s+", " ").replace("|", "\\|").trim();
    }

    private static String simpleName(String signature) {
        String name = signature.replace('#', '.');
        return name.substring(name.lastIndexOf('.', name.endsWith(")") ? name.indexOf('(') : name.length()) + 1);
    }

    private static String entity(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            default -> "&" + name + ";";
        };
    }
}
