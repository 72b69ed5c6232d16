package dev.ormdantic.processor.scan;

import dev.ormdantic.processor.model.GeneratedNames;
import dev.ormdantic.processor.model.JavaType;
import dev.ormdantic.processor.model.RelationModel;
import dev.ormdantic.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Ref} or {@code Many} component into a {@link RelationModel}: its type arguments, its
 * {@code @BackReference} or {@code @Through}, and the {@code Ref} components of the records it names, read from their
 * declarations (compiled now or before). Also follows the non-nullable references from the component to find a cycle
 * back to its own record, which no insert order could satisfy.
 */
final class RelationScanner {

    static final String REF = "dev.ormdantic.relation.Ref";
    static final String MANY = "dev.ormdantic.relation.Many";
    static final String BACK_REFERENCE = "dev.ormdantic.annotation.BackReference";
    static final String THROUGH = "dev.ormdantic.annotation.Through";

    private RelationScanner() {}

    /** Whether a type is {@code Ref<...>} (or a raw {@code Ref}). */
    static boolean isRef(TypeMirror type) {
        return is(type, REF);
    }

    /** Whether a type is {@code Many<...>} (or a raw {@code Many}). */
    static boolean isMany(TypeMirror type) {
        return is(type, MANY);
    }

    private static boolean is(TypeMirror type, String name) {
        return type instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement element
                && element.getQualifiedName().contentEquals(name);
    }

    /** The key type {@code K} of a well-formed {@code Ref<X, K>}, or {@code null}. */
    static @Nullable TypeMirror keyType(TypeMirror type) {
        if (isRef(type) && ((DeclaredType) type).getTypeArguments().size() == 2) {
            TypeMirror key = ((DeclaredType) type).getTypeArguments().get(1);
            return key.getKind() == TypeKind.DECLARED ? key : null;
        }
        return null;
    }

    /** The referenced record {@code X} of a {@code Ref<X, K>}, or {@code null}. */
    static @Nullable TypeElement refTarget(TypeMirror type) {
        if (isRef(type) && ((DeclaredType) type).getTypeArguments().size() == 2) {
            return recordOf(((DeclaredType) type).getTypeArguments().getFirst());
        }
        return null;
    }

    private static @Nullable TypeElement recordOf(TypeMirror type) {
        return type instanceof DeclaredType declared
                        && declared.asElement() instanceof TypeElement element
                        && element.getKind() == ElementKind.RECORD
                ? element
                : null;
    }

    /**
     * The relationship a component declares, or {@code null} when its type is neither {@code Ref}, {@code Many} nor an
     * {@code Optional} of one.
     */
    static @Nullable RelationModel read(
            TypeElement record,
            RecordComponentElement component,
            Map<String, FoundAnnotation> annotations,
            boolean nullable,
            @Nullable TypeMirror referencesValue) {
        TypeMirror type = component.asType();
        String name = component.getSimpleName().toString();
        String constant = GeneratedNames.constantName(name);
        String written = TypeScanner.displayName(type);
        if (is(type, "java.util.Optional")
                && ((DeclaredType) type).getTypeArguments().size() == 1) {
            TypeMirror inner = ((DeclaredType) type).getTypeArguments().getFirst();
            if (isRef(inner)) {
                return new RelationModel.Malformed(
                        constant,
                        written,
                        "an Optional of a Ref",
                        "Declare it as @Nullable " + TypeScanner.displayName(inner)
                                + ": a nullable foreign key holds null for no reference");
            }
            if (isMany(inner)) {
                return new RelationModel.Malformed(
                        constant,
                        written,
                        "an Optional of a Many",
                        "Declare it as " + TypeScanner.displayName(inner)
                                + ": a Many is never null nor empty for unloaded, an unloaded one is its own state");
            }
        }
        if (isRef(type)) {
            return ref(record, name, (DeclaredType) type, constant, written, nullable, referencesValue);
        }
        if (isMany(type)) {
            if (annotations.containsKey(SchemaScanner.REFERENCES)) {
                return new RelationModel.Malformed(
                        constant,
                        written,
                        "a Many with @References",
                        "Remove @References: a Many is no column, the foreign key is the Ref of the other record");
            }
            return many((DeclaredType) type, constant, written, annotations);
        }
        for (String annotation : List.of(BACK_REFERENCE, THROUGH)) {
            FoundAnnotation found = annotations.get(annotation);
            if (found != null) {
                return new RelationModel.Misplaced(constant, written, found.simpleName());
            }
        }
        return null;
    }

    private static RelationModel ref(
            TypeElement record,
            String name,
            DeclaredType type,
            String constant,
            String written,
            boolean nullable,
            @Nullable TypeMirror referencesValue) {
        String fix = "Declare it as Ref<Target, KeyType>, where Target is the referenced @Table record and KeyType the"
                + " boxed type of its key, such as Ref<Author, Long>";
        if (type.getTypeArguments().size() != 2) {
            return new RelationModel.Malformed(constant, written, "a raw Ref", fix);
        }
        TypeElement target = recordOf(type.getTypeArguments().getFirst());
        if (target == null) {
            return new RelationModel.Malformed(
                    constant, written, "a Ref whose first type argument is not a record", fix);
        }
        TypeMirror key = keyType(type);
        JavaType keyType = key == null ? null : TypeScanner.javaType(key);
        if (keyType == null
                || keyType.optional()
                || switch (keyType.kind()) {
                    case UNSUPPORTED, JSON, ENUM, BYTES -> true;
                    default -> false;
                }) {
            return new RelationModel.Malformed(
                    constant,
                    written,
                    "a Ref whose key type "
                            + TypeScanner.displayName(type.getTypeArguments().get(1))
                            + " cannot be a foreign-key column",
                    fix + " (a number, String, UUID, BigDecimal, BigInteger or a date-time type); reference an enum"
                            + " or byte[] key with @References on a plain component");
        }
        String referenced = null;
        if (referencesValue != null) {
            TypeElement given = recordOf(referencesValue);
            if (given == null || !given.getQualifiedName().contentEquals(target.getQualifiedName())) {
                referenced = TypeScanner.displayName(referencesValue);
            }
        }
        List<String> cycle = nullable ? List.of() : cycle(record, name, target);
        return new RelationModel.Ref(constant, written, TypeScanner.typeRef(target), referenced, cycle);
    }

    private static RelationModel many(
            DeclaredType type, String constant, String written, Map<String, FoundAnnotation> annotations) {
        TypeElement element = type.getTypeArguments().size() == 1
                ? recordOf(type.getTypeArguments().getFirst())
                : null;
        if (element == null) {
            return new RelationModel.Malformed(
                    constant,
                    written,
                    type.getTypeArguments().isEmpty() ? "a raw Many" : "a Many whose type argument is not a record",
                    "Declare it as Many<Element>, where Element is the related @Table record, such as Many<Post>");
        }
        FoundAnnotation back = annotations.get(BACK_REFERENCE);
        FoundAnnotation through = annotations.get(THROUGH);
        RelationModel.Side association = null;
        String source = "";
        String target = "";
        if (through != null) {
            AnnotationValue value = explicit(through.mirror(), "value");
            TypeElement associationType =
                    value != null && value.getValue() instanceof TypeMirror mirror ? recordOf(mirror) : null;
            association = associationType == null
                    ? new RelationModel.Side(
                            new TypeRef("", List.of(value == null ? "?" : String.valueOf(value.getValue()))),
                            false,
                            false,
                            List.of(),
                            List.of())
                    : side(associationType);
            source = stringValue(through.mirror(), "source");
            target = stringValue(through.mirror(), "target");
        }
        return new RelationModel.Many(
                constant,
                written,
                side(element),
                back == null ? null : stringValue(back.mirror(), "value"),
                association,
                source,
                target,
                new RelationModel.Cascades(
                        back == null || booleanValue(back.mirror(), "cascadeSave", true),
                        back != null && booleanValue(back.mirror(), "cascadeDelete", false),
                        back != null && booleanValue(back.mirror(), "orphanRemoval", false)));
    }

    /** A record's {@code @Table}-ness and its {@code Ref} components. */
    private static RelationModel.Side side(TypeElement element) {
        List<RelationModel.RefComponent> refs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (RecordComponentElement component : element.getRecordComponents()) {
            names.add(component.getSimpleName().toString());
            TypeMirror type = component.asType();
            if (!isRef(type)) {
                continue;
            }
            TypeElement target = refTarget(type);
            refs.add(new RelationModel.RefComponent(
                    component.getSimpleName().toString(),
                    target == null ? null : TypeScanner.typeRef(target),
                    target == null ? "" : target.getQualifiedName().toString(),
                    nullable(element, component)));
        }
        return new RelationModel.Side(
                TypeScanner.typeRef(element),
                has(element, TableScanner.TABLE),
                has(element, SchemaScanner.VIEW),
                refs,
                names);
    }

    /**
     * The cycle of non-nullable references from {@code record.component} (a non-nullable reference to {@code target})
     * back to {@code record}, as {@code Record.component} steps ending with the record; empty when there is none.
     */
    private static List<String> cycle(TypeElement record, String component, TypeElement target) {
        String self = record.getQualifiedName().toString();
        List<String> path = new ArrayList<>(List.of(record.getSimpleName() + "." + component));
        if (self.isEmpty()) {
            return List.of();
        }
        Set<String> visited = new HashSet<>();
        if (target.getQualifiedName().contentEquals(self) || reaches(target, self, path, visited)) {
            path.add(record.getSimpleName().toString());
            return path;
        }
        return List.of();
    }

    private static boolean reaches(TypeElement at, String self, List<String> path, Set<String> visited) {
        if (!visited.add(at.getQualifiedName().toString()) || !has(at, TableScanner.TABLE)) {
            return false;
        }
        for (RecordComponentElement component : at.getRecordComponents()) {
            TypeElement next = refTarget(component.asType());
            if (next == null || nullable(at, component)) {
                continue;
            }
            path.add(at.getSimpleName() + "." + component.getSimpleName());
            if (next.getQualifiedName().contentEquals(self) || reaches(next, self, path, visited)) {
                return true;
            }
            path.removeLast();
        }
        return false;
    }

    private static boolean nullable(TypeElement record, RecordComponentElement component) {
        for (FoundAnnotation annotation :
                ComponentScanner.annotations(record, component).values()) {
            if (annotation.simpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(TypeElement element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static String stringValue(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = explicit(mirror, attribute);
        return value != null && value.getValue() instanceof String string ? string : "";
    }

    private static boolean booleanValue(AnnotationMirror mirror, String attribute, boolean otherwise) {
        AnnotationValue value = explicit(mirror, attribute);
        return (value != null && value.getValue() instanceof Boolean bool) ? bool : otherwise;
    }

    private static @Nullable AnnotationValue explicit(AnnotationMirror mirror, String attribute) {
        for (var entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
