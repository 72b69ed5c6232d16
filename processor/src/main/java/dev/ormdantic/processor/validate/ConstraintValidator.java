package dev.ormdantic.processor.validate;

import dev.ormdantic.processor.diag.Message;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Constraint;
import dev.ormdantic.processor.model.Site;
import dev.ormdantic.processor.model.ValueKind;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the constraints of one component: each applies to the component's type and has sensible attributes;
 * constraints Ormdantic cannot check get a warning.
 */
final class ConstraintValidator {

    private static final Set<ValueKind> TEXT = EnumSet.of(ValueKind.STRING);
    private static final Set<ValueKind> TEXT_OR_BYTES = EnumSet.of(ValueKind.STRING, ValueKind.BYTES);
    private static final Set<ValueKind> BOOLEANS = EnumSet.of(ValueKind.BOOLEAN);
    private static final Set<ValueKind> NUMBERS = EnumSet.of(
            ValueKind.BYTE,
            ValueKind.SHORT,
            ValueKind.INT,
            ValueKind.LONG,
            ValueKind.FLOAT,
            ValueKind.DOUBLE,
            ValueKind.DECIMAL,
            ValueKind.BIG_INTEGER);
    private static final Set<ValueKind> DECIMAL_BOUNDED = EnumSet.of(
            ValueKind.BYTE,
            ValueKind.BIG_INTEGER,
            ValueKind.SHORT,
            ValueKind.INT,
            ValueKind.LONG,
            ValueKind.FLOAT,
            ValueKind.DOUBLE,
            ValueKind.DECIMAL,
            ValueKind.STRING);
    private static final Set<ValueKind> DIGITS = EnumSet.of(
            ValueKind.BYTE,
            ValueKind.SHORT,
            ValueKind.INT,
            ValueKind.LONG,
            ValueKind.DECIMAL,
            ValueKind.BIG_INTEGER,
            ValueKind.STRING);
    private static final Set<ValueKind> TEMPORAL =
            EnumSet.of(ValueKind.DATE, ValueKind.DATETIME, ValueKind.INSTANT, ValueKind.OFFSET_DATETIME);
    private static final Set<ValueKind> ANY = EnumSet.complementOf(EnumSet.of(ValueKind.UNSUPPORTED));

    private final boolean providerVisible;

    ConstraintValidator(boolean providerVisible) {
        this.providerVisible = providerVisible;
    }

    void validate(String record, ComponentModel component, List<Problem> problems) {
        for (Constraint constraint : component.constraints()) {
            Site site = new Site.ComponentConstraint(component.name(), constraint.annotation());
            if (constraint instanceof Constraint.Custom custom) {
                if (!custom.reachesField()) {
                    problems.add(Problem.of(Message.ORM1067, site, constraint.name(), component.name(), record));
                } else if (!providerVisible) {
                    problems.add(Problem.of(Message.ORM1101, site, constraint.name(), component.name(), record));
                }
                continue;
            }
            if (constraint instanceof Constraint.Unchecked) {
                problems.add(Problem.of(Message.ORM1066, site, constraint.name(), component.name(), record));
                continue;
            }
            ValueKind kind = component.type().kind();
            if (kind != ValueKind.UNSUPPORTED && !appliesTo(constraint).contains(kind)) {
                problems.add(Problem.of(
                        Message.ORM1007,
                        site,
                        constraint.name(),
                        component.name(),
                        record,
                        component.type().name(),
                        target(constraint)));
            }
            if (constraint instanceof Constraint.Regex regex
                    && regex.name().equals("Pattern")
                    && regex.flags().isEmpty()
                    && regexProblem(regex).isEmpty()) {
                RegexPortability.problem(regex.regexp())
                        .ifPresent(reason -> problems.add(Problem.of(
                                Message.ORM1030, site, constraint.text(), component.name(), record, reason)));
            }
            String invalid = invalidAttributes(constraint, component);
            if (!invalid.isEmpty()) {
                problems.add(Problem.of(
                        Message.ORM1012,
                        site,
                        constraint.text(),
                        component.name(),
                        record,
                        invalid,
                        validForm(constraint)));
            }
        }
    }

    private static Set<ValueKind> appliesTo(Constraint constraint) {
        return switch (constraint) {
            case Constraint.Size s -> TEXT_OR_BYTES;
            case Constraint.Min m -> NUMBERS;
            case Constraint.Max m -> NUMBERS;
            case Constraint.DecimalBound b -> DECIMAL_BOUNDED;
            case Constraint.Digits d -> DIGITS;
            case Constraint.Regex r -> TEXT;
            case Constraint.Plain plain ->
                switch (plain.name()) {
                    case "NotNull", "Null" -> ANY;
                    case "NotBlank" -> TEXT;
                    case "NotEmpty" -> TEXT_OR_BYTES;
                    case "AssertTrue", "AssertFalse" -> BOOLEANS;
                    case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> TEMPORAL;
                    default -> NUMBERS;
                };
            case Constraint.Custom c -> Set.of();
            case Constraint.Unchecked u -> Set.of();
        };
    }

    private static String target(Constraint constraint) {
        String numbers = "a byte, short, int, long, float, double, BigDecimal or BigInteger component (or a boxed one)";
        return switch (constraint) {
            case Constraint.Size s -> "a String or byte[] component";
            case Constraint.Min m -> numbers;
            case Constraint.Max m -> numbers;
            case Constraint.DecimalBound b -> numbers + ", or a String holding a number";
            case Constraint.Digits d ->
                "a byte, short, int, long, BigDecimal or BigInteger component (or a boxed one), or a String";
            case Constraint.Regex r -> "a String component";
            case Constraint.Plain plain ->
                switch (plain.name()) {
                    case "NotNull", "Null" -> "any component";
                    case "NotBlank" -> "a String component";
                    case "NotEmpty" -> "a String or byte[] component";
                    case "AssertTrue", "AssertFalse" -> "a boolean or Boolean component";
                    case "Past", "PastOrPresent", "Future", "FutureOrPresent" ->
                        "a LocalDate, LocalDateTime, Instant or OffsetDateTime component";
                    default -> numbers;
                };
            case Constraint.Custom c -> "another component";
            case Constraint.Unchecked u -> "another component";
        };
    }

    private static String invalidAttributes(Constraint constraint, ComponentModel component) {
        return switch (constraint) {
            case Constraint.Size size when size.min() < 0 -> "min is negative";
            case Constraint.Size size when size.max() < size.min() -> "max is less than min";
            case Constraint.Digits digits
            when digits.integer() < 0 || digits.fraction() < 0 -> "integer or fraction is negative";
            case Constraint.DecimalBound bound
            when !isDecimal(bound.value()) -> "value \"" + bound.value() + "\" is not a decimal number";
            case Constraint.Regex regex -> regexProblem(regex);
            case Constraint.Plain plain
            when plain.name().equals("NotNull") && component.nullable() ->
                "the component is also @Nullable, which allows NULL";
            case Constraint.Plain plain
            when plain.name().equals("Null") && !component.nullable() ->
                "the component is not @Nullable, so its column is NOT NULL and no row could be written";
            default -> "";
        };
    }

    private static boolean isDecimal(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String regexProblem(Constraint.Regex regex) {
        try {
            Pattern.compile(regex.regexp(), regex.flagBits());
            return "";
        } catch (PatternSyntaxException e) {
            return "regexp does not compile: " + e.getDescription() + " near index " + e.getIndex();
        }
    }

    private static String validForm(Constraint constraint) {
        return switch (constraint) {
            case Constraint.Size s -> "0 <= min <= max";
            case Constraint.Digits d -> "integer and fraction are 0 or more";
            case Constraint.DecimalBound b -> "value is a decimal number such as \"0.01\" or \"-5\"";
            case Constraint.Regex r -> "regexp is a valid java.util.regex.Pattern expression";
            case Constraint.Plain p when p.name().equals("NotNull") -> "only one of @NotNull and @Nullable remains";
            case Constraint.Plain p when p.name().equals("Null") -> "the component is @Nullable, or @Null is removed";
            default -> "its attributes agree";
        };
    }
}
