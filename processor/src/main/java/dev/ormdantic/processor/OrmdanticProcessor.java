package dev.ormdantic.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.ormdantic.processor.diag.Diagnostics;
import dev.ormdantic.processor.diag.Location;
import dev.ormdantic.processor.diag.Message;
import dev.ormdantic.processor.generate.TableClassGenerator;
import dev.ormdantic.processor.generate.TableIndexWriter;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.scan.ScanResult;
import dev.ormdantic.processor.scan.TableScanner;
import dev.ormdantic.processor.validate.TableValidator;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@code <Record>Table} class for every record annotated {@code @dev.ormdantic.annotation.Table}, and the
 * table index listing them.
 *
 * <p>Each round, every annotated type (and every type deferred by the round before) goes through {@link TableStep}:
 * scan, validate, generate. A type whose component types are not resolved yet is deferred to the next round, because
 * another processor may be about to generate them; one still unresolved when processing ends is reported
 * ({@link Message#ORM1015}). Every error is reported with its code and place, and no exception reaches javac: a bug
 * is reported as {@link Message#ORM9999} with its stack trace and the other types are still processed. The table
 * index is written once, in the last round.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes(TableScanner.TABLE)
public final class OrmdanticProcessor extends AbstractProcessor {

    private final @Nullable Function<TableModel, JavaFile> generatorOverride;
    private final Map<String, ScanResult.Unresolved> deferred = new LinkedHashMap<>();
    /** Generated class binary name → the record it came from, sorted by the former. */
    private final SortedMap<String, String> generated = new TreeMap<>();

    private @Nullable Diagnostics diagnostics;
    private @Nullable TableStep step;
    private boolean sourceLevelReported;

    /** Creates the processor; javac calls this through {@link java.util.ServiceLoader}. */
    public OrmdanticProcessor() {
        this(null);
    }

    /** For tests: replaces the generator, for example with one that fails. */
    OrmdanticProcessor(@Nullable Function<TableModel, JavaFile> generatorOverride) {
        this.generatorOverride = generatorOverride;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Diagnostics diagnostics = diagnostics();
        if (round.processingOver()) {
            reportDeferred(diagnostics);
            ModuleProvides.check(generated, processingEnv.getElementUtils(), diagnostics);
            writeIndex(diagnostics);
            return false;
        }
        List<TypeElement> work = work(annotations, round);
        if (!work.isEmpty() && !sourceLevelSupported(work.get(0), diagnostics)) {
            return false;
        }
        for (TypeElement type : work) {
            try {
                switch (step(diagnostics).process(type)) {
                    case TableStep.Outcome.Generated outcome ->
                        generated.put(
                                outcome.binaryName(), type.getQualifiedName().toString());
                    case TableStep.Outcome.Deferred outcome -> defer(type, outcome.unresolved(), diagnostics);
                    case TableStep.Outcome.Rejected outcome -> {}
                }
            } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                // javac would print a bare stack trace and stop; report it on the element and go on with the others
                diagnostics.internalError(type, type, e);
            }
        }
        return false;
    }

    /**
     * Whether the compilation targets Java 21 or newer; reports {@link Message#ORM1070} on the first record once
     * otherwise.
     */
    private boolean sourceLevelSupported(TypeElement first, Diagnostics diagnostics) {
        SourceVersion source = processingEnv.getSourceVersion();
        if (source.compareTo(SourceVersion.RELEASE_21) >= 0) {
            return true;
        }
        if (!sourceLevelReported) {
            sourceLevelReported = true;
            String level = source.name().substring("RELEASE_".length());
            diagnostics.report(Message.ORM1070, Location.of(first), level, first.getSimpleName());
        }
        return false;
    }

    private void defer(TypeElement type, ScanResult.Unresolved unresolved, Diagnostics diagnostics) {
        String name = type.getQualifiedName().toString();
        if (name.isEmpty()) {
            // a local record cannot be looked up again next round
            reportUnresolved(type, unresolved, diagnostics);
        } else {
            deferred.put(name, unresolved);
        }
    }

    /** The types to process this round: those deferred last round, then the newly annotated ones. */
    private List<TypeElement> work(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Elements elements = processingEnv.getElementUtils();
        List<TypeElement> work = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String name : deferred.keySet()) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null && seen.add(name)) {
                work.add(type);
            }
        }
        deferred.clear();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    String name = type.getQualifiedName().toString();
                    // local records have no qualified name; each is its own element
                    if (name.isEmpty() || seen.add(name)) {
                        work.add(type);
                    }
                }
            }
        }
        return work;
    }

    private void reportDeferred(Diagnostics diagnostics) {
        Elements elements = processingEnv.getElementUtils();
        deferred.forEach((name, unresolved) -> {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                reportUnresolved(type, unresolved, diagnostics);
            }
        });
        deferred.clear();
    }

    private static void reportUnresolved(TypeElement type, ScanResult.Unresolved unresolved, Diagnostics diagnostics) {
        Element at = type;
        for (RecordComponentElement component : type.getRecordComponents()) {
            if (component.getSimpleName().contentEquals(unresolved.component())) {
                at = component;
            }
        }
        diagnostics.report(
                Message.ORM1015, Location.of(at), type.getSimpleName(), unresolved.type(), unresolved.component());
    }

    private void writeIndex(Diagnostics diagnostics) {
        if (generated.isEmpty()) {
            return;
        }
        Filer filer = processingEnv.getFiler();
        Elements elements = processingEnv.getElementUtils();
        List<Element> originating = new ArrayList<>();
        for (String record : generated.values()) {
            TypeElement type = elements.getTypeElement(record);
            if (type != null) {
                originating.add(type);
            }
        }
        try {
            SortedSet<String> existing = existingIndex(filer);
            FileObject index = filer.createResource(
                    StandardLocation.CLASS_OUTPUT, "", TableIndexWriter.PATH, originating.toArray(Element[]::new));
            try (Writer writer = index.openWriter()) {
                TableIndexWriter.write(existing, generated.keySet(), writer);
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.internalError(TableIndexWriter.PATH, null, e);
        }
        generated.clear();
    }

    /** The entries an earlier compilation wrote to the index, kept for incremental builds; empty when none. */
    private static SortedSet<String> existingIndex(Filer filer) {
        try {
            FileObject index = filer.getResource(StandardLocation.CLASS_OUTPUT, "", TableIndexWriter.PATH);
            try (Reader reader = index.openReader(true)) {
                return TableIndexWriter.read(reader);
            }
        } catch (IOException | IllegalArgumentException e) {
            // no index yet: the usual case for a clean build
            return new TreeSet<>();
        }
    }

    private Diagnostics diagnostics() {
        Diagnostics current = diagnostics;
        if (current == null) {
            current = new Diagnostics(processingEnv.getMessager());
            diagnostics = current;
        }
        return current;
    }

    private TableStep step(Diagnostics diagnostics) {
        TableStep current = step;
        if (current == null) {
            Function<TableModel, JavaFile> generator = generatorOverride;
            if (generator == null) {
                Elements elements = processingEnv.getElementUtils();
                boolean canMark = elements.getTypeElement("javax.annotation.processing.Generated") != null;
                boolean nullMarked = elements.getTypeElement("org.jspecify.annotations.NullMarked") != null;
                generator = new TableClassGenerator(canMark, nullMarked)::generate;
            }
            // Hibernate Validator is the provider almost everyone uses; another one is found at run time anyway
            boolean providerVisible =
                    processingEnv.getElementUtils().getTypeElement("org.hibernate.validator.HibernateValidator")
                            != null;
            current = new TableStep(
                    new TableScanner(processingEnv.getElementUtils()),
                    new TableValidator(providerVisible),
                    generator,
                    diagnostics,
                    processingEnv.getFiler());
            step = current;
        }
        return current;
    }
}
