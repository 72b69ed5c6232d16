package dev.ormdantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The generated classes of a composite key (nested {@code Key} record) and of generated columns ({@code bindInsert},
 * {@code withGenerated}), compared with golden files and compiled with every warning turned into an error.
 */
class KeysGeneratedTableTest {

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new OrmdanticProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(sources);
    }

    @Test
    void compositeKey(TestInfo test) {
        Compilation compilation = compile(JavaFileObjects.forSourceString("test.OrderLine", """
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = {"orderId", "line"})
                public record OrderLine(String orderId, int line, String product, int quantity) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.OrderLineTable");
    }

    @Test
    void generatedColumns(TestInfo test) {
        Compilation compilation = compile(JavaFileObjects.forSourceString("test.Ticket", """
                package test;

                import dev.ormdantic.annotation.Computed;
                import dev.ormdantic.annotation.Identity;
                import dev.ormdantic.annotation.Sequence;
                import dev.ormdantic.annotation.ServerDefault;
                import dev.ormdantic.annotation.Table;
                import java.time.Instant;

                @Table(pk = "id")
                public record Ticket(
                        @Identity long id,
                        String title,
                        int price,
                        int quantity,
                        @Computed(value = "price * quantity", stored = true) int total,
                        @ServerDefault("CURRENT_TIMESTAMP") Instant createdAt,
                        @Sequence(start = 100) long number) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.TicketTable");
    }
}
