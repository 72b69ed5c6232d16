package dev.ormdantic.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.ormdantic.processor.generate.TableIndexWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The table index, {@code META-INF/services/dev.ormdantic.support.GeneratedTable}. */
class TableIndexTest {

    private static final JavaFileObject TOPPING = JavaFileObjects.forSourceString("test.shop.Topping", """
            package test.shop;

            import dev.ormdantic.annotation.Table;

            @Table(pk = "id")
            public record Topping(String id) {}
            """);

    private static final JavaFileObject MENU = JavaFileObjects.forSourceString("test.Menu", """
            package test;

            import dev.ormdantic.annotation.Table;

            public final class Menu {
                private Menu() {}

                @Table(pk = "id")
                public record Item(String id) {}
            }
            """);

    private static final JavaFileObject FLAVOR = JavaFileObjects.forSourceString("test.Flavor", """
            package test;

            import dev.ormdantic.annotation.Table;

            @Table(pk = "id")
            public record Flavor(String id) {}
            """);

    @Test
    void listsEveryGeneratedClassSorted() {
        Compilation compilation =
                Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(TOPPING, MENU, FLAVOR);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedFile(StandardLocation.CLASS_OUTPUT, TableIndexWriter.PATH)
                .contentsAsUtf8String()
                .isEqualTo("test.FlavorTable\ntest.Menu_ItemTable\ntest.shop.ToppingTable\n");
        assertThat(compilation).generatedSourceFile("test.Menu_ItemTable").isNotNull();
    }

    @Test
    void isNotWrittenWithoutTables() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new OrmdanticProcessor())
                .compile(JavaFileObjects.forSourceString("test.Plain", """
                        package test;

                        public record Plain(String id) {}
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFiles().stream()
                        .map(JavaFileObject::getName)
                        .toList())
                .containsExactly("/CLASS_OUTPUT/test/Plain.class");
    }

    @Test
    void keepsTheEntriesOfAnEarlierCompilation() throws IOException {
        Set<String> existing = TableIndexWriter.read(new StringReader("""
                # written by an earlier, incremental compilation
                test.ZetaTable
                  test.FlavorTable  # already there

                """));
        StringWriter out = new StringWriter();

        TableIndexWriter.write(existing, List.of("test.FlavorTable", "test.AlphaTable"), out);

        assertThat(out.toString()).isEqualTo("test.AlphaTable\ntest.FlavorTable\ntest.ZetaTable\n");
    }
}
