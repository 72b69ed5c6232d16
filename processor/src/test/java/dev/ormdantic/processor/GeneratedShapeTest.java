package dev.ormdantic.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.ormdantic.processor.generate.TableClassGenerator;
import dev.ormdantic.support.GeneratedTable;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What every generated class has besides its columns and SQL: the singleton, the format the runtime checks, the
 * JSpecify marking, and the source level it needs.
 */
class GeneratedShapeTest {

    private static final JavaFileObject FLAVOR = JavaFileObjects.forSourceString("test.Flavor", """
            package test;

            import dev.ormdantic.annotation.Table;

            @Table(pk = "id")
            public record Flavor(String id, String name) {}
            """);

    private static Compilation compile(String release, JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new OrmdanticProcessor())
                .withOptions("--release", release, "-Xlint:all,-processing,-options", "-Werror")
                .compile(sources);
    }

    @Test
    void theProcessorWritesTheFormatTheRuntimeReads() {
        assertThat(TableClassGenerator.FORMAT).isEqualTo(GeneratedTable.FORMAT);
    }

    @Test
    void everyTableIsASingletonMarkedNullMarkedThatPassesItsFormat() {
        Compilation compilation = compile("21", FLAVOR);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.FlavorTable")
                .contentsAsUtf8String()
                .contains("@NullMarked\npublic final class FlavorTable extends GeneratedTable<Flavor, String> {");
        assertThat(compilation)
                .generatedSourceFile("test.FlavorTable")
                .contentsAsUtf8String()
                .contains("public static final FlavorTable TABLE = new FlavorTable();");
        assertThat(compilation)
                .generatedSourceFile("test.FlavorTable")
                .contentsAsUtf8String()
                .contains("private static final int FORMAT = " + GeneratedTable.FORMAT + ";");
        assertThat(compilation)
                .generatedSourceFile("test.FlavorTable")
                .contentsAsUtf8String()
                .contains("super(FORMAT, Flavor.class, SPEC);");
    }

    @Test
    void aComponentNamedTableGetsAColumnConstantBesideTheSingleton() {
        Compilation compilation = compile("21", JavaFileObjects.forSourceString("test.Seat", """
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Seat(long id, int table) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.SeatTable")
                .contentsAsUtf8String()
                .contains("public static final NumericColumn<Seat, Integer> TABLE_COLUMN = Columns.numeric(");
        assertThat(compilation)
                .generatedSourceFile("test.SeatTable")
                .contentsAsUtf8String()
                .contains("public static final SeatTable TABLE = new SeatTable();");
    }

    @Test
    void aSourceLevelBelow21IsRefusedOnceWithItsCode() {
        Compilation compilation = compile("17", FLAVOR, JavaFileObjects.forSourceString("test.Cone", """
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Cone(String id) {}
                """));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[ORM1070] Ormdantic needs Java 21 or newer, but this compilation's source level is"
                        + " 17 (record ");
        assertThat(compilation)
                .hadErrorContaining("Compile with --release 21 or newer (maven.compiler.release in Maven,"
                        + " options.release in Gradle)");
    }

    @Test
    void anEmptyRecordBodyIsTidied() {
        assertThat(TableStep.tidy("    public record Key(String id, int line) {\n    }\n}\n"))
                .isEqualTo("    public record Key(String id, int line) {}\n}\n");
    }
}
