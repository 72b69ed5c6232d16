package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ValidationException;
import dev.ormdantic.error.Violation;
import dev.ormdantic.it.model.Signup;
import dev.ormdantic.it.model.SignupTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Every checked constraint, broken once and several at once, refuses the write on every live backend. */
class ConstraintsTest {

    /** The zone of the clock validation compares local dates and times with: the JVM's. */
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private static Signup valid(long id) {
        return new Signup(
                id,
                "ada",
                "Ada Lovelace",
                new byte[] {1, 2},
                36,
                (short) 9,
                new BigDecimal("12.50"),
                new BigDecimal("9999.99"),
                0,
                null,
                -0.5,
                "ada-l",
                "ada@example.com",
                LocalDate.of(1815, 12, 10),
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
                LocalDateTime.now(ZONE).plusYears(1).truncatedTo(ChronoUnit.SECONDS),
                null,
                true,
                "s3cret-token");
    }

    private static List<String> brokenConstraints(ValidationException e) {
        return e.violations().stream()
                .map(v -> v.component() + " " + v.constraint())
                .toList();
    }

    @BackendTest
    @SuppressWarnings("NullAway") // handle is null on purpose: @NotNull must catch it before the database does
    void everyConstraintBrokenOnceIsReportedAndNothingIsWritten(Ormdantic db) {
        BlockingTableHandle<Signup, Long> signups = db.blockingTable(SignupTable.TABLE);
        Signup bad = new Signup(
                0,
                null,
                " ",
                new byte[0],
                17,
                (short) 11,
                new BigDecimal("0.01"),
                new BigDecimal("10000.00"),
                -1,
                0,
                0.5,
                "Not A Slug",
                "not-an-email",
                LocalDate.now(ZONE).plusDays(2),
                Instant.now().plus(1, ChronoUnit.DAYS),
                LocalDateTime.now(ZONE).minusDays(1),
                LocalDate.now(ZONE).minusDays(2),
                false,
                "abc");

        ValidationException e = assertThrows(ValidationException.class, () -> signups.insert(bad));

        assertEquals(
                List.of(
                        "id @Positive",
                        "handle @NotNull",
                        "name @NotBlank",
                        "avatar @NotEmpty",
                        "age @Min(18)",
                        "rating @Max(10)",
                        "fee @DecimalMin(value = \"0.01\", inclusive = false)",
                        "price @DecimalMax(\"9999.99\")",
                        "price @Digits(integer = 4, fraction = 2)",
                        "points @PositiveOrZero",
                        "debt @Negative",
                        "drift @NegativeOrZero",
                        "slug @Pattern(regexp = \"[a-z0-9-]+\")",
                        "email @Email",
                        "birthday @Past",
                        "joinedAt @PastOrPresent",
                        "renewsAt @Future",
                        "startsOn @FutureOrPresent",
                        "agreed @AssertTrue",
                        "apiToken @Size(min = 8)"),
                brokenConstraints(e));
        assertEquals(
                new Violation(
                        "fee",
                        "@DecimalMin(value = \"0.01\", inclusive = false)",
                        "must be greater than 0.01",
                        new BigDecimal("0.01")),
                e.violations().get(6));
        assertEquals(
                new Violation("slug", "@Pattern(regexp = \"[a-z0-9-]+\")", "must match \"[a-z0-9-]+\"", "Not A Slug"),
                e.violations().get(12));
        assertEquals(
                new Violation("apiToken", "@Size(min = 8)", "size must be between 8 and 2147483647 (was 3)", "***"),
                e.violations().getLast(),
                "the value of a secret-looking component is redacted");
        assertEquals(0, signups.count());

        assertThrows(ValidationException.class, () -> signups.upsert(bad));
        assertThrows(ValidationException.class, () -> signups.insertMany(List.of(valid(7), bad)));
        assertEquals(0, signups.count());
    }

    @BackendTest
    void severalViolationsAtOnceAreListedTogether(Ormdantic db) {
        BlockingTableHandle<Signup, Long> signups = db.blockingTable(SignupTable.TABLE);
        Signup valid = valid(1);
        signups.insert(valid);
        Signup bad = new Signup(
                1,
                valid.handle(),
                valid.name(),
                valid.avatar(),
                valid.age(),
                valid.rating(),
                valid.fee(),
                new BigDecimal("1.234"),
                valid.points(),
                valid.debt(),
                valid.drift(),
                "UPPER",
                "ada@@example.com",
                valid.birthday(),
                valid.joinedAt(),
                valid.renewsAt(),
                valid.startsOn(),
                valid.agreed(),
                valid.apiToken());

        ValidationException e = assertThrows(ValidationException.class, () -> signups.update(bad));

        assertEquals(
                List.of(
                        "price @Digits(integer = 4, fraction = 2)",
                        "slug @Pattern(regexp = \"[a-z0-9-]+\")",
                        "email @Email"),
                brokenConstraints(e));
        assertEquals(1, signups.count());
        assertEquals("ada-l", signups.findOne(1L).orElseThrow().slug(), "the stored row is unchanged");
    }

    @BackendTest
    void aValidRecordIsWritten(Ormdantic db) {
        BlockingTableHandle<Signup, Long> signups = db.blockingTable(SignupTable.TABLE);
        assertEquals(0, signups.count());

        signups.insert(valid(1));
        signups.upsert(valid(2));

        assertEquals(2, signups.count());
        assertEquals("ada@example.com", signups.findOne(2L).orElseThrow().email());
    }
}
