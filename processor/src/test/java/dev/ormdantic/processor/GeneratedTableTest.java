package dev.ormdantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The generated table classes, compared with golden files and compiled with every warning turned into an error. */
class GeneratedTableTest {

    private static final JavaFileObject QUICKSTART = JavaFileObjects.forSourceString("test.Flavor", """
            package test;

            import dev.ormdantic.annotation.Table;
            import jakarta.validation.constraints.Size;

            @Table(pk = "id", indexed = {"name"})
            public record Flavor(String id, @Size(min = 2, max = 80) String name, int rating) {}
            """);

    private static final JavaFileObject EVERY_TYPE = JavaFileObjects.forSourceString("test.Everything", """
            package test;

            import dev.ormdantic.annotation.Column;
            import dev.ormdantic.annotation.Table;
            import jakarta.validation.constraints.Digits;
            import jakarta.validation.constraints.Max;
            import jakarta.validation.constraints.Min;
            import jakarta.validation.constraints.NotBlank;
            import jakarta.validation.constraints.Size;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.LocalDateTime;
            import java.util.UUID;
            import org.jspecify.annotations.Nullable;

            @Table(name = "everything", pk = "code", indexed = {"createdAt", "score"}, unique = {"email"})
            public record Everything(
                    long code,
                    @NotBlank @Size(max = 120) @Column(name = "email_address") String email,
                    @Nullable @Size(min = 1) String nickname,
                    boolean active,
                    @Nullable Boolean verified,
                    short level,
                    @Min(0) @Max(10) @Nullable Short rank,
                    @Min(-5) int score,
                    @Nullable Integer votes,
                    @Max(5000000000L) Long visits,
                    float ratio,
                    @Nullable Float weight,
                    double latitude,
                    @Nullable Double longitude,
                    @Digits(integer = 10, fraction = 2) BigDecimal price,
                    @Nullable BigDecimal discount,
                    UUID token,
                    @Nullable UUID parent,
                    LocalDate birthday,
                    @Nullable LocalDate anniversary,
                    LocalDateTime createdAt,
                    @Nullable LocalDateTime updatedAt,
                    Instant seenAt,
                    @Nullable Instant deletedAt,
                    byte[] avatar,
                    byte @Nullable [] thumbnail,
                    Status status,
                    @Nullable Status previousStatus) {

                /** The account states. */
                public enum Status {
                    ACTIVE,
                    SUSPENDED,
                    DELETED
                }
            }
            """);

    private static final JavaFileObject EVERY_CONSTRAINT = JavaFileObjects.forSourceString("test.Constrained", """
            package test;

            import dev.ormdantic.annotation.Table;
            import jakarta.validation.constraints.AssertFalse;
            import jakarta.validation.constraints.AssertTrue;
            import jakarta.validation.constraints.DecimalMax;
            import jakarta.validation.constraints.DecimalMin;
            import jakarta.validation.constraints.Digits;
            import jakarta.validation.constraints.Email;
            import jakarta.validation.constraints.Future;
            import jakarta.validation.constraints.FutureOrPresent;
            import jakarta.validation.constraints.Max;
            import jakarta.validation.constraints.Min;
            import jakarta.validation.constraints.Negative;
            import jakarta.validation.constraints.NegativeOrZero;
            import jakarta.validation.constraints.NotBlank;
            import jakarta.validation.constraints.NotEmpty;
            import jakarta.validation.constraints.NotNull;
            import jakarta.validation.constraints.Null;
            import jakarta.validation.constraints.Past;
            import jakarta.validation.constraints.PastOrPresent;
            import jakarta.validation.constraints.Pattern;
            import jakarta.validation.constraints.Positive;
            import jakarta.validation.constraints.PositiveOrZero;
            import jakarta.validation.constraints.Size;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.LocalDateTime;
            import org.jspecify.annotations.Nullable;

            @Table(pk = "id")
            public record Constrained(
                    @Positive long id,
                    @NotNull @NotBlank @Size(min = 2, max = 40) String name,
                    @NotEmpty @Size(max = 1024) byte[] avatar,
                    @Min(1) @Max(10) @Nullable Short rank,
                    @Min(-5) @Max(5) double ratio,
                    @Min(0) BigDecimal balance,
                    @DecimalMin(value = "0.01", inclusive = false) @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2)
                            BigDecimal price,
                    @DecimalMin("-1.5") @DecimalMax(value = "1.5", inclusive = false) float weight,
                    @DecimalMin("0") @Digits(integer = 5, fraction = 0) String amount,
                    @Digits(integer = 3, fraction = 0) int code,
                    @PositiveOrZero @Nullable Integer votes,
                    @Negative int debt,
                    @NegativeOrZero @Nullable Double drift,
                    @Pattern(regexp = "[a-z0-9-]+") String slug,
                    @Pattern(regexp = "^[A-Z]\\\\w*$", flags = {Pattern.Flag.CASE_INSENSITIVE, Pattern.Flag.UNICODE_CASE})
                            String word,
                    @Email @Nullable String email,
                    @Email(regexp = ".*@example\\\\.com") String workEmail,
                    @Past LocalDate birthday,
                    @PastOrPresent Instant createdAt,
                    @Future @Nullable LocalDateTime expiresAt,
                    @FutureOrPresent LocalDate startsOn,
                    @AssertTrue boolean accepted,
                    @AssertFalse @Nullable Boolean banned,
                    @Null @Nullable String reserved,
                    @NotNull Long visits,
                    @NotNull int plain,
                    @Size(min = 8) String passwordHash) {}
            """);

    /**
     * Compiles with every lint but {@code processing}, as the house build does: that one only says that no processor
     * claimed {@code @Size} or {@code @Nullable}, which is true of every project using them.
     */
    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new OrmdanticProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(sources);
    }

    @Test
    void quickstart(TestInfo test) {
        Compilation compilation = compile(QUICKSTART);

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.FlavorTable");
    }

    @Test
    void everySupportedType(TestInfo test) {
        Compilation compilation = compile(EVERY_TYPE);

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.EverythingTable");
    }

    private static final JavaFileObject NEW_TYPES = JavaFileObjects.forSourceString("test.Newer", """
            package test;

            import dev.ormdantic.annotation.Table;
            import jakarta.validation.constraints.Digits;
            import jakarta.validation.constraints.Min;
            import java.math.BigInteger;
            import java.time.LocalTime;
            import java.time.OffsetDateTime;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import java.util.Set;
            import org.jspecify.annotations.Nullable;

            @Table(pk = "id")
            public record Newer(
                    long id,
                    byte tiny,
                    @Nullable Byte maybeTiny,
                    BigInteger huge,
                    @Digits(integer = 20, fraction = 0) BigInteger bounded,
                    LocalTime clock,
                    OffsetDateTime moment,
                    Map<String, List<Integer>> scores,
                    Set<Kind> kinds,
                    Optional<Address> address,
                    @Min(1) Optional<Integer> rank,
                    Optional<Kind> kind) {

                /** A kind. */
                public enum Kind {
                    A,
                    BB
                }

                /** An address, stored as JSON. */
                public record Address(String street, List<String> lines) {}
            }
            """);

    @Test
    void newTypes(TestInfo test) {
        Compilation compilation = compile(NEW_TYPES);

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.NewerTable");
    }

    @Test
    void enumByChosenValueAndTableCheck(TestInfo test) {
        Compilation compilation = compile(
                JavaFileObjects.forSourceString("test.Roast", """
                        package test;

                        import dev.ormdantic.annotation.EnumValue;

                        public enum Roast {
                            @EnumValue("L") LIGHT,
                            @EnumValue("DK") DARK
                        }
                        """),
                JavaFileObjects.forSourceString("test.Coffee", """
                        package test;

                        import dev.ormdantic.annotation.Check;
                        import dev.ormdantic.annotation.Table;
                        import org.jspecify.annotations.Nullable;

                        @Table(pk = "id", checks = @Check(name = "coffee_cups_check", sql = "cups < 100"))
                        public record Coffee(String id, Roast roast, @Nullable Roast previous, int cups) {}
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.CoffeeTable");
    }

    @Test
    void everyConstraint(TestInfo test) {
        Compilation compilation = compile(EVERY_CONSTRAINT);

        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(test, compilation, "test.ConstrainedTable");
    }

    @Test
    void repeatedConstraintsAreEachChecked() {
        Compilation compilation = compile(JavaFileObjects.forSourceString("test.Word", """
                package test;

                import dev.ormdantic.annotation.Table;
                import jakarta.validation.constraints.Pattern;

                @Table(pk = "id")
                public record Word(
                        String id,
                        @Pattern(regexp = "a.*") @Pattern(regexp = ".*z") String text) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.WordTable")
                .contentsAsUtf8String()
                .contains("TextChecks.pattern(violations, \"text\", \"@Pattern(regexp = \\\"a.*\\\")\", row.text(),"
                        + " TEXT_PATTERN);");
        assertThat(compilation)
                .generatedSourceFile("test.WordTable")
                .contentsAsUtf8String()
                .contains("TextChecks.pattern(violations, \"text\", \"@Pattern(regexp = \\\".*z\\\")\", row.text(),"
                        + " TEXT_PATTERN_);");
    }

    @Test
    void componentsNamedLikeThePrivateConstantsKeepTheirNames() {
        Compilation compilation = compile(JavaFileObjects.forSourceString("test.Odd", """
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "columns")
                public record Odd(String columns, String spec, String sqlite, int row) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.OddTable")
                .contentsAsUtf8String()
                .contains(
                        "public static final StringColumn<Odd> SQLITE = Columns.string(\"sqlite\", ColumnType.unboundedString(), false);");
        assertThat(compilation)
                .generatedSourceFile("test.OddTable")
                .contentsAsUtf8String()
                .contains("case SQLITE -> SQLITE_;");
        assertThat(compilation)
                .generatedSourceFile("test.OddTable")
                .contentsAsUtf8String()
                .contains("super(FORMAT, Odd.class, SPEC_);");
    }
}
