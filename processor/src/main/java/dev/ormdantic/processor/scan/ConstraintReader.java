package dev.ormdantic.processor.scan;

import dev.ormdantic.processor.model.Constraint;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/** Reads a {@code jakarta.validation.constraints} annotation into a {@link Constraint}. */
final class ConstraintReader {

    private final Elements elements;

    ConstraintReader(Elements elements) {
        this.elements = elements;
    }

    Constraint read(FoundAnnotation annotation) {
        AnnotationMirror mirror = annotation.mirror();
        String name = annotation.qualifiedName().substring(Constraint.PACKAGE.length() + 1);
        return switch (name) {
            case "Size" -> {
                String text = text(mirror, name, List.of("min", "max"));
                yield new Constraint.Size(text, (int) number(mirror, "min"), (int) number(mirror, "max"));
            }
            case "Min" -> new Constraint.Min(text(mirror, name, List.of("value")), number(mirror, "value"));
            case "Max" -> new Constraint.Max(text(mirror, name, List.of("value")), number(mirror, "value"));
            case "NotBlank" -> new Constraint.NotBlank("@NotBlank");
            case "Digits" -> {
                String text = text(mirror, name, List.of("integer", "fraction"));
                yield new Constraint.Digits(text, (int) number(mirror, "integer"), (int) number(mirror, "fraction"));
            }
            default -> new Constraint.Unchecked(name, "@" + name);
        };
    }

    /**
     * The annotation as the user would write it: its name and the given attributes that were written, in the given
     * order; a lone {@code value} without its name ({@code @Min(0)}).
     */
    private static String text(AnnotationMirror mirror, String name, List<String> attributes) {
        StringJoiner text = new StringJoiner(", ", "@" + name + "(", ")").setEmptyValue("@" + name);
        for (String attribute : attributes) {
            AnnotationValue value = value(mirror.getElementValues(), attribute);
            if (value != null) {
                String literal = literal(value.getValue());
                text.add(attribute.equals("value") ? literal : attribute + " = " + literal);
            }
        }
        return text.toString();
    }

    private static String literal(Object value) {
        if (value instanceof Long number && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
            return number + "L";
        }
        return String.valueOf(value);
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
