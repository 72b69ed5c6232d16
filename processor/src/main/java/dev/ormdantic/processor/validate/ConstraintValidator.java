package dev.ormdantic.processor.validate;

import dev.ormdantic.processor.diag.Message;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Constraint;
import dev.ormdantic.processor.model.Site;
import dev.ormdantic.processor.model.ValueKind;
import java.util.List;
import java.util.Set;

/**
 * Checks the constraints of one component: each applies to the component's type and has sensible attributes;
 * constraints Ormdantic does not check yet get a warning.
 */
final class ConstraintValidator {

    private static final Set<ValueKind> TEXT = Set.of(ValueKind.STRING);
    private static final Set<ValueKind> INTEGERS = Set.of(ValueKind.SHORT, ValueKind.INT, ValueKind.LONG);
    private static final Set<ValueKind> DECIMALS = Set.of(ValueKind.DECIMAL);

    void validate(String record, ComponentModel component, List<Problem> problems) {
        for (Constraint constraint : component.constraints()) {
            Site site = new Site.ComponentConstraint(component.name(), constraint.name());
            if (constraint instanceof Constraint.Unchecked) {
                problems.add(Problem.of(Message.ORM1101, site, constraint.name(), component.name(), record));
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
            String invalid = invalidAttributes(constraint);
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
            case Constraint.Size s -> TEXT;
            case Constraint.NotBlank n -> TEXT;
            case Constraint.Min m -> INTEGERS;
            case Constraint.Max m -> INTEGERS;
            case Constraint.Digits d -> DECIMALS;
            case Constraint.Unchecked u -> Set.of();
        };
    }

    private static String target(Constraint constraint) {
        return switch (constraint) {
            case Constraint.Size s -> "a String component";
            case Constraint.NotBlank n -> "a String component";
            case Constraint.Min m -> "a short, int or long component (or its boxed type)";
            case Constraint.Max m -> "a short, int or long component (or its boxed type)";
            case Constraint.Digits d -> "a BigDecimal component";
            case Constraint.Unchecked u -> "another component";
        };
    }

    private static String invalidAttributes(Constraint constraint) {
        return switch (constraint) {
            case Constraint.Size size when size.min() < 0 -> "min is negative";
            case Constraint.Size size when size.max() < size.min() -> "max is less than min";
            case Constraint.Digits digits
            when digits.integer() < 0 || digits.fraction() < 0 -> "integer or fraction is negative";
            default -> "";
        };
    }

    private static String validForm(Constraint constraint) {
        return switch (constraint) {
            case Constraint.Size s -> "0 <= min <= max";
            case Constraint.Digits d -> "integer and fraction are 0 or more";
            default -> "its attributes agree";
        };
    }
}
