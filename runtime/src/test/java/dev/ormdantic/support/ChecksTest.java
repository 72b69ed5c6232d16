package dev.ormdantic.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.error.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each check with Bean Validation's semantics: its bounds, null, NaN, and the violation it records. */
class ChecksTest {

    /** 2026-03-15T12:00:00Z. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);

    private static List<Violation> run(Consumer<Violations> check) {
        Violations violations = new Violations(CLOCK);
        check.accept(violations);
        return violations.list();
    }

    private static boolean passes(Consumer<Violations> check) {
        return run(check).isEmpty();
    }

    @Test
    void nullPassesAllButNotNullNotBlankAndNotEmpty() {
        String text = null;
        byte[] bytes = null;
        Integer number = null;
        assertTrue(passes(v -> TextChecks.size(v, "c", "@Size", text, 1, 2)));
        assertTrue(passes(v -> TextChecks.size(v, "c", "@Size", bytes, 1, 2)));
        assertTrue(passes(v -> NumberChecks.min(v, "c", "@Min", number, 1)));
        assertTrue(passes(v -> NumberChecks.decimalMin(v, "c", "@DecimalMin", number, BigDecimal.ONE, true)));
        assertTrue(passes(v -> NumberChecks.digits(v, "c", "@Digits", number, 1, 0)));
        assertTrue(passes(v -> NumberChecks.positive(v, "c", "@Positive", number)));
        assertTrue(passes(v -> TextChecks.pattern(v, "c", "@Pattern", text, Pattern.compile("x"))));
        assertTrue(passes(v -> TextChecks.email(v, "c", "@Email", text, null)));
        assertTrue(passes(v -> TimeChecks.past(v, "c", "@Past", (Instant) null)));
        assertTrue(passes(v -> Checks.assertTrue(v, "c", "@AssertTrue", null)));
        assertTrue(passes(v -> Checks.isNull(v, "c", "@Null", null)));
        assertEquals(
                List.of(new Violation("c", "@NotNull", "must not be null", null)),
                run(v -> Checks.notNull(v, "c", "@NotNull", null)));
        assertFalse(passes(v -> TextChecks.notBlank(v, "c", "@NotBlank", text)));
        assertFalse(passes(v -> TextChecks.notEmpty(v, "c", "@NotEmpty", text)));
        assertFalse(passes(v -> TextChecks.notEmpty(v, "c", "@NotEmpty", bytes)));
    }

    @Test
    void textAndBytes() {
        assertFalse(passes(v -> TextChecks.notBlank(v, "c", "@NotBlank", " \t")));
        assertTrue(passes(v -> TextChecks.notBlank(v, "c", "@NotBlank", " x")));
        assertFalse(passes(v -> TextChecks.notEmpty(v, "c", "@NotEmpty", "")));
        assertTrue(passes(v -> TextChecks.notEmpty(v, "c", "@NotEmpty", " ")));
        assertFalse(passes(v -> TextChecks.notEmpty(v, "c", "@NotEmpty", new byte[0])));
        assertTrue(passes(v -> TextChecks.size(v, "c", "@Size", new byte[2], 1, 2)));
        assertEquals(
                "size must be between 1 and 2 (was 3)",
                run(v -> TextChecks.size(v, "c", "@Size", new byte[3], 1, 2))
                        .get(0)
                        .message());
        assertFalse(passes(v -> TextChecks.size(v, "c", "@Size", "", 1, 2)));
    }

    @Test
    void minAndMaxCompareExactlyWhateverTheType() {
        assertTrue(passes(v -> NumberChecks.min(v, "c", "@Min(1)", 1, 1)));
        assertFalse(passes(v -> NumberChecks.min(v, "c", "@Min(1)", 0, 1)));
        assertFalse(passes(v -> NumberChecks.min(v, "c", "@Min(1)", 0.999, 1)));
        assertTrue(passes(v -> NumberChecks.max(v, "c", "@Max(0)", -0.0, 0)));
        assertFalse(passes(v -> NumberChecks.max(v, "c", "@Max(0)", 0.5, 0)));
        assertFalse(passes(v -> NumberChecks.min(v, "c", "@Min(0)", Double.NaN, 0)));
        assertFalse(passes(v -> NumberChecks.max(v, "c", "@Max(0)", Double.NaN, 0)));
        assertFalse(passes(v -> NumberChecks.max(v, "c", "@Max(0)", Double.POSITIVE_INFINITY, 0)));
        assertTrue(passes(v -> NumberChecks.max(v, "c", "@Max(0)", Double.NEGATIVE_INFINITY, 0)));
        assertFalse(passes(v -> NumberChecks.max(v, "c", "@Max(0)", Float.valueOf(Float.NaN), 0)));
        assertFalse(passes(v -> NumberChecks.max(v, "c", "@Max(1)", new BigDecimal("1.0000000001"), 1)));
        assertFalse(
                passes(v -> NumberChecks.min(v, "c", "@Min", new BigInteger("-9223372036854775809"), Long.MIN_VALUE)));
        assertEquals(
                List.of(new Violation("c", "@Min(5)", "must be greater than or equal to 5", (short) 4)),
                run(v -> NumberChecks.min(v, "c", "@Min(5)", Short.valueOf((short) 4), 5)));
    }

    @Test
    void decimalBoundsHonourInclusive() {
        BigDecimal cent = new BigDecimal("0.01");
        assertTrue(passes(v -> NumberChecks.decimalMin(v, "c", "@DecimalMin", new BigDecimal("0.010"), cent, true)));
        assertFalse(passes(v -> NumberChecks.decimalMin(v, "c", "@DecimalMin", new BigDecimal("0.010"), cent, false)));
        assertTrue(passes(v -> NumberChecks.decimalMin(v, "c", "@DecimalMin", 0.02, cent, false)));
        assertFalse(passes(v -> NumberChecks.decimalMin(v, "c", "@DecimalMin", 0L, cent, true)));
        assertTrue(passes(v -> NumberChecks.decimalMax(v, "c", "@DecimalMax", 0.1, new BigDecimal("0.1"), true)));
        assertTrue(passes(v -> NumberChecks.decimalMax(v, "c", "@DecimalMax", 0.1f, new BigDecimal("0.1"), true)));
        assertFalse(passes(v -> NumberChecks.decimalMax(v, "c", "@DecimalMax", 0.1, new BigDecimal("0.1"), false)));
        assertFalse(passes(v -> NumberChecks.decimalMax(v, "c", "@DecimalMax", Double.NaN, BigDecimal.TEN, true)));
        assertTrue(passes(v -> NumberChecks.decimalMax(v, "c", "@DecimalMax", "9.5", BigDecimal.TEN, true)));
        assertFalse(passes(v -> NumberChecks.decimalMax(v, "c", "@DecimalMax", "ten", BigDecimal.TEN, true)));
        assertFalse(passes(v -> NumberChecks.decimalMin(v, "c", "@DecimalMin", "ten", BigDecimal.TEN, true)));
        assertEquals(
                "must be greater than 0.01",
                run(v -> NumberChecks.decimalMin(v, "c", "@DecimalMin", cent, cent, false))
                        .get(0)
                        .message());
        assertEquals(
                "must be less than or equal to 10",
                run(v -> NumberChecks.decimalMax(v, "c", "@DecimalMax", 11, BigDecimal.TEN, true))
                        .get(0)
                        .message());
    }

    @Test
    void digitsCountIntegerAndFractionDigits() {
        assertTrue(passes(v -> NumberChecks.digits(v, "c", "@Digits", new BigDecimal("1234.56"), 4, 2)));
        assertFalse(passes(v -> NumberChecks.digits(v, "c", "@Digits", new BigDecimal("12345.6"), 4, 2)));
        assertFalse(passes(v -> NumberChecks.digits(v, "c", "@Digits", new BigDecimal("1.234"), 4, 2)));
        assertFalse(
                passes(v -> NumberChecks.digits(v, "c", "@Digits", new BigDecimal("1.50"), 4, 1)), "scale as written");
        assertTrue(passes(v -> NumberChecks.digits(v, "c", "@Digits", new BigDecimal("0.5"), 0, 1)));
        assertTrue(passes(v -> NumberChecks.digits(v, "c", "@Digits", 999, 3, 0)));
        assertFalse(passes(v -> NumberChecks.digits(v, "c", "@Digits", -1000, 3, 0)));
        assertTrue(passes(v -> NumberChecks.digits(v, "c", "@Digits", Integer.valueOf(100), 3, 0)));
        assertTrue(passes(v -> NumberChecks.digits(v, "c", "@Digits", "1.50", 1, 1)));
        assertFalse(passes(v -> NumberChecks.digits(v, "c", "@Digits", "x", 1, 1)));
        assertEquals(
                "numeric value out of bounds (<3 digits>.<0 digits> expected)",
                run(v -> NumberChecks.digits(v, "c", "@Digits", 1000, 3, 0))
                        .get(0)
                        .message());
    }

    @Test
    void signs() {
        assertFalse(passes(v -> NumberChecks.positive(v, "c", "@Positive", 0)));
        assertTrue(passes(v -> NumberChecks.positive(v, "c", "@Positive", 1)));
        assertFalse(passes(v -> NumberChecks.positive(v, "c", "@Positive", Double.NaN)));
        assertFalse(passes(v -> NumberChecks.positive(v, "c", "@Positive", Double.valueOf(Double.NaN))));
        assertTrue(passes(v -> NumberChecks.positiveOrZero(v, "c", "@PositiveOrZero", -0.0)));
        assertFalse(passes(v -> NumberChecks.positiveOrZero(v, "c", "@PositiveOrZero", Float.valueOf(Float.NaN))));
        assertTrue(passes(v -> NumberChecks.negative(v, "c", "@Negative", new BigDecimal("-0.001"))));
        assertFalse(passes(v -> NumberChecks.negative(v, "c", "@Negative", -0.0)));
        assertFalse(passes(v -> NumberChecks.negative(v, "c", "@Negative", BigInteger.ZERO)));
        assertTrue(passes(v -> NumberChecks.negativeOrZero(v, "c", "@NegativeOrZero", BigInteger.ZERO)));
        assertFalse(passes(v -> NumberChecks.negativeOrZero(v, "c", "@NegativeOrZero", Double.valueOf(Double.NaN))));
        assertFalse(passes(v -> NumberChecks.negativeOrZero(v, "c", "@NegativeOrZero", 1L)));
    }

    @Test
    void patternMatchesTheWholeText() {
        Pattern slug = Pattern.compile("[a-z]+");
        assertTrue(passes(v -> TextChecks.pattern(v, "c", "@Pattern", "abc", slug)));
        assertEquals(
                List.of(new Violation("c", "@Pattern", "must match \"[a-z]+\"", "abc1")),
                run(v -> TextChecks.pattern(v, "c", "@Pattern", "abc1", slug)));
    }

    @Test
    void emailIsPragmatic() {
        for (String good : List.of(
                "ada@example.com",
                "a.b+tag@sub.example.co.uk",
                "x@localhost",
                "jörg@bücher.de",
                "u@[192.168.0.1]",
                "")) {
            assertTrue(passes(v -> TextChecks.email(v, "c", "@Email", good, null)), good);
        }
        for (String bad : List.of(
                "plain",
                "@example.com",
                "ada@",
                "a..b@example.com",
                ".a@example.com",
                "a.@example.com",
                "a b@example.com",
                "a@b@example.com",
                "a@-example.com",
                "a@example-.com",
                "a@example..com",
                "x".repeat(65) + "@example.com")) {
            assertFalse(passes(v -> TextChecks.email(v, "c", "@Email", bad, null)), bad);
        }
        Pattern work = Pattern.compile(".*@example\\.com");
        assertTrue(passes(v -> TextChecks.email(v, "c", "@Email", "ada@example.com", work)));
        assertEquals(
                "must be a well-formed email address",
                run(v -> TextChecks.email(v, "c", "@Email", "ada@example.org", work))
                        .get(0)
                        .message());
    }

    @Test
    void offsetDateTimesAreComparedByTheirInstant() {
        // 13:30 at +01:30 is 12:00 UTC, the clock's instant
        OffsetDateTime now = OffsetDateTime.of(2026, 3, 15, 13, 30, 0, 0, ZoneOffset.ofHoursMinutes(1, 30));
        assertFalse(passes(v -> TimeChecks.past(v, "c", "@Past", now)));
        assertTrue(passes(v -> TimeChecks.pastOrPresent(v, "c", "@PastOrPresent", now)));
        assertTrue(passes(v -> TimeChecks.futureOrPresent(v, "c", "@FutureOrPresent", now)));
        assertFalse(passes(v -> TimeChecks.future(v, "c", "@Future", now)));
        assertTrue(passes(v -> TimeChecks.future(v, "c", "@Future", now.plusNanos(1))));
        assertTrue(passes(v -> TimeChecks.past(v, "c", "@Past", now.withOffsetSameLocal(ZoneOffset.ofHours(2)))));
        OffsetDateTime none = null;
        assertTrue(passes(v -> TimeChecks.past(v, "c", "@Past", none)));
    }

    @Test
    void temporalChecksUseTheClock() {
        LocalDate today = LocalDate.of(2026, 3, 15);
        assertFalse(passes(v -> TimeChecks.past(v, "c", "@Past", today)));
        assertTrue(passes(v -> TimeChecks.past(v, "c", "@Past", today.minusDays(1))));
        assertTrue(passes(v -> TimeChecks.pastOrPresent(v, "c", "@PastOrPresent", today)));
        assertFalse(passes(v -> TimeChecks.future(v, "c", "@Future", today)));
        assertTrue(passes(v -> TimeChecks.futureOrPresent(v, "c", "@FutureOrPresent", today)));
        assertFalse(passes(v -> TimeChecks.futureOrPresent(v, "c", "@FutureOrPresent", today.minusDays(1))));
        LocalDateTime now = LocalDateTime.of(2026, 3, 15, 12, 0);
        assertTrue(passes(v -> TimeChecks.pastOrPresent(v, "c", "@PastOrPresent", now)));
        assertFalse(passes(v -> TimeChecks.past(v, "c", "@Past", now)));
        assertTrue(passes(v -> TimeChecks.future(v, "c", "@Future", now.plusNanos(1))));
        Instant instant = CLOCK.instant();
        assertFalse(passes(v -> TimeChecks.future(v, "c", "@Future", instant)));
        assertTrue(passes(v -> TimeChecks.futureOrPresent(v, "c", "@FutureOrPresent", instant)));
        assertTrue(passes(v -> TimeChecks.past(v, "c", "@Past", instant.minusNanos(1))));
        assertEquals(
                List.of(new Violation("c", "@Past", "must be a past date", instant)),
                run(v -> TimeChecks.past(v, "c", "@Past", instant)));
        assertEquals(
                "must be a date in the present or in the future",
                run(v -> TimeChecks.futureOrPresent(v, "c", "@FutureOrPresent", instant.minusSeconds(1)))
                        .get(0)
                        .message());
    }

    @Test
    void booleansAndNull() {
        assertFalse(passes(v -> Checks.assertTrue(v, "c", "@AssertTrue", false)));
        assertTrue(passes(v -> Checks.assertFalse(v, "c", "@AssertFalse", false)));
        assertEquals(
                List.of(new Violation("c", "@Null", "must be null", "x")),
                run(v -> Checks.isNull(v, "c", "@Null", "x")));
    }

    @Test
    void secretLookingComponentsHaveTheirValuesRedacted() {
        for (String component :
                List.of("password", "dbPassword", "apiKey", "clientSecret", "accessToken", "credentials")) {
            assertEquals(
                    List.of(new Violation(
                            component, "@Size(min = 8)", "size must be between 8 and 100 (was 3)", "***")),
                    run(v -> TextChecks.size(v, component, "@Size(min = 8)", "abc", 8, 100)),
                    component);
        }
        assertEquals(
                "abc",
                run(v -> TextChecks.size(v, "name", "@Size", "abc", 8, 100))
                        .get(0)
                        .value());
    }
}
