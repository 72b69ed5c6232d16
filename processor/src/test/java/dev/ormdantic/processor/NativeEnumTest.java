package dev.ormdantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** {@code @NativeEnum}: the generated table (golden) and its compile errors, ORM1060 to ORM1063. */
class NativeEnumTest {

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(sources);
    }

    private static final JavaFileObject ROAST_LEVEL = JavaFileObjects.forSourceString("test.RoastLevel", """
            package test;

            import dev.ormdantic.annotation.EnumValue;

            public enum RoastLevel {
                @EnumValue("L") LIGHT,
                @EnumValue("D") DARK
            }
            """);

    private static final JavaFileObject GRIND = JavaFileObjects.forSourceString("test.Grind", """
            package test;

            public enum Grind { FINE, COARSE }
            """);

    @Test
    void nativeEnumColumns(TestInfo test) {
        Compilation compilation = compile(ROAST_LEVEL, GRIND, JavaFileObjects.forSourceString("test.Cup", """
                package test;

                import dev.ormdantic.annotation.NativeEnum;
                import dev.ormdantic.annotation.Table;
                import java.util.Optional;
                import org.jspecify.annotations.Nullable;

                @Table(pk = "id")
                public record Cup(
                        String id,
                        @NativeEnum RoastLevel roast,
                        @NativeEnum @Nullable RoastLevel previous,
                        @NativeEnum(name = "grind_kind") Optional<Grind> grind,
                        Grind plain) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.CupTable");
    }

    @Test
    void misusedNativeEnumsAreRefusedOnTheirLine() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Mug", """
                package test;

                import dev.ormdantic.annotation.NativeEnum;
                import dev.ormdantic.annotation.Table;
                import java.util.List;

                @Table(pk = "id")
                public record Mug(
                        String id,
                        @NativeEnum String text,
                        @NativeEnum List<Grind> grinds,
                        @NativeEnum(name = "bad\\tname") Grind tabbed,
                        @NativeEnum(name = "mug") Grind sameAsTable,
                        @NativeEnum(name = "shared") Grind first,
                        @NativeEnum(name = "shared") RoastLevel second,
                        @NativeEnum(name = "shared") Grind third) {}
                """);

        Compilation compilation = compile(ROAST_LEVEL, GRIND, source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1060] @NativeEnum on component 'text' of record Mug needs an enum, but its"
                        + " type is String. Remove @NativeEnum")
                .inFile(source)
                .onLineContaining("String text");
        assertThat(compilation)
                .hadErrorContaining("[ORM1060] @NativeEnum on component 'grinds' of record Mug needs an enum")
                .inFile(source)
                .onLineContaining("grinds");
        assertThat(compilation)
                .hadErrorContaining("[ORM1061] @NativeEnum(name = \"bad\tname\") on component 'tabbed' of record Mug"
                        + " is not a valid type name")
                .inFile(source)
                .onLineContaining("tabbed");
        assertThat(compilation)
                .hadErrorContaining("or leave name out for \"grind\"")
                .inFile(source)
                .onLineContaining("tabbed");
        assertThat(compilation)
                .hadErrorContaining("[ORM1062] the native enum type of component 'sameAsTable' of record Mug is named"
                        + " \"mug\", like the table")
                .inFile(source)
                .onLineContaining("sameAsTable");
        assertThat(compilation)
                .hadErrorContaining("[ORM1063] components 'first' and 'second' of record Mug both use the native enum"
                        + " type \"shared\", but their enums store different values ([FINE, COARSE] and [L, D])")
                .inFile(source)
                .onLineContaining("second");
        assertThat(compilation).hadErrorCount(5);
    }
}
