package dev.ormdantic.jpms;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.ormdantic.BlockingOrmdantic;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.Dialect;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * What may depend on what (docs/architecture.md, "What may depend on what"), checked on the classes of the three
 * published modules as they are packaged. javac enforces the module graph itself (each module-info's requires) and,
 * with {@code -Xlint:exports}, that an exported signature names only exported types; these rules add what the module
 * system cannot see: dependencies inside the runtime module and the processor's independence from the runtime.
 */
class ArchitectureTest {

    private static final JavaClasses DIALECTS = importModuleOf(Dialect.class);
    private static final JavaClasses RUNTIME = importModuleOf(Ormdantic.class);
    private static final JavaClasses PROCESSOR = importModule("dev.ormdantic.processor.OrmdanticProcessor");

    /** The runtime's packages a user compiles against: exported by module dev.ormdantic. */
    private static final String[] EXPORTED = {
        "dev.ormdantic",
        "dev.ormdantic.annotation",
        "dev.ormdantic.error",
        "dev.ormdantic.query",
        "dev.ormdantic.relation",
        "dev.ormdantic.support"
    };

    /**
     * The one edge from the API into internal left today: {@code query.Filters} coerces JSON filter values with
     * {@code internal.jdbc.ValueCoercion}. The query package is being reworked (dialect types out of its signatures);
     * moving the coercion behind it belongs to that change.
     */
    private static final String VALUE_COERCION = "dev.ormdantic.internal.jdbc.ValueCoercion";

    /**
     * The query package's one door to the runtime: the query types keep their SQL trees package-private and install
     * an accessor into {@code internal.query.QueryTrees} once, as the JDK's {@code SharedSecrets} do. Only the query
     * package (which installs it), {@code support.Columns} (which makes column constants and hands their specs to generated code) and
     * the relation package (whose predicates are filters and values built from subqueries) use it from the exported
     * side.
     */
    private static final String QUERY_TREES = "dev.ormdantic.internal.query.QueryTrees";

    private static final DescribedPredicate<JavaClass> FILTERS =
            describe("query.Filters", type -> type.getName().startsWith("dev.ormdantic.query.Filters"));

    @Test
    void dialectsDependOnNothingOfOurs() {
        // jackson-core's streaming API: the schema snapshot's JSON, written by the processor and read by migrations
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "dev.ormdantic.dialect..", "java..", "org.jspecify..", "com.fasterxml.jackson.core..")
                .check(DIALECTS);
    }

    @Test
    void theProcessorNeverLoadsARuntimeClass() {
        // it names them as strings (ClassName.get("dev.ormdantic.support", ...)) in the code it writes
        noClasses()
                .should()
                .dependOnClassesThat(describe(
                        "are runtime classes",
                        type -> type.getPackageName().startsWith("dev.ormdantic")
                                && !type.getPackageName().startsWith("dev.ormdantic.dialect")
                                && !type.getPackageName().startsWith("dev.ormdantic.processor")))
                .check(PROCESSOR);
    }

    @Test
    void theApiNeverReachesIntoInternal() {
        noClasses()
                .that(resideInAnyPackage(EXPORTED).and(describe("are not the facade", type -> !isFacade(type))))
                .should()
                .dependOnClassesThat(resideInAPackage("dev.ormdantic.internal..")
                        .and(describe("are not ValueCoercion", type -> !isValueCoercion(type)))
                        .and(describe("are not QueryTrees", type -> !isQueryTrees(type))))
                .because(
                        "only the facade, Ormdantic with its Builder and BlockingOrmdantic, opens the engine; the API it hands out is"
                                + " implemented in internal, never the other way round")
                .check(RUNTIME);
        classes()
                .that(describe("are ValueCoercion or nested in it", ArchitectureTest::isValueCoercion))
                .should()
                .onlyHaveDependentClassesThat(
                        resideInAPackage("dev.ormdantic.internal..").or(FILTERS))
                .check(RUNTIME);
        classes()
                .that(describe("are QueryTrees or nested in it", ArchitectureTest::isQueryTrees))
                .should()
                .onlyHaveDependentClassesThat(resideInAnyPackage(
                        "dev.ormdantic.internal..",
                        "dev.ormdantic.query",
                        "dev.ormdantic.relation",
                        "dev.ormdantic.support"))
                .check(RUNTIME);
    }

    @Test
    void internalNeverCallsTheFacade() {
        noClasses()
                .that()
                .resideInAPackage("dev.ormdantic.internal..")
                .should()
                .dependOnClassesThat(describe(
                        "are the facade Ormdantic, its Builder or BlockingOrmdantic", ArchitectureTest::isFacade))
                .check(RUNTIME);
    }

    @Test
    void errorsAndAnnotationsStandAlone() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.ormdantic.error", "dev.ormdantic.annotation")
                .should()
                .dependOnClassesThat(describe(
                        "are other runtime classes",
                        type -> type.getPackageName().startsWith("dev.ormdantic")
                                && !type.getPackageName().equals("dev.ormdantic.error")
                                && !type.getPackageName().equals("dev.ormdantic.annotation")
                                && !type.getPackageName().startsWith("dev.ormdantic.dialect")))
                .check(RUNTIME);
    }

    @Test
    void noCyclesAmongInternalPackages() {
        slices().matching("dev.ormdantic.internal.(*)..")
                .should()
                .beFreeOfCycles()
                .check(RUNTIME);
    }

    /**
     * No cycles among the runtime's packages, with the facade its own slice: {@code Ormdantic} opens the engine in
     * {@code internal.exec}, which implements the handles of the root package, so the root package as a whole and
     * {@code internal.exec} point at each other, but no class of either points back at the facade.
     */
    @Test
    void noCyclesAmongRuntimePackages() {
        slices().assignedFrom(RUNTIME_SLICES)
                .should()
                .beFreeOfCycles()
                .ignoreDependency(FILTERS, describe("ValueCoercion", ArchitectureTest::isValueCoercion))
                .ignoreDependency(
                        resideInAPackage("dev.ormdantic.query"), describe("QueryTrees", ArchitectureTest::isQueryTrees))
                .check(RUNTIME);
    }

    @Test
    void internalNeverInAnExportedSignature() {
        classes()
                .that(resideInAnyPackage(EXPORTED))
                .and()
                .arePublic()
                .should(exposeNoType(resideInAPackage("dev.ormdantic.internal..")))
                .check(RUNTIME);
    }

    /** Users see filters, orderings and queries, never the SQL or schema trees of {@code dialects} they render to. */
    @Test
    void noDialectsTypeInTheQueryLanguagesSignatures() {
        classes()
                .that()
                .resideInAPackage("dev.ormdantic.query")
                .and()
                .arePublic()
                .should(exposeNoType(resideInAPackage("dev.ormdantic.dialect..")))
                .check(RUNTIME);
    }

    private static final SliceAssignment RUNTIME_SLICES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (!name.startsWith("dev.ormdantic") || name.startsWith("dev.ormdantic.dialect")) {
                return SliceIdentifier.ignore();
            }
            if (isFacade(type)) {
                return SliceIdentifier.of("facade");
            }
            return SliceIdentifier.of(name.equals("dev.ormdantic") ? "api" : name.substring("dev.ormdantic.".length()));
        }

        @Override
        public String getDescription() {
            return "the runtime's packages, with the facade (Ormdantic, BlockingOrmdantic) its own slice";
        }
    };

    private static boolean isValueCoercion(JavaClass type) {
        return type.getName().equals(VALUE_COERCION) || type.getName().startsWith(VALUE_COERCION + "$");
    }

    private static boolean isQueryTrees(JavaClass type) {
        return type.getName().equals(QUERY_TREES) || type.getName().startsWith(QUERY_TREES + "$");
    }

    /** The facade: {@code Ormdantic} (with its {@code Builder}) and its blocking twin {@code BlockingOrmdantic}. */
    private static boolean isFacade(JavaClass type) {
        for (Class<?> facade : List.of(Ormdantic.class, BlockingOrmdantic.class)) {
            if (type.getName().equals(facade.getName()) || type.getName().startsWith(facade.getName() + "$")) {
                return true;
            }
        }
        return false;
    }

    /** Public and protected members (and the class's supertypes) name no type the predicate matches. */
    private static ArchCondition<JavaClass> exposeNoType(DescribedPredicate<JavaClass> hidden) {
        return new ArchCondition<>("expose no " + hidden.getDescription() + " in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> leaks = new ArrayList<>();
                List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
                type.getSuperclass().ifPresent(supertypes::add);
                for (JavaType supertype : supertypes) {
                    collect(type.getName() + " extends/implements", supertype, hidden, leaks);
                }
                for (JavaMember member : type.getMembers()) {
                    Set<JavaModifier> modifiers = member.getModifiers();
                    if (!modifiers.contains(JavaModifier.PUBLIC) && !modifiers.contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    if (member instanceof JavaField field) {
                        collect(field.getFullName(), field.getType(), hidden, leaks);
                    } else if (member instanceof JavaCodeUnit code) {
                        collect(code.getFullName(), code.getReturnType(), hidden, leaks);
                        code.getParameterTypes()
                                .forEach(parameter -> collect(code.getFullName(), parameter, hidden, leaks));
                        code.getThrowsClause()
                                .getTypes()
                                .forEach(thrown -> collect(code.getFullName(), thrown, hidden, leaks));
                    }
                }
                for (String leak : leaks) {
                    events.add(SimpleConditionEvent.violated(type, leak));
                }
            }
        };
    }

    private static void collect(String where, JavaType type, DescribedPredicate<JavaClass> hidden, List<String> leaks) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            if (hidden.test(involved)) {
                leaks.add(where + " names " + involved.getName());
            }
        }
    }

    private static JavaClasses importModuleOf(Class<?> type) {
        try {
            Path location = Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return new ClassFileImporter().importPath(location);
            }
            // kept open: ArchUnit reads the classes' details from the jar as the rules ask for them
            return new ClassFileImporter().importJar(new JarFile(location.toFile()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JavaClasses importModule(String className) {
        try {
            return importModuleOf(Class.forName(className, false, ArchitectureTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className + " is not on the test class path", e);
        }
    }
}
