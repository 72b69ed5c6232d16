package dev.ormdantic.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.SnapshotJson;
import dev.ormdantic.processor.generate.SchemaSnapshotWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The schema snapshot, {@code META-INF/ormdantic/schema.json}, and the {@code @RenamedFrom} hints in it. */
class SchemaSnapshotTest {

    private static final Path GOLDEN =
            Path.of("src", "test", "resources", "goldens", "SchemaSnapshotTest", "schema.json");

    private static final JavaFileObject AUTHOR = JavaFileObjects.forSourceString("test.Author", """
            package test;

            import dev.ormdantic.annotation.RenamedFrom;
            import dev.ormdantic.annotation.Table;
            import jakarta.validation.constraints.Min;
            import jakarta.validation.constraints.Size;
            import org.jspecify.annotations.Nullable;

            @Table(pk = "id", indexed = {"nickname"})
            @RenamedFrom("writer")
            public record Author(
                    long id,
                    @RenamedFrom("nick") @Size(min = 2, max = 40) String nickname,
                    @Min(0) int rating,
                    @Nullable String bio) {}
            """);

    private static final JavaFileObject BOOK = JavaFileObjects.forSourceString("test.Book", """
            package test;

            import dev.ormdantic.annotation.Table;

            @Table(pk = "isbn")
            public record Book(String isbn, String title) {}
            """);

    @Test
    void writesEveryTableSortedWithItsRenameHints() throws IOException {
        Compilation compilation =
                Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(BOOK, AUTHOR);

        assertThat(compilation).succeededWithoutWarnings();
        String json = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, SchemaSnapshotWriter.PATH)
                .orElseThrow()
                .getCharContent(true)
                .toString();
        if (Boolean.getBoolean("goldens.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        SchemaSnapshot snapshot = SnapshotJson.read(json);
        assertThat(snapshot.table("", "author").orElseThrow().renamedFrom()).isEqualTo("writer");
        assertThat(snapshot.table("", "author").orElseThrow().columnRenames()).containsExactly("nickname", "nick");
        assertThat(SnapshotJson.write(snapshot)).isEqualTo(json);
    }

    @Test
    void isTheSameWhateverTheSourceOrder() throws IOException {
        Compilation one =
                Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(BOOK, AUTHOR);
        Compilation two =
                Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(AUTHOR, BOOK);
        assertThat(content(two)).isEqualTo(content(one));
    }

    private static String content(Compilation compilation) throws IOException {
        return compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, SchemaSnapshotWriter.PATH)
                .orElseThrow()
                .getCharContent(true)
                .toString();
    }

    @Test
    void refusesABlankHint() {
        Compilation compilation = compile("@RenamedFrom(\" \") String nickname");
        assertThat(compilation)
                .hadErrorContaining("[ORM1110] @RenamedFrom on component 'nickname' of record Author has a blank")
                .inFile(source("@RenamedFrom(\" \") String nickname"))
                .onLineContaining("@RenamedFrom(\" \")");
    }

    @Test
    void refusesTheCurrentName() {
        Compilation compilation = compile("@RenamedFrom(\"nickname\") String nickname");
        assertThat(compilation)
                .hadErrorContaining(
                        "[ORM1111] @RenamedFrom(\"nickname\") on component 'nickname' of record Author names its"
                                + " current name")
                .inFile(source("@RenamedFrom(\"nickname\") String nickname"))
                .onLineContaining("@RenamedFrom(\"nickname\")");
    }

    @Test
    void refusesTwoComponentsFromOneColumn() {
        String components = "@RenamedFrom(\"nick\") String nickname,\n        @RenamedFrom(\"nick\") String handle";
        Compilation compilation = compile(components);
        assertThat(compilation)
                .hadErrorContaining("[ORM1112] components 'nickname' and 'handle' of record Author both declare"
                        + " @RenamedFrom(\"nick\")")
                .inFile(source(components))
                .onLineContaining("String handle");
    }

    @Test
    void refusesAnEarlierNameTheRecordStillHas() {
        String components = "@RenamedFrom(\"handle\") String nickname,\n        String handle";
        Compilation compilation = compile(components);
        assertThat(compilation)
                .hadErrorContaining("[ORM1113] @RenamedFrom(\"handle\") on component 'nickname' of record Author"
                        + " names column \"handle\", which the record still has (component 'handle')")
                .inFile(source(components))
                .onLineContaining("String nickname");
    }

    private static Compilation compile(String components) {
        return Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(source(components));
    }

    private static JavaFileObject source(String components) {
        return JavaFileObjects.forSourceString("test.Author", """
                package test;

                import dev.ormdantic.annotation.RenamedFrom;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Author(
                        String id,
                        %s) {}
                """.formatted(components));
    }
}
