package dev.ormdantic.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.ormdantic.processor.generate.TableClassGenerator;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error and warning code the processor reports, each asserted with its code and its line. */
class ErrorsTest {

    private static Compilation compile(JavaFileObject source) {
        return Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(source);
    }

    private static JavaFileObject flavor(String source) {
        return JavaFileObjects.forSourceString("test.Flavor", source);
    }

    @Test
    void orm1001KeyNamesNoComponent() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(
                        name = "flavors",
                        pk = "idd")
                public record Flavor(String id, String name, int rating) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation)
                .hadErrorContaining(
                        "[ORM1001] @Table(pk = \"idd\") names no component of record Flavor; components: id, name, rating")
                .inFile(source)
                .onLineContaining("pk = \"idd\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1002TableOnClass() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public class Flavor {
                    String id;
                }
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1002] @Table is on class Flavor, but only a record can be a table")
                .inFile(source)
                .onLineContaining("public class Flavor");
    }

    @Test
    void orm1003UnsupportedType() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;
                import java.time.Duration;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                        Duration ttl) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1003] component 'ttl' of record Flavor has type Duration")
                .inFile(source)
                .onLineContaining("Duration ttl");
    }

    @Test
    void orm1004DuplicateColumn() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Column;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                        String name,
                        @Column(name = "name") String title) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining(
                        "[ORM1004] components 'name' and 'title' of record Flavor both map to column \"name\"")
                .inFile(source)
                .onLineContaining("@Column(name = \"name\")");
    }

    @Test
    void orm1005IndexNamesNoComponent() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(
                        pk = "id",
                        indexed = {"name"},
                        unique = {
                            "rating",
                            "nme"
                        })
                public record Flavor(String id, String name, int rating) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1005] \"nme\" in @Table(unique = ...) names no component of record Flavor;"
                        + " components: id, name, rating")
                .inFile(source)
                .onLineContaining("\"nme\"");
    }

    @Test
    void orm1006InvalidTableAndColumnNames() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Column;
                import dev.ormdantic.annotation.Table;

                @Table(
                        name = " ",
                        pk = "id")
                public record Flavor(
                        String id,
                        @Column(name = "") String name) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1006] table name \" \" of record Flavor is not a valid name: it is blank")
                .inFile(source)
                .onLineContaining("name = \" \"");
        assertThat(compilation)
                .hadErrorContaining("[ORM1006] column name of component 'name' \"\" of record Flavor")
                .inFile(source)
                .onLineContaining("@Column(name = \"\")");
    }

    @Test
    void orm1007ConstraintOnWrongType() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;
                import jakarta.validation.constraints.Size;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                        @Size(max = 3)
                        int rating) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1007] @Size on component 'rating' of record Flavor does not apply to its"
                        + " type int. Remove it, or put it on a String or byte[] component")
                .inFile(source)
                .onLineContaining("@Size(max = 3)");
    }

    @Test
    void orm1008NullablePrimitive() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;
                import org.jspecify.annotations.Nullable;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                        @Nullable int rating) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1008] component 'rating' of record Flavor has the primitive type int, which"
                        + " cannot be @Nullable. Use Integer")
                .inFile(source)
                .onLineContaining("@Nullable int rating");
    }

    @Test
    void orm1009NullableKey() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;
                import org.jspecify.annotations.Nullable;

                @Table(pk = "id")
                public record Flavor(
                        @Nullable String id,
                        String name) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining(
                        "[ORM1009] component 'id' of record Flavor is the primary key and cannot be" + " @Nullable")
                .inFile(source)
                .onLineContaining("@Nullable String id");
    }

    @Test
    void orm1010PrivateRecord() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Outer", """
                package test;

                import dev.ormdantic.annotation.Table;

                public class Outer {
                    @Table(pk = "id")
                    private record Flavor(String id) {}
                }
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1010] record Outer.Flavor cannot be a table because it is private")
                .inFile(source)
                .onLineContaining("private record Flavor");
    }

    @Test
    void orm1010RecordInsidePrivateClass() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Outer", """
                package test;

                import dev.ormdantic.annotation.Table;

                public class Outer {
                    private static class Hidden {
                        @Table(pk = "id")
                        record Flavor(String id) {}
                    }
                }
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1010] record Outer.Hidden.Flavor cannot be a table because it is nested in"
                        + " a private type")
                .inFile(source)
                .onLineContaining("record Flavor");
    }

    @Test
    void orm1010GenericRecord() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Flavor<T>(String id) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1010] record Flavor cannot be a table because it has type parameters <T>")
                .inFile(source)
                .onLineContaining("public record Flavor<T>");
    }

    @Test
    void orm1011PrivateEnum() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                        Kind kind) {

                    private enum Kind {
                        SWEET
                    }
                }
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1011] component 'kind' of record Flavor has the enum type Flavor.Kind, which"
                        + " the generated FlavorTable cannot use")
                .inFile(source)
                .onLineContaining("Kind kind");
    }

    @Test
    void orm1012InvalidConstraintAttributes() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;
                import jakarta.validation.constraints.Size;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                        @Size(min = 5, max = 2) String name) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1012] @Size(min = 5, max = 2) on component 'name' of record Flavor is"
                        + " invalid: max is less than min")
                .inFile(source)
                .onLineContaining("@Size(min = 5, max = 2)");
    }

    @Test
    void orm1013SameConstant() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Column;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                        String createdAt,
                        @Column(name = "created") String created_at) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1013] components 'createdAt' and 'created_at' of record Flavor both become"
                        + " the constant FlavorTable.CREATED_AT")
                .inFile(source)
                .onLineContaining("String created_at");
    }

    @Test
    void orm1014ComponentIndexedTwice() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(
                        pk = "id",
                        indexed = {
                            "name",
                            "name" /* again */
                        })
                public record Flavor(String id, String name) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1014] \"name\" is listed twice in @Table(indexed = ...) of record Flavor")
                .inFile(source)
                .onLineContaining("again");
    }

    @Test
    void orm1015UnresolvedTypeAtTheEnd() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                        Missing missing) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation)
                .hadErrorContaining("[ORM1015] record Flavor was not processed because the type Missing of component"
                        + " 'missing' could not be resolved")
                .inFile(source)
                .onLineContaining("Missing missing");
    }

    private static final String CUSTOM_CONSTRAINTS = """
            package test;

            import dev.ormdantic.annotation.Table;
            import jakarta.validation.Constraint;
            import java.lang.annotation.ElementType;
            import java.lang.annotation.Retention;
            import java.lang.annotation.RetentionPolicy;
            import java.lang.annotation.Target;

            @Flavor.Named
            @Table(pk = "id")
            public record Flavor(
                    String id,
                    @Flavor.Slug String slug) {

                @Constraint(validatedBy = {})
                @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
                @Retention(RetentionPolicy.RUNTIME)
                public @interface Slug {
                    String message() default "not a slug";

                    Class<?>[] groups() default {};

                    Class<? extends jakarta.validation.Payload>[] payload() default {};
                }

                @Constraint(validatedBy = {})
                @Target(ElementType.TYPE)
                @Retention(RetentionPolicy.RUNTIME)
                public @interface Named {
                    String message() default "not named";

                    Class<?>[] groups() default {};

                    Class<? extends jakarta.validation.Payload>[] payload() default {};
                }
            }
            """;

    @Test
    void orm1101AndOrm1065CustomConstraintsWithoutAProviderAreWarnings() {
        JavaFileObject source = flavor(CUSTOM_CONSTRAINTS);

        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[ORM1101] @Slug on component 'slug' of record Flavor is a custom constraint,"
                        + " which Ormdantic delegates to a Bean Validation provider, and none is on the compile class"
                        + " path: it is checked only if one is present at run time, otherwise every write of Flavor"
                        + " fails with ORM2130. Add a provider such as org.hibernate.validator:hibernate-validator"
                        + " and org.glassfish.expressly:expressly")
                .inFile(source)
                .onLineContaining("@Flavor.Slug String slug");
        assertThat(compilation)
                .hadWarningContaining("[ORM1065] @Named on record Flavor is a custom constraint, which Ormdantic"
                        + " delegates to a Bean Validation provider, and none is on the compile class path")
                .inFile(source)
                .onLineContaining("public record Flavor(");
        assertThat(compilation).hadWarningCount(2);
        assertThat(compilation)
                .generatedSourceFile("test.FlavorTable")
                .contentsAsUtf8String()
                .contains(
                        "ProviderChecks.validate(violations, row, Set.of(\"test.Flavor.Named\", \"test.Flavor.Slug\"));");
    }

    @Test
    void customConstraintsWithAProviderOnTheClassPathAreNotWarnedAbout() {
        JavaFileObject source = flavor(CUSTOM_CONSTRAINTS);
        JavaFileObject provider = JavaFileObjects.forSourceString("org.hibernate.validator.HibernateValidator", """
                package org.hibernate.validator;

                public class HibernateValidator {}
                """);

        Compilation compilation =
                Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(source, provider);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.FlavorTable")
                .contentsAsUtf8String()
                .contains(
                        "ProviderChecks.validate(violations, row, Set.of(\"test.Flavor.Named\", \"test.Flavor.Slug\"));");
    }

    @Test
    void orm1067ACustomConstraintThatDoesNotReachTheFieldIsAnError() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;
                import jakarta.validation.Constraint;
                import java.lang.annotation.ElementType;
                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;
                import java.lang.annotation.Target;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                        @Flavor.Slug String slug) {

                    @Constraint(validatedBy = {})
                    @Target(ElementType.RECORD_COMPONENT)
                    @Retention(RetentionPolicy.RUNTIME)
                    public @interface Slug {
                        String message() default "not a slug";

                        Class<?>[] groups() default {};

                        Class<? extends jakarta.validation.Payload>[] payload() default {};
                    }
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[ORM1067] @Slug on component 'slug' of record Flavor cannot be checked: its"
                        + " @Target does not include ElementType.FIELD, so it does not propagate to the record's"
                        + " field, where the Bean Validation provider looks for it (record accessors are not"
                        + " getters). Add ElementType.FIELD to the @Target of @Slug")
                .inFile(source)
                .onLineContaining("@Flavor.Slug String slug");
    }

    @Test
    void orm1066AConstraintOfALaterBeanValidationIsAWarning() {
        JavaFileObject later = JavaFileObjects.forSourceString("jakarta.validation.constraints.Later", """
                package jakarta.validation.constraints;

                import java.lang.annotation.ElementType;
                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;
                import java.lang.annotation.Target;

                @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
                @Retention(RetentionPolicy.RUNTIME)
                public @interface Later {}
                """);
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;
                import jakarta.validation.constraints.Later;

                @Table(pk = "id")
                public record Flavor(
                        String id,
                        @Later String slug) {}
                """);

        Compilation compilation =
                Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(source, later);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[ORM1066] @Later on component 'slug' of record Flavor is a jakarta.validation"
                        + " constraint this version of Ormdantic does not know; it is ignored when writing")
                .inFile(source)
                .onLineContaining("@Later String slug");
        assertThat(compilation)
                .generatedSourceFile("test.FlavorTable")
                .contentsAsUtf8String()
                .doesNotContain("ProviderChecks");
    }

    @Test
    void orm9999InternalErrorIsReportedAndOtherTablesAreStillGenerated(@TempDir Path directory) {
        JavaFileObject broken = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Flavor(String id) {}
                """);
        JavaFileObject fine = JavaFileObjects.forSourceString("test.Topping", """
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Topping(String id) {}
                """);
        Compilation compilation =
                Compiler.javac().withProcessors(failingOnFlavor()).compile(broken, fine);

        assertThat(compilation)
                .hadErrorContaining("[ORM9999] internal error in the Ormdantic processor while processing test.Flavor:"
                        + " java.lang.IllegalStateException: boom; please report it")
                .inFile(broken)
                .onLineContaining("public record Flavor");
        assertThat(compilation).hadErrorContaining("at dev.ormdantic.processor.");
        assertThat(compilation).hadErrorCount(1);
        assertThat(JavacRun.compile(directory, failingOnFlavor(), broken, fine).written())
                .contains("generated/test/ToppingTable.java");
    }

    private static OrmdanticProcessor failingOnFlavor() {
        return new OrmdanticProcessor(model -> {
            if (model.record().simpleName().equals("Flavor")) {
                throw new IllegalStateException("boom");
            }
            return new TableClassGenerator(true, true).generate(model);
        });
    }

    @Test
    void everyErrorOfATableIsReported() {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;
                import jakarta.validation.constraints.Min;
                import java.time.Duration;
                import org.jspecify.annotations.Nullable;

                @Table(pk = "key", indexed = {"nme"})
                public record Flavor(
                        String id,
                        Duration extras,
                        @Nullable long count,
                        @Min(1) String name) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[ORM1001]");
        assertThat(compilation).hadErrorContaining("[ORM1003]");
        assertThat(compilation).hadErrorContaining("[ORM1005]");
        assertThat(compilation).hadErrorContaining("[ORM1007]");
        assertThat(compilation).hadErrorContaining("[ORM1008]");
        assertThat(compilation).hadErrorCount(5);
    }

    @Test
    void aFailingTableWritesNothing(@TempDir Path directory) {
        JavaFileObject source = flavor("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "idd")
                public record Flavor(String id) {}
                """);

        JavacRun run = JavacRun.compile(directory, new OrmdanticProcessor(), source);

        assertThat(run.errorCount()).isEqualTo(1);
        assertThat(run.diagnostics().getFirst().getMessage(Locale.ROOT)).startsWith("[ORM1001]");
        assertThat(run.written()).isEmpty();
    }
}
