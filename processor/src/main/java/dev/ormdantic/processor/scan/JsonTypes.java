package dev.ormdantic.processor.scan;

import dev.ormdantic.processor.model.JavaType;
import dev.ormdantic.processor.model.TypeTree;
import dev.ormdantic.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * JSON components: a {@code Map}, {@code List} or {@code Set}, or a record that is not a table. Each is checked to be
 * a type Jackson writes and reads back as itself, with nothing but records, string-keyed maps, lists, sets, strings,
 * numbers, booleans, enums, UUIDs and {@code Object} inside, and no raw type, wildcard or type variable.
 */
final class JsonTypes {

    static final String TABLE = "dev.ormdantic.annotation.Table";

    private static final Set<String> CONTAINERS = Set.of("java.util.Map", "java.util.List", "java.util.Set");

    private static final Set<String> SCALARS = Set.of(
            "java.lang.String",
            "java.lang.Boolean",
            "java.lang.Byte",
            "java.lang.Short",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Float",
            "java.lang.Double",
            "java.math.BigDecimal",
            "java.math.BigInteger",
            "java.util.UUID",
            "java.lang.Object");

    private JsonTypes() {}

    /** Whether a component of this class is stored as JSON: a map, list or set, or a record that is not a table. */
    static boolean isJsonContainer(TypeElement element) {
        return CONTAINERS.contains(element.getQualifiedName().toString())
                || (element.getKind() == ElementKind.RECORD && !isTable(element));
    }

    private static boolean isTable(TypeElement element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(TABLE)) {
                return true;
            }
        }
        return false;
    }

    /** The JSON type of a component, or why Jackson could not read it back. */
    static JavaType javaType(DeclaredType type, String name) {
        String problem = problem(type, true, new HashSet<>());
        return problem == null ? JavaType.json(name, tree(type)) : JavaType.refused(ValueKind.JSON, name, problem);
    }

    private static TypeTree tree(DeclaredType type) {
        List<TypeTree> arguments = new ArrayList<>();
        for (TypeMirror argument : type.getTypeArguments()) {
            arguments.add(tree((DeclaredType) argument));
        }
        return new TypeTree(TypeScanner.typeRef((TypeElement) type.asElement()), arguments);
    }

    /**
     * The first reason Jackson would not read a type back as itself, or {@code null}.
     *
     * @param named whether the generated code names the type (the component's type and its type arguments), so that
     *     it must be reachable and cannot be an array; types inside a nested record are only read by Jackson
     * @param seen the records already checked, so that a recursive record is checked once
     */
    private static @Nullable String problem(TypeMirror type, boolean named, Set<String> seen) {
        String shown = TypeScanner.displayName(type);
        return switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE -> null;
            case ARRAY -> {
                TypeMirror component = ((ArrayType) type).getComponentType();
                if (named) {
                    yield "it holds the array " + shown + "; use a List inside a JSON type";
                }
                yield component.getKind() == TypeKind.BYTE ? null : problem(component, false, seen);
            }
            case TYPEVAR -> "it holds the type variable " + shown + ", whose type Jackson cannot know when reading";
            case WILDCARD ->
                "it holds the wildcard " + shown + ", whose type Jackson cannot know when reading; name the type";
            case DECLARED -> declared((DeclaredType) type, shown, named, seen);
            default -> "it holds " + shown + ", which Jackson does not write as JSON";
        };
    }

    private static @Nullable String declared(DeclaredType type, String shown, boolean named, Set<String> seen) {
        TypeElement element = (TypeElement) type.asElement();
        String qualified = element.getQualifiedName().toString();
        if (named && !TypeScanner.isReachable(element)) {
            return shown + " is private or nested in a private type, so the generated class cannot name it";
        }
        if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
            return "it holds the raw type " + shown + "; give its type arguments";
        }
        if (element.getKind() == ElementKind.ENUM || SCALARS.contains(qualified)) {
            return null;
        }
        if (CONTAINERS.contains(qualified)) {
            List<? extends TypeMirror> arguments = type.getTypeArguments();
            if (qualified.equals("java.util.Map")) {
                TypeMirror key = arguments.getFirst();
                boolean stringKey = key.getKind() == TypeKind.DECLARED
                        && ((TypeElement) ((DeclaredType) key).asElement())
                                .getQualifiedName()
                                .contentEquals("java.lang.String");
                if (!stringKey) {
                    return "it holds " + shown + ", whose keys are not strings; JSON object keys are strings, use"
                            + " Map<String, ...>";
                }
            }
            for (TypeMirror argument : arguments) {
                String problem = problem(argument, named, seen);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (element.getKind() == ElementKind.RECORD) {
            if (!type.getTypeArguments().isEmpty()) {
                return "it holds the generic record " + shown + "; use a record without type parameters";
            }
            if (!seen.add(qualified)) {
                return null;
            }
            for (RecordComponentElement component : element.getRecordComponents()) {
                String problem = problem(component.asType(), false, seen);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (qualified.startsWith("java.time.")) {
            return "it holds " + shown + ", which Jackson writes only with its JSR-310 module, not registered by"
                    + " Ormdantic; store the value as a String or a number inside JSON, or as its own column";
        }
        return "it holds " + shown + ", which Jackson would not read back as the same type; use records,"
                + " Map<String, ...>, List, Set, String, numbers, booleans, enums or UUID";
    }
}
