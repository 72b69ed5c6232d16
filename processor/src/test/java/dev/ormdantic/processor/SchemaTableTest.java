package dev.ormdantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Foreign keys, unique constraints, composite and partial indexes, schemas and views: the generated classes against
 * golden files, and every error code of that range (ORM1050 to ORM1057) with its line.
 */
class SchemaTableTest {

    private static final JavaFileObject FLAVOR = JavaFileObjects.forSourceString("test.Flavor", """
            package test;

            import dev.ormdantic.annotation.Table;
            import jakarta.validation.constraints.Size;

            @Table(pk = "id")
            public record Flavor(@Size(max = 40) String id, String name) {}
            """);

    private static final JavaFileObject MEMBERSHIP = JavaFileObjects.forSourceString("test.Membership", """
            package test;

            import dev.ormdantic.annotation.Table;

            @Table(pk = "groupId")
            public record Membership(long groupId, String role) {}
            """);

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new OrmdanticProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(sources);
    }

    @Test
    void foreignKeysUniquesIndexesAndSchema(TestInfo test) {
        Compilation compilation = compile(FLAVOR, MEMBERSHIP, JavaFileObjects.forSourceString("test.Scoop", """
                        package test;

                        import dev.ormdantic.annotation.ForeignKey;
                        import dev.ormdantic.annotation.Index;
                        import dev.ormdantic.annotation.References;
                        import dev.ormdantic.annotation.ReferentialAction;
                        import dev.ormdantic.annotation.Table;
                        import dev.ormdantic.annotation.Unique;
                        import org.jspecify.annotations.Nullable;

                        @Table(
                                pk = "id",
                                schema = "shop",
                                indexes = {
                                    @Index(columns = {"flavorId", "size"}),
                                    @Index(columns = "code", unique = true, where = "size > 0"),
                                },
                                uniques = {@Unique({"code", "size"}), @Unique(value = "label", name = "scoop_label")},
                                foreignKeys = @ForeignKey(
                                        columns = "groupId",
                                        references = Membership.class,
                                        onDelete = ReferentialAction.SET_NULL))
                        public record Scoop(
                                long id,
                                @References(value = Flavor.class, onDelete = ReferentialAction.CASCADE) String flavorId,
                                @Nullable Long groupId,
                                String code,
                                String label,
                                int size) {}
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.ScoopTable");
    }

    @Test
    void view(TestInfo test) {
        Compilation compilation = compile(JavaFileObjects.forSourceString("test.TopFlavor", """
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.annotation.View;

                @View(query = "SELECT id, name FROM flavor WHERE name <> ''", materialized = true)
                @Table(pk = "id")
                public record TopFlavor(String id, String name) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.TopFlavorTable");
    }

    @Test
    void orm1050ReferencesARecordThatIsNoTable() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Scoop", """
                package test;

                import dev.ormdantic.annotation.References;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Scoop(
                        long id,
                        @References(Scoop.Plain.class) String plainId) {
                    public record Plain(String id) {}
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1050] @References on component 'plainId' of record Scoop references"
                        + " test.Scoop.Plain, which is not annotated @Table.")
                .inFile(source)
                .onLineContaining("@References(Scoop.Plain.class)");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1051TypeDiffersFromTheKey() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Scoop", """
                package test;

                import dev.ormdantic.annotation.References;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Scoop(
                        long id,
                        @References(Flavor.class) long flavorId) {}
                """);

        Compilation compilation = compile(FLAVOR, source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1051] component 'flavorId' of record Scoop has type long, but it references"
                        + " the key component 'id' of test.Flavor, of type String. Declare 'flavorId' as String")
                .inFile(source)
                .onLineContaining("@References(Flavor.class)");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1052ColumnCountDiffersFromTheKey() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Scoop", """
                package test;

                import dev.ormdantic.annotation.ForeignKey;
                import dev.ormdantic.annotation.Table;

                @Table(
                        pk = "id",
                        foreignKeys = @ForeignKey(
                                columns = {"flavorId", "name"},
                                references = Flavor.class))
                public record Scoop(long id, String flavorId, String name) {}
                """);

        Compilation compilation = compile(FLAVOR, source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1052] @ForeignKey on @Table(foreignKeys) entry 0 of record Scoop lists 2"
                        + " component(s), but the key of test.Flavor has 1 (id).")
                .inFile(source)
                .onLineContaining("references = Flavor.class");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1053SetNullOnANotNullColumn() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Scoop", """
                package test;

                import dev.ormdantic.annotation.References;
                import dev.ormdantic.annotation.ReferentialAction;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Scoop(
                        long id,
                        @References(
                                value = Flavor.class,
                                onDelete = ReferentialAction.SET_NULL)
                        String flavorId) {}
                """);

        Compilation compilation = compile(FLAVOR, source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1053] @References on component 'flavorId' of record Scoop sets component"
                        + " 'flavorId' to NULL when the referenced row is deleted, but 'flavorId' is not nullable.")
                .inFile(source)
                // javac maps an enum-valued attribute of a component annotation to the annotation's first line.
                .onLineContaining("@References(");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1054UnknownOrNoComponent() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Scoop", """
                package test;

                import dev.ormdantic.annotation.Index;
                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.annotation.Unique;

                @Table(
                        pk = "id",
                        indexes = @Index(columns = {"code", "flavor_id"}),
                        uniques = @Unique({}))
                public record Scoop(long id, String code, String flavorId) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1054] @Table(indexes) entry 0 of record Scoop names \"flavor_id\", which is"
                        + " no component; components: id, code, flavorId.")
                .inFile(source)
                .onLineContaining("indexes = @Index");
        assertThat(compilation)
                .hadErrorContaining("[ORM1054] @Table(uniques) entry 0 of record Scoop lists no component")
                .inFile(source)
                .onLineContaining("uniques = @Unique({})");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void orm1055DuplicateNames() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Scoop", """
                package test;

                import dev.ormdantic.annotation.Index;
                import dev.ormdantic.annotation.Table;

                @Table(
                        pk = "id",
                        indexed = "code",
                        indexes = @Index(
                                columns = {"code", "size"},
                                name = "scoop_code_idx"))
                public record Scoop(long id, String code, int size) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1055] index \"scoop_code_idx\" of record Scoop has the same name as the index"
                        + " of @Table(indexed) \"code\".")
                .inFile(source)
                .onLineContaining("name = \"scoop_code_idx\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1056ViewWithIndexes() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.TopFlavor", """
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.annotation.View;

                @View(query = "SELECT id, name FROM flavor")
                @Table(pk = "id", indexed = "name")
                public record TopFlavor(String id, String name) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1056] record TopFlavor is a @View, which cannot have indexes, unique"
                        + " constraints or foreign keys.")
                .inFile(source)
                .onLineContaining("public record TopFlavor");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1057ReferencesAView() {
        JavaFileObject view = JavaFileObjects.forSourceString("test.TopFlavor", """
                package test;

                import dev.ormdantic.annotation.Table;
                import dev.ormdantic.annotation.View;

                @View(query = "SELECT id, name FROM flavor")
                @Table(pk = "id")
                public record TopFlavor(String id, String name) {}
                """);
        JavaFileObject source = JavaFileObjects.forSourceString("test.Scoop", """
                package test;

                import dev.ormdantic.annotation.References;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Scoop(long id, @References(TopFlavor.class) String flavorId) {}
                """);

        Compilation compilation = compile(view, source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1057] @References on component 'flavorId' of record Scoop references"
                        + " test.TopFlavor, which is a @View.")
                .inFile(source)
                .onLineContaining("@References(TopFlavor.class)");
        assertThat(compilation).hadErrorCount(1);
    }
}
