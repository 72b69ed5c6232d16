package dev.ormdantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Patterns the databases read differently (ORM1030), bad table checks (ORM1031) and enum values (ORM1032, 1033). */
class CheckErrorsTest {

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(sources);
    }

    @Test
    void patternsWithJavaOnlySyntaxAreRefusedOnTheirLine() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Item", """
                package test;

                import dev.ormdantic.annotation.Table;
                import jakarta.validation.constraints.Pattern;

                @Table(pk = "id")
                public record Item(
                        String id,
                        @Pattern(regexp = "a(?=b)") String lookahead,
                        @Pattern(regexp = "a*+") String possessive,
                        @Pattern(regexp = "\\\\p{L}+") String unicodeClass,
                        @Pattern(regexp = "(?i)abc") String embeddedFlag,
                        @Pattern(regexp = "[a[b]]") String nestedClass,
                        @Pattern(regexp = "\\\\bword") String wordBoundary,
                        @Pattern(regexp = "[A-Z]{2}-\\\\d+\\\\.x|y?") String portable,
                        @Pattern(regexp = "(?i)abc", flags = Pattern.Flag.CASE_INSENSITIVE) String javaOnly) {}
                """);

        Compilation compilation = compile(source);

        String[][] expected = {
            {"lookahead' of record Item uses a group starting with (?", "String lookahead"},
            {"possessive' of record Item uses a possessive quantifier (*+)", "String possessive"},
            {"unicodeClass' of record Item uses the escape \\p", "String unicodeClass"},
            {"embeddedFlag' of record Item uses a group starting with (?", "String embeddedFlag"},
            {"nestedClass' of record Item uses a '[' inside a character class", "String nestedClass"},
            {"wordBoundary' of record Item uses the escape \\b", "String wordBoundary"},
        };
        for (String[] error : expected) {
            assertThat(compilation)
                    .hadErrorContaining("[ORM1030] @Pattern(regexp = ")
                    .inFile(source)
                    .onLineContaining(error[1]);
            assertThat(compilation).hadErrorContaining(error[0]);
        }
        assertThat(compilation).hadErrorCount(expected.length);
    }

    @Test
    void badTableChecksAreRefusedOnTheirEntry() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Booking", """
                package test;

                import dev.ormdantic.annotation.Check;
                import dev.ormdantic.annotation.Table;

                @Table(
                        pk = "id",
                        checks = {
                            @Check(name = "booking_ok_check", sql = "a < b"),
                            @Check(name = " ", sql = "a < b"),
                            @Check(name = "booking_empty_check", sql = ""),
                            @Check(name = "booking_ok_check", sql = "a > 0")
                        })
                public record Booking(String id, int a, int b) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1031] @Check(name = \" \") in @Table(checks = ...) of record Booking is"
                        + " invalid: the name is not valid: it is blank")
                .inFile(source)
                .onLineContaining("@Check(name = \" \"");
        assertThat(compilation)
                .hadErrorContaining("@Check(name = \"booking_empty_check\") in @Table(checks = ...) of record Booking"
                        + " is invalid: its sql is blank")
                .inFile(source)
                .onLineContaining("booking_empty_check");
        assertThat(compilation)
                .hadErrorContaining("is invalid: another check has the same name")
                .inFile(source)
                .onLineContaining("sql = \"a > 0\"");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void enumValuesMustBeOnEveryConstantNonEmptyAndDistinct() {
        JavaFileObject grind = JavaFileObjects.forSourceString("test.Grind", """
                package test;

                import dev.ormdantic.annotation.EnumValue;

                public enum Grind {
                    @EnumValue("F") FINE,
                    MEDIUM,
                    @EnumValue("") COARSE,
                    @EnumValue("F") EXTRA_FINE
                }
                """);
        JavaFileObject source = JavaFileObjects.forSourceString("test.Brew", """
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Brew(String id, Grind grind) {}
                """);

        Compilation compilation = compile(grind, source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1032] constant Grind.MEDIUM has no @EnumValue, but other constants of Grind"
                        + " (stored by component 'grind' of record Brew) have one")
                .inFile(grind)
                .onLineContaining("MEDIUM");
        assertThat(compilation)
                .hadErrorContaining("[ORM1033] @EnumValue(\"\") on constant Grind.COARSE is invalid: it is empty")
                .inFile(grind)
                .onLineContaining("COARSE");
        assertThat(compilation)
                .hadErrorContaining("[ORM1033] @EnumValue(\"F\") on constant Grind.EXTRA_FINE is invalid: constant"
                        + " FINE has the same value")
                .inFile(grind)
                .onLineContaining("EXTRA_FINE");
        assertThat(compilation).hadErrorCount(3);
    }
}
