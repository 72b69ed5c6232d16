package dev.ormdantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The declaration errors of {@code Ref} and {@code Many} components (ORM1080 to ORM1091, and ORM1013 for a constant
 * clash), each with its text and the line javac prints.
 */
class RelationErrorsTest {

    private static final JavaFileObject AUTHOR = JavaFileObjects.forSourceString("test.Author", """
            package test;

            import dev.ormdantic.annotation.Table;

            @Table(pk = "id")
            public record Author(long id, String name) {}
            """);

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(sources);
    }

    private static JavaFileObject post(String source) {
        return JavaFileObjects.forSourceString("test.Post", source);
    }

    @Test
    void orm1080RawRef() {
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Post(
                        long id,
                        @SuppressWarnings("rawtypes") Ref author) {}
                """);

        Compilation compilation = compile(AUTHOR, post);

        assertThat(compilation)
                .hadErrorContaining("[ORM1080] component 'author' of record Post has type Ref, a raw Ref, which cannot"
                        + " be a relationship. Declare it as Ref<Target, KeyType>, where Target is the referenced"
                        + " @Table record and KeyType the boxed type of its key, such as Ref<Author, Long>")
                .inFile(post)
                .onLineContaining("Ref author");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1080OptionalRefAndOptionalMany() {
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.BackReference;
                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Many;
                import dev.ormdantic.relation.Ref;
                import java.util.Optional;

                @Table(pk = "id")
                public record Post(
                        long id,
                        Optional<Ref<Author, Long>> author,
                        @BackReference Optional<Many<Post>> replies) {}
                """);

        Compilation compilation = compile(AUTHOR, post);

        assertThat(compilation)
                .hadErrorContaining("[ORM1080] component 'author' of record Post has type Optional<Ref<Author, Long>>,"
                        + " an Optional of a Ref, which cannot be a relationship. Declare it as @Nullable Ref<Author,"
                        + " Long>: a nullable foreign key holds null for no reference")
                .inFile(post)
                .onLineContaining("Optional<Ref<Author, Long>> author");
        assertThat(compilation)
                .hadErrorContaining("[ORM1080] component 'replies' of record Post has type Optional<Many<Post>>, an"
                        + " Optional of a Many, which cannot be a relationship. Declare it as Many<Post>")
                .inFile(post)
                .onLineContaining("Optional<Many<Post>> replies");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void orm1081RefToARecordThatIsNoTableOrAView() {
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.annotation.View;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Post(
                        long id,
                        Ref<Post.Plain, Long> plain) {

                    public record Plain(long id) {}
                }
                """);
        JavaFileObject note = JavaFileObjects.forSourceString("test.Note", """
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.annotation.View;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Note(
                        long id,
                        Ref<Named, Long> named) {}

                @Table(pk = "id")
                @View(query = "SELECT id FROM author")
                record Named(long id) {}
                """);

        Compilation compilation = compile(post, note);

        assertThat(compilation)
                .hadErrorContaining("[ORM1081] component 'plain' of record Post is a Ref<Post.Plain, Long>, but"
                        + " Post.Plain is not annotated @Table. A Ref references a record annotated @Table (not @View)"
                        + " by its single key component; reference such a record")
                .inFile(post)
                .onLineContaining("Ref<Post.Plain, Long> plain");
        assertThat(compilation)
                .hadErrorContaining(
                        "[ORM1081] component 'named' of record Note is a Ref<Named, Long>, but Named is a" + " @View.")
                .inFile(note)
                .onLineContaining("Ref<Named, Long> named");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void orm1082RefToACompositeKey() {
        JavaFileObject line = JavaFileObjects.forSourceString("test.Line", """
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = {"orderId", "no"})
                public record Line(long orderId, int no) {}
                """);
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Post(
                        long id,
                        Ref<Line, Long> line) {}
                """);

        Compilation compilation = compile(line, post);

        assertThat(compilation)
                .hadErrorContaining("[ORM1082] component 'line' of record Post is a Ref<Line, Long>, but the key of"
                        + " Line has 2 components (orderId, no) and a Ref holds a single key. Reference a composite"
                        + " key with plain components, one per key component, and @Table(foreignKeys ="
                        + " @ForeignKey(columns = {...}, references = Line.class))")
                .inFile(post)
                .onLineContaining("Ref<Line, Long> line");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1083KeyTypeIsNotTheTargetKeyType() {
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Post(
                        long id,
                        Ref<Author, String> author) {}
                """);

        Compilation compilation = compile(AUTHOR, post);

        assertThat(compilation)
                .hadErrorContaining("[ORM1083] component 'author' of record Post is a Ref<Author, String>, but the key"
                        + " component 'id' of Author has type long. Declare it as Ref<Author, Long>")
                .inFile(post)
                .onLineContaining("Ref<Author, String> author");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1084ReferencesNamesAnotherRecord() {
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.References;
                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Post(
                        long id,
                        @References(Post.class)
                        Ref<Author, Long> author) {}
                """);

        Compilation compilation = compile(AUTHOR, post);

        assertThat(compilation)
                .hadErrorContaining("[ORM1084] @References(Post.class) on component 'author' of record Post names Post,"
                        + " but the component is a Ref<Author, Long>, which references Author. Write"
                        + " @References(Author.class) to name the foreign key or set its actions, or remove"
                        + " @References")
                .inFile(post)
                .onLineContaining("@References(Post.class)");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1085ManyWithoutOrWithBothDeclarations() {
        JavaFileObject author = JavaFileObjects.forSourceString("test.Author", """
                package test;

                import dev.ormdantic.annotation.BackReference;
                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.annotation.Through;
                import dev.ormdantic.relation.Many;

                @Table(pk = "id")
                public record Author(
                        long id,
                        Many<Post> posts,
                        @BackReference @Through(Post.class) Many<Post> both) {}
                """);
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Post(long id, Ref<Author, Long> author) {}
                """);

        Compilation compilation = compile(author, post);

        assertThat(compilation)
                .hadErrorContaining("[ORM1085] component 'posts' of record Author is a Many<Post> with neither"
                        + " @BackReference nor @Through, so it is not known which rows of Post it holds. Declare"
                        + " exactly one of @BackReference(\"...\") (one-to-many: the component of Post that is a Ref"
                        + " to Author) and @Through(Association.class) (many-to-many through a @Table record with a"
                        + " Ref to each side)")
                .inFile(author)
                .onLineContaining("Many<Post> posts");
        assertThat(compilation)
                .hadErrorContaining("[ORM1085] component 'both' of record Author is a Many<Post> with both"
                        + " @BackReference and @Through,")
                .inFile(author)
                .onLineContaining("Many<Post> both");
        assertThat(compilation).hadErrorCount(2);
    }

    private static JavaFileObject authorWith(String component) {
        return JavaFileObjects.forSourceString("test.Author", """
                package test;

                import dev.ormdantic.annotation.BackReference;
                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Many;

                @Table(pk = "id")
                public record Author(
                        long id,
                        %s) {}
                """.formatted(component));
    }

    private static final JavaFileObject TWO_REFS = post("""
            package test;

            import dev.ormdantic.annotation.Table;
            import dev.ormdantic.relation.Ref;
            import org.jspecify.annotations.Nullable;

            @Table(pk = "id")
            public record Post(
                    long id,
                    String title,
                    Ref<Author, Long> author,
                    @Nullable Ref<Author, Long> reviewer,
                    @Nullable Ref<Post, Long> parent) {}
            """);

    @Test
    void orm1086BackReferenceToNoComponentOrNoRef() {
        JavaFileObject author = authorWith("""
                @BackReference("writer") Many<Post> posts,
                        @BackReference("title") Many<Post> titled""");

        Compilation compilation = compile(author, TWO_REFS);

        assertThat(compilation)
                .hadErrorContaining(
                        "[ORM1086] @BackReference(\"writer\") on component 'posts' of record Author names no"
                                + " component of Post. Name the component of Post that is a Ref to Author (its Refs to Author:"
                                + " author, reviewer)")
                .inFile(author)
                .onLineContaining("@BackReference(\"writer\")");
        assertThat(compilation)
                .hadErrorContaining("[ORM1086] @BackReference(\"title\") on component 'titled' of record Author names"
                        + " component 'title' of Post, which is not a Ref.")
                .inFile(author)
                .onLineContaining("@BackReference(\"title\")");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void orm1086AmbiguousOrMissingBackReference() {
        JavaFileObject author = authorWith("@BackReference Many<Post> posts");
        JavaFileObject note = JavaFileObjects.forSourceString("test.Note", """
                package test;

                import dev.ormdantic.annotation.BackReference;
                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Many;

                @Table(pk = "id")
                public record Note(long id, @BackReference Many<Author> authors) {}
                """);

        Compilation compilation = compile(author, TWO_REFS, note);

        assertThat(compilation)
                .hadErrorContaining("[ORM1086] @BackReference(\"\") on component 'posts' of record Author names no"
                        + " component, and Post has several Refs to Author (author, reviewer). Name one, such as"
                        + " @BackReference(\"author\")")
                .inFile(author)
                .onLineContaining("@BackReference Many<Post> posts");
        assertThat(compilation)
                .hadErrorContaining("[ORM1086] @BackReference(\"\") on component 'authors' of record Note names no"
                        + " component, and Author has no Ref to Note. Add a Ref to Note to Author, such as Ref<Note,"
                        + " Long> note")
                .inFile(note)
                .onLineContaining("@BackReference Many<Author> authors");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void orm1087BackReferenceToARefOfAnotherTable() {
        JavaFileObject author = authorWith("@BackReference(\"parent\") Many<Post> posts");

        Compilation compilation = compile(author, TWO_REFS);

        assertThat(compilation)
                .hadErrorContaining("[ORM1087] @BackReference(\"parent\") on component 'posts' of record Author names"
                        + " component 'parent' of Post, a Ref to Post, not to Author. Name a component of Post that is"
                        + " a Ref to Author (its Refs to Author: author, reviewer)")
                .inFile(author)
                .onLineContaining("@BackReference(\"parent\")");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1088ThroughANonTableOrWithoutTheReferences() {
        JavaFileObject tag = JavaFileObjects.forSourceString("test.Tag", """
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "code")
                public record Tag(String code) {}
                """);
        JavaFileObject links = JavaFileObjects.forSourceString("test.PostTag", """
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = {"post", "tag"})
                public record PostTag(Ref<Post, Long> post, Ref<Tag, String> tag, Ref<Tag, String> other) {}
                """);
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.annotation.Through;
                import dev.ormdantic.relation.Many;

                @Table(pk = "id")
                public record Post(
                        long id,
                        @Through(Post.Plain.class) Many<Tag> plain,
                        @Through(PostTag.class) Many<Tag> tags,
                        @Through(value = PostTag.class, target = "tag") Many<Author> authors) {

                    public record Plain(long id) {}
                }
                """);

        Compilation compilation = compile(AUTHOR, tag, links, post);

        assertThat(compilation)
                .hadErrorContaining("[ORM1088] @Through(Post.Plain.class) on component 'plain' of record Post names a"
                        + " record that is not annotated @Table. Name a @Table record with a Ref to Post and a Ref to"
                        + " Tag, such as @Table(pk = {\"post\", \"tag\"}) record PostTag(Ref<Post, Long> post,"
                        + " Ref<Tag, Long> tag)")
                .inFile(post)
                .onLineContaining("@Through(Post.Plain.class)");
        assertThat(compilation)
                .hadErrorContaining(
                        "[ORM1088] @Through(PostTag.class) on component 'tags' of record Post names PostTag,"
                                + " which has several Refs to Tag (tag, other). Say which with @Through(value = PostTag.class,"
                                + " target = \"tag\")")
                .inFile(post)
                .onLineContaining("@Through(PostTag.class)");
        assertThat(compilation)
                .hadErrorContaining("[ORM1088] @Through(PostTag.class) on component 'authors' of record Post has target"
                        + " = \"tag\", a Ref to Tag, not to Author. Add a Ref<Author, ...> component to PostTag")
                .inFile(post)
                .onLineContaining("target = \"tag\"");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void orm1089ManyOfARecordThatIsNoTable() {
        JavaFileObject author = JavaFileObjects.forSourceString("test.Author", """
                package test;

                import dev.ormdantic.annotation.BackReference;
                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Many;

                @Table(pk = "id")
                public record Author(
                        long id,
                        @BackReference Many<Author.Alias> aliases) {

                    public record Alias(String name) {}
                }
                """);

        Compilation compilation = compile(author);

        assertThat(compilation)
                .hadErrorContaining("[ORM1089] component 'aliases' of record Author is a Many<Author.Alias>, but"
                        + " Author.Alias is not annotated @Table. A Many holds rows of a record annotated @Table (not"
                        + " @View); use a List of Author.Alias (stored as JSON) for values that are no table's rows")
                .inFile(author)
                .onLineContaining("Many<Author.Alias> aliases");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1090WhatARelationshipCannotCarry() {
        JavaFileObject author = JavaFileObjects.forSourceString("test.Author", """
                package test;

                import dev.ormdantic.annotation.BackReference;
                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Many;
                import jakarta.validation.constraints.Size;
                import org.jspecify.annotations.Nullable;

                @Table(pk = "id")
                public record Author(
                        long id,
                        @BackReference("name") String name,
                        @BackReference("author") @Nullable Many<Post> posts,
                        @BackReference("author")
                        @Size(max = 3) Many<Post> few) {}
                """);
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Post(long id, Ref<Author, Long> author) {}
                """);

        Compilation compilation = compile(author, post);

        assertThat(compilation)
                .hadErrorContaining("[ORM1090] component 'name' of record Author is of type String, which cannot carry"
                        + " @BackReference. Declare it as Many<Element> to make it a to-many relationship, or remove"
                        + " @BackReference")
                .inFile(author)
                .onLineContaining("@BackReference(\"name\")");
        assertThat(compilation)
                .hadErrorContaining("[ORM1090] component 'posts' of record Author is a Many<Post>, which cannot be"
                        + " @Nullable. Remove @Nullable: a Many is never null, and an unloaded one is its own state"
                        + " (isLoaded() is false, get() throws ORM2601)")
                .inFile(author)
                .onLineContaining("@Nullable Many<Post> posts");
        assertThat(compilation)
                .hadErrorContaining("[ORM1090] component 'few' of record Author is a Many<Post>, which cannot carry"
                        + " @Size(max = 3). Remove it: a Many is no column and is not validated when its record is"
                        + " written")
                .inFile(author)
                .onLineContaining("@Size(max = 3)");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void orm1091CycleOfNonNullableReferences() {
        JavaFileObject author = JavaFileObjects.forSourceString("test.Author", """
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Author(
                        long id,
                        Ref<Post, Long> favourite) {}
                """);
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Post(
                        long id,
                        Ref<Author, Long> author) {}
                """);
        JavaFileObject employee = JavaFileObjects.forSourceString("test.Employee", """
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Employee(
                        long id,
                        Ref<Employee, Long> manager) {}
                """);

        Compilation compilation = compile(author, post, employee);

        assertThat(compilation)
                .hadErrorContaining("[ORM1091] component 'favourite' of record Author is a non-nullable Ref<Post, Long>"
                        + " that closes a cycle of non-nullable references (Author.favourite -> Post.author ->"
                        + " Author), so no row of these tables can be inserted before the others. Make one of them"
                        + " @Nullable (insert the row with null, then update it), such as @Nullable Ref<Post, Long>"
                        + " favourite")
                .inFile(author)
                .onLineContaining("Ref<Post, Long> favourite");
        assertThat(compilation)
                .hadErrorContaining("[ORM1091] component 'author' of record Post is a non-nullable Ref<Author, Long>"
                        + " that closes a cycle of non-nullable references (Post.author -> Author.favourite -> Post)")
                .inFile(post)
                .onLineContaining("Ref<Author, Long> author");
        assertThat(compilation)
                .hadErrorContaining("[ORM1091] component 'manager' of record Employee is a non-nullable"
                        + " Ref<Employee, Long> that closes a cycle of non-nullable references (Employee.manager ->"
                        + " Employee)")
                .inFile(employee)
                .onLineContaining("Ref<Employee, Long> manager");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void orm1013KeyConstantClash() {
        JavaFileObject post = post("""
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.relation.Ref;

                @Table(pk = "id")
                public record Post(
                        long id,
                        Ref<Author, Long> author,
                        long authorKey) {}
                """);

        Compilation compilation = compile(AUTHOR, post);

        assertThat(compilation)
                .hadErrorContaining("[ORM1013] components 'author' and 'authorKey' of record Post both become the"
                        + " constant PostTable.AUTHOR_KEY. Rename one of the components")
                .inFile(post)
                .onLineContaining("long authorKey");
        assertThat(compilation).hadErrorCount(1);
    }
}
