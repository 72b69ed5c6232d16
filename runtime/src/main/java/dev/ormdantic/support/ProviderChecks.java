package dev.ormdantic.support;

import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Checks the custom constraints of a record (annotations meta-annotated {@code @jakarta.validation.Constraint} that
 * generated code cannot check) with the Bean Validation provider on the class path. Generated {@code validate}
 * methods call it only for records that carry such constraints; the built-in constraints stay with the generated
 * checks, so each violation is reported once.
 *
 * @since 0.1.0
 */
public final class ProviderChecks {

    private static final Set<String> IGNORED_ATTRIBUTES = Set.of("message", "groups", "payload");

    private ProviderChecks() {}

    /**
     * Validates {@code row} with the provider and records the violations of the given constraints only.
     *
     * A violation of a constraint on a component names the component (its property path); one on the record itself
     * has an empty component and no value.
     *
     * @param violations the record's violations
     * @param row the record
     * @param constraints the canonical names of the custom constraint annotations to report
     * @throws ConfigurationException {@code ORM2130} when no Bean Validation provider can be found
     */
    public static void validate(Violations violations, Object row, Set<String> constraints) {
        Validator validator = Provider.validator(constraints);
        // the provider's set has no order: the record's own constraints first, then by component and constraint
        List<Reported> reported = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(row)) {
            Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
            if (constraints.contains(annotation.annotationType().getCanonicalName())) {
                reported.add(new Reported(
                        violation.getPropertyPath().toString(),
                        text(annotation, violation.getConstraintDescriptor().getAttributes()),
                        violation));
            }
        }
        reported.sort(Comparator.comparing(Reported::component)
                .thenComparing(Reported::constraint)
                .thenComparing(each -> each.violation().getMessage()));
        for (Reported each : reported) {
            // a constraint on the record itself has an empty path, and its "value" is the whole record: left out
            violations.add(
                    each.component(),
                    each.constraint(),
                    each.violation().getMessage(),
                    each.component().isEmpty() ? null : each.violation().getInvalidValue());
        }
    }

    /**
     * The annotation as it would be written: its simple name and the attributes that differ from their defaults
     * (not {@code message}, {@code groups} or {@code payload}), by name; a lone {@code value} without its name.
     */
    static String text(Annotation annotation, Map<String, Object> attributes) {
        Class<? extends Annotation> type = annotation.annotationType();
        StringJoiner text =
                new StringJoiner(", ", "@" + type.getSimpleName() + "(", ")").setEmptyValue("@" + type.getSimpleName());
        Method[] methods = type.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        int written = 0;
        StringJoiner named = new StringJoiner(", ");
        String lone = "";
        for (Method method : methods) {
            Object value = attributes.get(method.getName());
            if (IGNORED_ATTRIBUTES.contains(method.getName())
                    || value == null
                    || Objects.deepEquals(value, method.getDefaultValue())) {
                continue;
            }
            written++;
            lone = method.getName().equals("value") ? literal(value) : method.getName() + " = " + literal(value);
            named.add(method.getName() + " = " + literal(value));
        }
        if (written == 1) {
            text.add(lone);
        } else if (written > 1) {
            text.add(named.toString());
        }
        return text.toString();
    }

    private static String literal(Object value) {
        return switch (value) {
            case String string -> '"' + string.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case Long number when number < Integer.MIN_VALUE || number > Integer.MAX_VALUE -> number + "L";
            case Enum<?> constant -> constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            case Object[] array when array.length == 1 -> literal(Objects.requireNonNull(array[0]));
            case Object[] array -> {
                StringJoiner entries = new StringJoiner(", ", "{", "}");
                for (Object entry : array) {
                    entries.add(literal(Objects.requireNonNull(entry)));
                }
                yield entries.toString();
            }
            default -> String.valueOf(value);
        };
    }

    private record Reported(String component, String constraint, ConstraintViolation<Object> violation) {}

    /** The provider's validator, found once; or the reason none could be. */
    private static final class Provider {

        private static final @Nullable Validator VALIDATOR;
        private static final @Nullable RuntimeException FAILURE;

        static {
            Validator validator = null;
            RuntimeException failure = null;
            try {
                ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
                validator = factory.getValidator();
            } catch (ValidationException e) {
                failure = e;
            }
            VALIDATOR = validator;
            FAILURE = failure;
        }

        private Provider() {}

        static Validator validator(Set<String> constraints) {
            if (VALIDATOR != null) {
                return VALIDATOR;
            }
            StringJoiner names = new StringJoiner(", ");
            constraints.stream().sorted().forEach(name -> names.add("@" + name));
            throw new ConfigurationException(
                    ErrorCode.VALIDATION_PROVIDER_MISSING,
                    ErrorContext.none(),
                    "the record carries custom constraints (" + names
                            + ") that only a Bean Validation provider can check, and none can be found on the class"
                            + " path; nothing was written",
                    "add a Bean Validation provider such as org.hibernate.validator:hibernate-validator and"
                            + " org.glassfish.expressly:expressly to the class path, or remove the custom constraints",
                    FAILURE);
        }
    }
}
