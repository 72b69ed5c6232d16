package dev.ormdantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The errors of JSON and {@code Optional} components (ORM1020 to ORM1023), each with its code and its line. */
class TypeErrorsTest {

    private static Compilation compile(JavaFileObject source) {
        return Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(source);
    }

    private static JavaFileObject flavor(String components) {
        return JavaFileObjects.forSourceString("test.Flavor", """
                package test;

                import dev.ormdantic.annotation.Table;
                import java.time.Instant;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;
                import java.util.Set;
                import org.jspecify.annotations.Nullable;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                %s) {
                    record Note(String text, Instant at) {}

                    record Tree(String name, List<Tree> children) {}
                }
                """.formatted(components));
    }

    private static void refused(String component, String message) {
        JavaFileObject source = flavor("        " + component);
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(component);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1020RawType() {
        refused(
                "@SuppressWarnings(\"rawtypes\") List tags",
                "[ORM1020] component 'tags' of record Flavor has the JSON type List, which cannot be stored: it holds"
                        + " the raw type List; give its type arguments");
    }

    @Test
    void orm1020Wildcard() {
        refused(
                "List<?> tags",
                "[ORM1020] component 'tags' of record Flavor has the JSON type List<?>, which cannot be stored: it"
                        + " holds the wildcard ?, whose type Jackson cannot know when reading; name the type");
    }

    @Test
    void orm1020NonStringKeys() {
        refused(
                "Map<Integer, String> names",
                "[ORM1020] component 'names' of record Flavor has the JSON type Map<Integer, String>, which cannot be"
                        + " stored: it holds Map<Integer, String>, whose keys are not strings");
    }

    @Test
    void orm1020TimeInsideARecord() {
        refused(
                "Flavor.Note note",
                "[ORM1020] component 'note' of record Flavor has the JSON type Flavor.Note, which cannot be stored:"
                        + " it holds Instant, which Jackson writes only with its JSR-310 module");
    }

    @Test
    void orm1020TypeVariableOfAGenericMethodIsRefusedAsRecordTypeParameter() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Flavor", """
                package test;

                import dev.ormdantic.annotation.Table;
                import java.util.List;

                @Table(pk = "id")
                public record Flavor<T>(String id, List<T> items) {}
                """);
        assertThat(compile(source))
                .hadErrorContaining("[ORM1020] component 'items' of record Flavor has the JSON type List<T>, which"
                        + " cannot be stored: it holds the type variable T")
                .inFile(source)
                .onLineContaining("List<T> items");
    }

    @Test
    void recursiveRecordsAreAccepted() {
        assertThat(compile(flavor("        Flavor.Tree tree, Map<String, List<Set<Integer>>> scores")))
                .succeededWithoutWarnings();
    }

    @Test
    void orm1021OptionalOfUnsupportedType() {
        refused(
                "Optional<Thread> worker",
                "[ORM1021] component 'worker' of record Flavor has type Optional<Thread>, which cannot be stored:"
                        + " Thread is not a type Ormdantic can store");
    }

    @Test
    void orm1021OptionalOfOptional() {
        refused(
                "Optional<Optional<String>> nick",
                "[ORM1021] component 'nick' of record Flavor has type Optional<Optional<String>>, which cannot be"
                        + " stored: an Optional inside an Optional has no column");
    }

    @Test
    void orm1022OptionalKey() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Flavor", """
                package test;

                import dev.ormdantic.annotation.Table;
                import java.util.Optional;

                @Table(pk = "id")
                public record Flavor(Optional<String> id, String name) {}
                """);
        assertThat(compile(source))
                .hadErrorContaining("[ORM1022] component 'id' of record Flavor is the primary key and cannot be an"
                        + " Optional. Use String")
                .inFile(source)
                .onLineContaining("Optional<String> id");
    }

    @Test
    void orm1023OptionalAndNullable() {
        refused(
                "@Nullable Optional<String> nick",
                "[ORM1023] component 'nick' of record Flavor is an Optional and also @Nullable");
    }
}
