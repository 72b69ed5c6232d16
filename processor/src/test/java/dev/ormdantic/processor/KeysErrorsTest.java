package dev.ormdantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The key and generated-column errors (ORM1001 and ORM1009 for composite keys, ORM1040 to ORM1046), with their line. */
class KeysErrorsTest {

    private static Compilation compile(JavaFileObject source) {
        return Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(source);
    }

    private static JavaFileObject line(String source) {
        return JavaFileObjects.forSourceString("test.OrderLine", source);
    }

    @Test
    void orm1001OnTheCompositeKeyEntry() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = {
                        "orderId",
                        "lineNo"})
                public record OrderLine(String orderId, int line) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1001] @Table(pk = \"lineNo\") names no component of record OrderLine;"
                        + " components: orderId, line")
                .inFile(source)
                .onLineContaining("\"lineNo\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1009NullableCompositeKeyComponent() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.Table;
                import org.jspecify.annotations.Nullable;

                @Table(pk = {"orderId", "line"})
                public record OrderLine(
                        String orderId,
                        @Nullable Integer line) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1009] component 'line' of record OrderLine is the primary key")
                .inFile(source)
                .onLineContaining("@Nullable Integer line");
    }

    @Test
    void orm1040KeyComponentListedTwice() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = {"orderId",
                        "orderId"})
                public record OrderLine(String orderId, int line) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation)
                .hadErrorContaining("[ORM1040] \"orderId\" is listed twice in @Table(pk = ...) of record OrderLine")
                .inFile(source)
                .onLine(6);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void orm1041IdentityOnText() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.Identity;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record OrderLine(
                        @Identity String id,
                        int line) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1041] @Identity on component 'id' of record OrderLine needs an integer type,"
                        + " but it is String")
                .inFile(source)
                .onLineContaining("@Identity String id");
    }

    @Test
    void orm1042IdentityOutsideASingleKey() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.Identity;
                import dev.ormdantic.annotation.Table;

                @Table(pk = {"orderId", "line"})
                public record OrderLine(
                        String orderId,
                        @Identity int line) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1042] @Identity on component 'line' of record OrderLine must be on the"
                        + " table's only key component, but the key is (orderId, line)")
                .inFile(source)
                .onLineContaining("@Identity int line");
    }

    @Test
    void orm1043TwoGenerations() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.Identity;
                import dev.ormdantic.annotation.Sequence;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record OrderLine(
                        @Identity
                        @Sequence long id,
                        int line) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1043] component 'id' of record OrderLine has both @Identity and @Sequence")
                .inFile(source)
                .onLineContaining("@Sequence long id");
    }

    @Test
    void orm1044ZeroIncrement() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.Sequence;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record OrderLine(
                        @Sequence(increment = 0) long id,
                        int line) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1044] @Sequence on component 'id' of record OrderLine is invalid: its"
                        + " increment is 0. Give it a non-zero increment, such as increment = 1")
                .inFile(source)
                .onLineContaining("@Sequence(increment = 0)");
    }

    @Test
    void orm1044BlankServerDefault() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.ServerDefault;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record OrderLine(
                        String id,
                        @ServerDefault(" ") String status) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1044] @ServerDefault on component 'status' of record OrderLine is invalid:"
                        + " its SQL expression is blank")
                .inFile(source)
                .onLineContaining("@ServerDefault(\" \")");
    }

    @Test
    void orm1045SequenceOnText() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.Sequence;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record OrderLine(
                        String id,
                        @Sequence String number) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1045] @Sequence on component 'number' of record OrderLine needs a"
                        + " whole-number type, but it is String")
                .inFile(source)
                .onLineContaining("@Sequence String number");
    }

    @Test
    void orm1046ComputedKey() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.Computed;
                import dev.ormdantic.annotation.Table;

                @Table(pk = {"orderId", "line"})
                public record OrderLine(
                        String orderId,
                        @Computed("1") int line) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1046] @Computed on component 'line' of record OrderLine cannot be part of"
                        + " the primary key")
                .inFile(source)
                .onLineContaining("@Computed(\"1\") int line");
    }

    @Test
    void orm1047EveryColumnGenerated() {
        JavaFileObject source = line("""
                package test;

                import dev.ormdantic.annotation.Identity;
                import dev.ormdantic.annotation.ServerDefault;
                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record OrderLine(@Identity long id, @ServerDefault("0") int line) {}
                """);

        assertThat(compile(source))
                .hadErrorContaining("[ORM1047] every component of record OrderLine is filled by the database")
                .inFile(source)
                .onLineContaining("public record OrderLine");
    }
}
