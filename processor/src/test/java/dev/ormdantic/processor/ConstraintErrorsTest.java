package dev.ormdantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Constraints on the wrong type (ORM1007) and with invalid attributes (ORM1012), each with its line. */
class ConstraintErrorsTest {

    private static Compilation compile(JavaFileObject source) {
        return Compiler.javac().withProcessors(new OrmdanticProcessor()).compile(source);
    }

    private static JavaFileObject record(String components) {
        return JavaFileObjects.forSourceString("test.Item", """
                package test;

                import dev.ormdantic.annotation.Table;
                import jakarta.validation.constraints.*;
                import java.math.BigDecimal;
                import java.time.*;
                import java.util.UUID;
                import org.jspecify.annotations.Nullable;

                @Table(pk = "id")
                public record Item(
                        String id,
                %s) {}
                """.formatted(components));
    }

    @Test
    void everyConstraintOnATypeItDoesNotApplyTo() {
        JavaFileObject source = record("""
                        @Size(max = 3) int a,
                        @NotEmpty long b,
                        @NotBlank byte[] c,
                        @Min(1) String d,
                        @Max(1) Instant e,
                        @DecimalMin("1") boolean f,
                        @DecimalMax("1") LocalDate g,
                        @Digits(integer = 1, fraction = 0) double h,
                        @Positive String i,
                        @PositiveOrZero UUID j,
                        @Negative LocalDateTime k,
                        @NegativeOrZero byte[] l,
                        @Pattern(regexp = "x") int m,
                        @Email UUID n,
                        @Past String o,
                        @PastOrPresent long p,
                        @Future BigDecimal q,
                        @FutureOrPresent boolean r,
                        @AssertTrue int s
                """);

        Compilation compilation = compile(source);

        String[][] expected = {
            {"@Size on component 'a' of record Item does not apply to its type int", "@Size(max = 3) int a"},
            {"@NotEmpty on component 'b'", "@NotEmpty long b"},
            {"@NotBlank on component 'c'", "@NotBlank byte[] c"},
            {"@Min on component 'd'", "@Min(1) String d"},
            {"@Max on component 'e'", "@Max(1) Instant e"},
            {"@DecimalMin on component 'f'", "@DecimalMin(\"1\") boolean f"},
            {"@DecimalMax on component 'g'", "@DecimalMax(\"1\") LocalDate g"},
            {"@Digits on component 'h'", "double h"},
            {"@Positive on component 'i'", "@Positive String i"},
            {"@PositiveOrZero on component 'j'", "@PositiveOrZero UUID j"},
            {"@Negative on component 'k'", "@Negative LocalDateTime k"},
            {"@NegativeOrZero on component 'l'", "@NegativeOrZero byte[] l"},
            {"@Pattern on component 'm'", "int m"},
            {"@Email on component 'n'", "@Email UUID n"},
            {"@Past on component 'o'", "@Past String o"},
            {"@PastOrPresent on component 'p'", "@PastOrPresent long p"},
            {"@Future on component 'q'", "@Future BigDecimal q"},
            {"@FutureOrPresent on component 'r'", "@FutureOrPresent boolean r"},
            {"@AssertTrue on component 's'", "@AssertTrue int s"},
        };
        for (String[] error : expected) {
            assertThat(compilation)
                    .hadErrorContaining("[ORM1007] " + error[0])
                    .inFile(source)
                    .onLineContaining(error[1]);
        }
        assertThat(compilation).hadErrorCount(expected.length);
    }

    @Test
    void invalidAttributes() {
        JavaFileObject source = record("""
                        @Pattern(regexp = "([a-z]") String a,
                        @DecimalMin("abc") BigDecimal b,
                        @DecimalMax(value = "1.2.3", inclusive = false) int c,
                        @Digits(integer = -1, fraction = 2) BigDecimal d,
                        @Size(min = -1) String e,
                        @Email(regexp = "*") String f,
                        @NotNull @Nullable String g,
                        @Null String h
                """);

        Compilation compilation = compile(source);

        String[][] expected = {
            {
                "@Pattern(regexp = \"([a-z]\") on component 'a' of record Item is invalid: regexp does not compile:",
                "String a"
            },
            {
                "@DecimalMin(\"abc\") on component 'b' of record Item is invalid: value \"abc\" is not a decimal"
                        + " number. Change it so that value is a decimal number",
                "BigDecimal b"
            },
            {"@DecimalMax(value = \"1.2.3\", inclusive = false) on component 'c' of record Item is invalid:", "int c"},
            {
                "@Digits(integer = -1, fraction = 2) on component 'd' of record Item is invalid: integer or fraction is"
                        + " negative",
                "BigDecimal d"
            },
            {"@Size(min = -1) on component 'e' of record Item is invalid: min is negative", "String e"},
            {"@Email(regexp = \"*\") on component 'f' of record Item is invalid: regexp does not compile", "String f"},
            {
                "@NotNull on component 'g' of record Item is invalid: the component is also @Nullable, which allows"
                        + " NULL. Change it so that only one of @NotNull and @Nullable remains",
                "String g"
            },
            {"@Null on component 'h' of record Item is invalid: the component is not @Nullable", "String h"},
        };
        for (String[] error : expected) {
            assertThat(compilation)
                    .hadErrorContaining("[ORM1012] " + error[0])
                    .inFile(source)
                    .onLineContaining(error[1]);
        }
        assertThat(compilation).hadErrorCount(expected.length);
    }
}
