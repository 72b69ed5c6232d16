package dev.ormdantic.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The generated classes of {@code Ref} and {@code Many} components: the {@code _KEY} column constant, the
 * {@code ToOne}/{@code ToMany} constants, {@code read} with unloaded references and collections, binders through the
 * key, a composite key of two references, a self-reference and two references to one table; compared with golden
 * files and compiled with every warning turned into an error.
 */
class RelationGeneratedTableTest {

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new OrmdanticProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(sources);
    }

    private static final JavaFileObject AUTHOR = JavaFileObjects.forSourceString("test.Author", """
            package test;

            import dev.ormdantic.annotation.BackReference;
            import dev.ormdantic.annotation.Table;
            import dev.ormdantic.relation.Many;

            @Table(pk = "id")
            public record Author(
                    long id,
                    String name,
                    @BackReference("author") Many<Post> posts,
                    @BackReference("reviewer") Many<Post> reviews) {}
            """);

    private static final JavaFileObject POST = JavaFileObjects.forSourceString("test.Post", """
            package test;

            import dev.ormdantic.annotation.References;
            import dev.ormdantic.annotation.ReferentialAction;
            import dev.ormdantic.annotation.Table;
            import dev.ormdantic.annotation.Through;
            import dev.ormdantic.relation.Many;
            import dev.ormdantic.relation.Ref;
            import jakarta.validation.constraints.Min;
            import org.jspecify.annotations.Nullable;

            @Table(pk = "id", indexed = "author")
            public record Post(
                    long id,
                    @References(value = Author.class, onDelete = ReferentialAction.CASCADE) @Min(1) Ref<Author, Long> author,
                    @Nullable Ref<Author, Long> reviewer,
                    String title,
                    @Through(PostTag.class) Many<Tag> tags) {}
            """);

    private static final JavaFileObject TAG = JavaFileObjects.forSourceString("test.Tag", """
            package test;

            import dev.ormdantic.annotation.Table;
            import jakarta.validation.constraints.Size;

            @Table(pk = "code")
            public record Tag(@Size(max = 20) String code, String label) {}
            """);

    private static final JavaFileObject POST_TAG = JavaFileObjects.forSourceString("test.PostTag", """
            package test;

            import dev.ormdantic.annotation.Table;
            import dev.ormdantic.relation.Ref;

            @Table(pk = {"post", "tag"})
            public record PostTag(Ref<Post, Long> post, Ref<Tag, String> tag) {}
            """);

    @Test
    void refsManyAndAssociation(TestInfo test) {
        Compilation compilation = compile(AUTHOR, POST, TAG, POST_TAG);

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.PostTable");
        Goldens.assertMatches(test, compilation, "test.AuthorTable");
        Goldens.assertMatches(test, compilation, "test.PostTagTable");
    }

    @Test
    void selfReference(TestInfo test) {
        Compilation compilation = compile(JavaFileObjects.forSourceString("test.Employee", """
                package test;

                import dev.ormdantic.annotation.BackReference;
                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Many;
                import dev.ormdantic.relation.Ref;
                import java.util.UUID;
                import org.jspecify.annotations.Nullable;

                @Table(pk = "id")
                public record Employee(
                        UUID id,
                        String name,
                        @Nullable Ref<Employee, UUID> manager,
                        @BackReference Many<Employee> reports) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.EmployeeTable");
    }

    @Test
    void refToAnotherPackageWithAColumnName() throws IOException {
        Compilation compilation = compile(
                JavaFileObjects.forSourceString("other.Author", """
                        package other;

                        import dev.ormdantic.annotation.Table;

                        @Table(pk = "id")
                        public record Author(long id, String name) {}
                        """),
                JavaFileObjects.forSourceString("test.Post", """
                        package test;

                        import dev.ormdantic.annotation.Column;
                        import dev.ormdantic.annotation.Table;
                        import dev.ormdantic.relation.Ref;
                        import other.Author;

                        @Table(pk = "id")
                        public record Post(long id, @Column(name = "author_id") Ref<Author, Long> author) {}
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        String source = compilation
                .generatedSourceFile("test.PostTable")
                .orElseThrow()
                .getCharContent(true)
                .toString()
                .replaceAll("\\s+", " ");
        assertThat(source).contains("import other.AuthorTable;");
        assertThat(source).contains("public static final NumericColumn<Post, Long> AUTHOR_KEY = Columns.numeric(");
        assertThat(source)
                .contains(
                        "\"author\", \"PostTable.AUTHOR\", () -> TABLE, () -> AuthorTable.TABLE, \"author_id\", \"id\"");
        assertThat(source)
                .contains("\"post_author_id_foreign_key\", List.of(\"author_id\"), \"\", \"author\", List.of(\"id\")");
    }
}
