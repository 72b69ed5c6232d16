package dev.ormdantic.processor;

import com.palantir.javapoet.JavaFile;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.processor.diag.Diagnostics;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.scan.ScanResult;
import dev.ormdantic.processor.scan.TableScanner;
import dev.ormdantic.processor.validate.Problem;
import dev.ormdantic.processor.validate.TableValidator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The pipeline for one {@code @Table} type: scan, validate, report every problem, and generate only when there was no
 * error. The source file names the type as its originating element, so incremental builds recompile the pair.
 */
final class TableStep {

    /** What became of one type. */
    sealed interface Outcome {
        /**
         * The table class was written.
         *
         * @param binaryName its binary name, for the table index
         * @param snapshot the table's entry in the schema snapshot
         */
        record Generated(String binaryName, TableSnapshot snapshot) implements Outcome {}

        /** Errors were reported; nothing was written. */
        record Rejected() implements Outcome {}

        /**
         * A type is not resolved yet; try again next round.
         *
         * @param unresolved what is missing
         */
        record Deferred(ScanResult.Unresolved unresolved) implements Outcome {}
    }

    private static final Pattern EMPTY_BODY = Pattern.compile("\\) \\{\n *}\n");

    private final TableScanner scanner;
    private final TableValidator validator;
    private final Function<TableModel, JavaFile> generator;
    private final Diagnostics diagnostics;
    private final Filer filer;

    TableStep(
            TableScanner scanner,
            TableValidator validator,
            Function<TableModel, JavaFile> generator,
            Diagnostics diagnostics,
            Filer filer) {
        this.scanner = scanner;
        this.validator = validator;
        this.generator = generator;
        this.diagnostics = diagnostics;
        this.filer = filer;
    }

    Outcome process(TypeElement type) throws IOException {
        return switch (scanner.scan(type)) {
            case ScanResult.Unresolved unresolved -> new Outcome.Deferred(unresolved);
            case ScanResult.Scanned scanned -> {
                List<Problem> problems = validator.validate(scanned.model());
                for (Problem problem : problems) {
                    diagnostics.report(
                            problem.message(),
                            scanned.sources().locate(problem.site()),
                            problem.args().toArray());
                }
                TableSnapshot snapshot = problems.stream().anyMatch(Problem::isError)
                        ? null
                        : RenameHints.entry(type, scanned.model(), diagnostics);
                if (snapshot == null) {
                    yield new Outcome.Rejected();
                }
                yield new Outcome.Generated(write(generator.apply(scanned.model()), type), snapshot);
            }
        };
    }

    private String write(JavaFile file, TypeElement originating) throws IOException {
        String name = file.packageName().isEmpty()
                ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        JavaFileObject source = filer.createSourceFile(name, originating);
        try (Writer writer = source.openWriter()) {
            writer.write(tidy(file.toString()));
        }
        return name;
    }

    /** An empty body on one line, as written by hand: JavaPoet prints a record without members as {@code {\n    }}. */
    static String tidy(String source) {
        return EMPTY_BODY.matcher(source).replaceAll(") {}\n");
    }
}
