package dev.ormdantic.processor;

import dev.ormdantic.processor.diag.Diagnostics;
import dev.ormdantic.processor.diag.Location;
import dev.ormdantic.processor.diag.Message;
import java.util.Collection;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks that a named module declares the tables generated in it as service providers. A named module's
 * {@code META-INF/services} files are ignored on the module path: there {@link java.util.ServiceLoader} reads only
 * {@code provides} directives, which an annotation processor cannot write, so the processor tells the user the exact
 * line to add ({@link Message#ORM1102}). With that line the runtime instantiates the tables through
 * {@code ServiceLoader} without the module exporting or opening any package to it.
 */
final class ModuleProvides {

    /** The service the runtime loads, as {@code provides} names it. */
    static final String SERVICE = "dev.ormdantic.support.GeneratedTable";

    private ModuleProvides() {}

    /**
     * Reports each named module whose {@code provides} misses a table generated in this compilation.
     *
     * @param generated the generated table classes' names (top-level classes, so binary and canonical names agree)
     *     mapped to the records they came from
     * @param elements javac's element utilities
     * @param diagnostics where to report
     */
    static void check(Map<String, String> generated, Elements elements, Diagnostics diagnostics) {
        Map<String, Tables> byModule = new TreeMap<>();
        for (Map.Entry<String, String> entry : generated.entrySet()) {
            TypeElement record = elements.getTypeElement(entry.getValue());
            ModuleElement module = record == null ? null : elements.getModuleOf(record);
            if (module != null && !module.isUnnamed()) {
                byModule.computeIfAbsent(module.getQualifiedName().toString(), any -> new Tables(module))
                        .names()
                        .add(entry.getKey());
            }
        }
        for (Tables tables : byModule.values()) {
            SortedSet<String> provided = provided(tables.module());
            SortedSet<String> missing = new TreeSet<>(tables.names());
            missing.removeAll(provided);
            if (!missing.isEmpty()) {
                SortedSet<String> line = new TreeSet<>(provided);
                line.addAll(tables.names());
                diagnostics.report(
                        Message.ORM1102,
                        Location.of(tables.module()),
                        tables.module().getQualifiedName(),
                        String.join(", ", missing),
                        missing.size() == 1 ? "that table" : "those tables",
                        String.join(", ", line));
            }
        }
    }

    /** The tables generated in one module. */
    private record Tables(ModuleElement module, SortedSet<String> names) {
        Tables(ModuleElement module) {
            this(module, new TreeSet<>());
        }
    }

    /** The implementations the module's {@code provides dev.ormdantic.support.GeneratedTable with ...} names. */
    private static SortedSet<String> provided(ModuleElement module) {
        SortedSet<String> names = new TreeSet<>();
        for (ModuleElement.ProvidesDirective provides : ElementFilter.providesIn(module.getDirectives())) {
            if (provides.getService().getQualifiedName().contentEquals(SERVICE)) {
                names.addAll(qualifiedNames(provides.getImplementations()));
            }
        }
        return names;
    }

    private static Collection<String> qualifiedNames(Collection<? extends TypeElement> types) {
        return types.stream().map(type -> type.getQualifiedName().toString()).toList();
    }
}
