package dev.ormdantic.internal.exec;

import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.support.GeneratedTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Finds the generated table classes without scanning the class path: the annotation processor lists them in
 * {@code META-INF/services/dev.ormdantic.support.GeneratedTable}, which {@link ServiceLoader} reads. Each table's
 * generated-code format is checked here, at {@code open()}, so that models compiled by another release's processor
 * fail at once with {@link ErrorCode#GENERATED_FORMAT_MISMATCH}.
 */
public final class TableIndex {

    /** The index file, for messages. */
    public static final String INDEX_FILE = "META-INF/services/" + GeneratedTable.class.getName();

    /**
     * The likely cause when a generated table is not indexed, and its fix: the annotation processor did not run,
     * usually because it is not on the compiler's processor path (since JDK 23 javac runs no processor it merely finds
     * on the class path).
     */
    public static final String PROCESSOR_HINT = "the annotation processor writes the table index (" + INDEX_FILE
            + ") when it compiles the @Table records, so it probably did not run: put"
            + " dev.ormdantic:ormdantic-processor (the version of ormdantic-runtime) on the compiler's processor path,"
            + " with Maven a <path> of it in the maven-compiler-plugin's <annotationProcessorPaths>, with Gradle"
            + " annotationProcessor(\"dev.ormdantic:ormdantic-processor:<version>\"), then rebuild (docs/install.md)";

    private TableIndex() {}

    /**
     * Loads the tables to manage.
     *
     * @param loader where the index is read from
     * @param requested the table classes to manage, in creation order; empty for every indexed table, in index order
     * @return one instance of each table
     * @throws ConfigurationException when a requested class is not indexed, the index is broken, a table was generated
     *     in another format than {@link GeneratedTable#FORMAT}, or two classes claim one table name
     */
    public static List<GeneratedTable<?, ?>> load(ClassLoader loader, List<Class<?>> requested) {
        List<ServiceLoader.Provider<GeneratedTable<?, ?>>> providers = new ArrayList<>();
        try {
            serviceLoader(loader).stream().forEach(providers::add);
        } catch (ServiceConfigurationError e) {
            throw broken("the table index " + INDEX_FILE + " cannot be read: " + e.getMessage(), e);
        }
        List<ServiceLoader.Provider<GeneratedTable<?, ?>>> chosen =
                requested.isEmpty() ? providers : choose(providers, requested);
        List<GeneratedTable<?, ?>> tables = new ArrayList<>();
        Map<String, GeneratedTable<?, ?>> byName = new HashMap<>();
        for (ServiceLoader.Provider<GeneratedTable<?, ?>> provider : chosen) {
            GeneratedTable<?, ?> table = instantiate(provider);
            String qualified = table.spec().schema().isEmpty()
                    ? table.name()
                    : table.spec().schema() + "." + table.name();
            GeneratedTable<?, ?> clash = byName.put(qualified, table);
            if (clash != null) {
                throw broken(
                        "tables " + clash.getClass().getName() + " and "
                                + table.getClass().getName() + " both map to table '" + qualified + "'",
                        null);
            }
            tables.add(table);
        }
        return List.copyOf(tables);
    }

    private static List<ServiceLoader.Provider<GeneratedTable<?, ?>>> choose(
            List<ServiceLoader.Provider<GeneratedTable<?, ?>>> providers, List<Class<?>> requested) {
        List<ServiceLoader.Provider<GeneratedTable<?, ?>>> chosen = new ArrayList<>();
        for (Class<?> type : new LinkedHashSet<>(requested)) {
            ServiceLoader.Provider<GeneratedTable<?, ?>> match = find(providers, type);
            if (match == null) {
                throw new ConfigurationException(
                        ErrorCode.TABLE_NOT_INDEXED,
                        new ErrorContext(Operation.OPEN.method(), null, null),
                        "tables(...) names " + type.getName() + ", which is not in the table index " + INDEX_FILE,
                        ModuleProviders.fix(
                                type,
                                "pass the class the annotation processor generated from a @Table record; if it is"
                                        + " one, " + PROCESSOR_HINT),
                        null);
            }
            chosen.add(match);
        }
        return chosen;
    }

    private static ServiceLoader.@Nullable Provider<GeneratedTable<?, ?>> find(
            List<ServiceLoader.Provider<GeneratedTable<?, ?>>> providers, Class<?> type) {
        for (ServiceLoader.Provider<GeneratedTable<?, ?>> provider : providers) {
            if (provider.type() == type) {
                return provider;
            }
        }
        return null;
    }

    private static GeneratedTable<?, ?> instantiate(ServiceLoader.Provider<GeneratedTable<?, ?>> provider) {
        GeneratedTable<?, ?> table;
        try {
            table = provider.get();
        } catch (ServiceConfigurationError e) {
            // a class generated for another runtime usually fails to link before it can tell its format
            if (linkage(e) instanceof LinkageError linkage) {
                throw formatMismatch(
                        provider.type().getName(), "a format this runtime cannot load (" + linkage + ")", e);
            }
            throw broken("table class " + provider.type().getName() + " cannot be created: " + e.getMessage(), e);
        }
        if (table.format() != GeneratedTable.FORMAT) {
            throw formatMismatch(table.getClass().getName(), "format " + table.format(), null);
        }
        return table;
    }

    /**
     * The error that says the class was compiled against another runtime: a missing method, field or Ormdantic class,
     * or a changed class. A class missing from another library is not that.
     */
    private static @Nullable Throwable linkage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoClassDefFoundError missing) {
                String message = missing.getMessage();
                return message != null && message.startsWith("dev/ormdantic/") ? missing : null;
            }
            if (cause instanceof LinkageError && !(cause instanceof ExceptionInInitializerError)) {
                return cause;
            }
        }
        return null;
    }

    private static ConfigurationException formatMismatch(String type, String generated, @Nullable Throwable cause) {
        return new ConfigurationException(
                ErrorCode.GENERATED_FORMAT_MISMATCH,
                new ErrorContext(Operation.OPEN.method(), null, null),
                "table class " + type + " was generated in " + generated + ", but this runtime reads generated-code"
                        + " format " + GeneratedTable.FORMAT + ": the models were compiled with another release's"
                        + " annotation processor",
                "recompile the @Table records with the ormdantic-processor of the same release as ormdantic-runtime"
                        + " (the version in annotationProcessorPaths must match the runtime dependency)",
                cause);
    }

    // ServiceLoader takes a Class, and GeneratedTable.class is the raw type; the loader checks every instance.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ServiceLoader<GeneratedTable<?, ?>> serviceLoader(ClassLoader loader) {
        return (ServiceLoader) ServiceLoader.load(GeneratedTable.class, loader);
    }

    private static ConfigurationException broken(String problem, @Nullable Throwable cause) {
        return new ConfigurationException(
                ErrorCode.TABLE_INDEX_INVALID,
                new ErrorContext(Operation.OPEN.method(), null, null),
                problem,
                "rebuild so that the annotation processor writes the index again",
                cause);
    }
}
