package dev.ormdantic.processor.scan;

import dev.ormdantic.processor.model.Constraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/** Reads {@code jakarta.validation} annotations into {@link Constraint}s. */
final class ConstraintReader {

    private final Elements elements;

    ConstraintReader(Elements elements) {
        this.elements = elements;
    }

    /**
     * The constraints of a {@code jakarta.validation.constraints} annotation: one, or one per entry of a repeated
     * constraint's {@code List} container.
     */
    List<Constraint> read(FoundAnnotation annotation) {
        String name = annotation.qualifiedName().substring(Constraint.PACKAGE.length() + 1);
        if (name.endsWith(".List")) {
            AnnotationValue entries = value(annotation.mirror().getElementValues(), "value");
            List<Constraint> found = new ArrayList<>();
            if (entries != null && entries.getValue() instanceof List<?> list) {
                for (Object entry : list) {
                    if (entry instanceof AnnotationValue value && value.getValue() instanceof AnnotationMirror mirror) {
                        found.add(read(mirror, name.substring(0, name.length() - ".List".length())));
                    }
                }
            }
            return found;
        }
        return List.of(read(annotation.mirror(), name));
    }

    /** A constraint of another library or of the application. */
    static Constraint.Custom custom(FoundAnnotation annotation) {
        return new Constraint.Custom(
                annotation.simpleName(),
                annotation.qualifiedName(),
                "@" + annotation.simpleName(),
                reachesField(annotation.mirror()));
    }

    private static boolean reachesField(AnnotationMirror mirror) {
        for (AnnotationMirror meta : mirror.getAnnotationType().asElement().getAnnotationMirrors()) {
            if (((TypeElement) meta.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals("java.lang.annotation.Target")) {
                AnnotationValue targets = value(meta.getElementValues(), "value");
                return targets != null
                        && targets.getValue() instanceof List<?> list
                        && list.stream()
                                .anyMatch(entry -> entry instanceof AnnotationValue target
                                        && target.getValue().toString().equals("FIELD"));
            }
        }
        return true;
    }

    private Constraint read(AnnotationMirror mirror, String name) {
        return switch (name) {
            case "Size" -> {
                String text = text(mirror, name, List.of("min", "max"));
                yield new Constraint.Size(text, (int) number(mirror, "min"), (int) number(mirror, "max"));
            }
            case "Min" -> new Constraint.Min(text(mirror, name, List.of("value")), number(mirror, "value"));
            case "Max" -> new Constraint.Max(text(mirror, name, List.of("value")), number(mirror, "value"));
            case "DecimalMin", "DecimalMax" ->
                new Constraint.DecimalBound(
                        name,
                        text(mirror, name, List.of("value", "inclusive")),
                        String.valueOf(withDefault(mirror, "value")),
                        Boolean.TRUE.equals(withDefault(mirror, "inclusive")));
            case "Digits" -> {
                String text = text(mirror, name, List.of("integer", "fraction"));
                yield new Constraint.Digits(text, (int) number(mirror, "integer"), (int) number(mirror, "fraction"));
            }
            case "Pattern", "Email" ->
                new Constraint.Regex(
                        name,
                        text(mirror, name, List.of("regexp", "flags")),
                        String.valueOf(withDefault(mirror, "regexp")),
                        flags(mirror));
            case "NotNull",
                    "Null",
                    "NotBlank",
                    "NotEmpty",
                    "AssertTrue",
                    "AssertFalse",
                    "Positive",
                    "PositiveOrZero",
                    "Negative",
                    "NegativeOrZero",
                    "Past",
                    "PastOrPresent",
                    "Future",
                    "FutureOrPresent" -> new Constraint.Plain(name, "@" + name);
            default -> new Constraint.Unchecked(name, "@" + name);
        };
    }

    /**
     * The annotation as the user would write it: its name and the given attributes that were written, in the given
     * order; a lone {@code value} without its name ({@code @Min(0)}).
     */
    private String text(AnnotationMirror mirror, String name, List<String> attributes) {
        List<String> written = new ArrayList<>();
        for (String attribute : attributes) {
            if (value(mirror.getElementValues(), attribute) != null) {
                written.add(attribute);
            }
        }
        StringJoiner text = new StringJoiner(", ", "@" + name + "(", ")").setEmptyValue("@" + name);
        for (String attribute : written) {
            AnnotationValue value = value(mirror.getElementValues(), attribute);
            if (value != null) {
                String literal = literal(value.getValue());
                text.add(written.size() == 1 && attribute.equals("value") ? literal : attribute + " = " + literal);
            }
        }
        return text.toString();
    }

    /** A value as Java source: strings quoted and escaped, enum constants by their type's simple name. */
    private String literal(Object value) {
        return switch (value) {
            case Long number when number < Integer.MIN_VALUE || number > Integer.MAX_VALUE -> number + "L";
            case String string -> elements.getConstantExpression(string);
            case VariableElement constant ->
                TypeScanner.displayName(constant.asType()) + "." + constant.getSimpleName();
            case List<?> list
            when list.size() == 1 && list.getFirst() instanceof AnnotationValue only -> literal(only.getValue());
            case List<?> list -> {
                StringJoiner entries = new StringJoiner(", ", "{", "}");
                for (Object entry : list) {
                    entries.add(entry instanceof AnnotationValue v ? literal(v.getValue()) : String.valueOf(entry));
                }
                yield entries.toString();
            }
            default -> String.valueOf(value);
        };
    }

    private @Nullable Object withDefault(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(elements.getElementValuesWithDefaults(mirror), attribute);
        return value == null ? null : value.getValue();
    }

    /** The names of the {@code Pattern.Flag} constants of a {@code flags} attribute. */
    private List<String> flags(AnnotationMirror mirror) {
        List<String> flags = new ArrayList<>();
        if (withDefault(mirror, "flags") instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof AnnotationValue value && value.getValue() instanceof VariableElement constant) {
                    flags.add(constant.getSimpleName().toString());
                }
            }
        }
        return flags;
    }

    private long number(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(elements.getElementValuesWithDefaults(mirror), attribute);
        if (value != null && value.getValue() instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("@" + mirror.getAnnotationType() + " has no number attribute " + attribute);
    }

    /** A string attribute as written on an annotation; empty when absent or not a string. */
    static String stringValue(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror.getElementValues(), attribute);
        return value != null && value.getValue() instanceof String string ? string : "";
    }

    static @Nullable AnnotationValue value(
            Map<? extends ExecutableElement, ? extends AnnotationValue> values, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
