package dev.ormdantic.processor.scan;

import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Constraint;
import dev.ormdantic.processor.model.GeneratedNames;
import dev.ormdantic.processor.model.Generation;
import dev.ormdantic.processor.model.JavaType;
import dev.ormdantic.processor.model.RelationModel;
import dev.ormdantic.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads one record component: its type, column name, nullability and constraints.
 *
 * <p>An annotation written on a record component is propagated by javac to the places its targets allow: the
 * component itself, the private field, the accessor, the constructor parameter, or the type. The scanner looks in all
 * of them, preferring the field, the only place from which javac can print the annotation's exact line.
 */
final class ComponentScanner {

    static final String COLUMN = "dev.ormdantic.annotation.Column";
    static final String CONSTRAINT = "jakarta.validation.Constraint";
    static final String ENUM_VALUE = "dev.ormdantic.annotation.EnumValue";
    static final String NATIVE_ENUM = "dev.ormdantic.annotation.NativeEnum";
    static final String VERSION = "dev.ormdantic.annotation.Version";

    private final ConstraintReader constraints;
    private final Elements elements;

    ComponentScanner(Elements elements) {
        this.constraints = new ConstraintReader(elements);
        this.elements = elements;
    }

    /**
     * A component with the place of each of its parts.
     *
     * @param model the component
     * @param source where its parts are
     */
    record Scanned(ComponentModel model, SourceMap.ComponentSource source) {}

    /** The first unresolved type among the component's type and annotations, as written, or {@code null}. */
    static @Nullable String unresolved(TypeElement record, RecordComponentElement component) {
        TypeMirror type = TypeScanner.unresolved(component.asType());
        if (type != null) {
            return TypeScanner.displayName(type);
        }
        for (AnnotationMirror mirror : annotationMirrors(record, component)) {
            if (mirror.getAnnotationType().getKind() == TypeKind.ERROR) {
                return mirror.getAnnotationType().toString();
            }
        }
        return null;
    }

    Scanned scan(TypeElement record, RecordComponentElement component) {
        Map<String, FoundAnnotation> annotations = annotations(record, component);
        String name = component.getSimpleName().toString();
        AnnotationMirror column = null;
        String columnName = GeneratedNames.snakeCase(name);
        FoundAnnotation columnAnnotation = annotations.get(COLUMN);
        if (columnAnnotation != null) {
            column = columnAnnotation.mirror();
            columnName = ConstraintReader.stringValue(column, "name");
        }
        FoundAnnotation nullable = null;
        List<Constraint> found = new ArrayList<>();
        List<Generation> generations = new ArrayList<>();
        for (FoundAnnotation annotation : annotations.values()) {
            Generation generation = generation(annotation.mirror(), annotation.qualifiedName());
            if (generation != null) {
                generations.add(generation);
            }
            if (nullable == null && annotation.simpleName().equals("Nullable")) {
                nullable = annotation;
            }
            if (annotation.qualifiedName().startsWith(Constraint.PACKAGE + ".")) {
                found.addAll(constraints.read(annotation));
            } else if (isCustomConstraint(annotation)) {
                found.add(ConstraintReader.custom(annotation));
            }
        }
        Map<String, Element> enumConstants = new LinkedHashMap<>();
        Map<String, String> enumValues = new LinkedHashMap<>();
        enumValues(component.asType(), enumConstants, enumValues);
        FoundAnnotation nativeEnum = annotations.get(NATIVE_ENUM);
        FoundAnnotation references = annotations.get(SchemaScanner.REFERENCES);
        RelationModel relation = RelationScanner.read(
                record,
                component,
                annotations,
                nullable != null,
                references == null ? null : referencesValue(references.mirror()));
        JavaType type;
        String constant = GeneratedNames.constantName(name);
        TypeMirror key = RelationScanner.keyType(component.asType());
        if (relation instanceof RelationModel.Ref && key != null) {
            // the column holds the key; the plain name is the relationship's constant
            type = TypeScanner.javaType(key);
            constant = constant + "_KEY";
        } else if (relation != null && !(relation instanceof RelationModel.Misplaced)) {
            type = JavaType.of(ValueKind.UNSUPPORTED, relation.written(), false);
        } else {
            type = TypeScanner.javaType(component.asType());
        }
        ComponentModel model = new ComponentModel(
                name,
                columnName,
                column != null,
                constant,
                type,
                nullable != null,
                found,
                generations,
                enumValues,
                nativeEnum == null ? null : ConstraintReader.stringValue(nativeEnum.mirror(), "name"),
                relation,
                annotations.containsKey(VERSION));
        return new Scanned(
                model, new SourceMap.ComponentSource(component, annotations, nullable, column, enumConstants));
    }

    /** The class {@code @References(value)} names, or {@code null} when it names none. */
    private @Nullable TypeMirror referencesValue(AnnotationMirror references) {
        AnnotationValue value = ConstraintReader.value(elements.getElementValuesWithDefaults(references), "value");
        return value != null && value.getValue() instanceof TypeMirror type ? type : null;
    }

    /** The constants of an enum type, and the {@code @EnumValue} of each that has one. */
    private static void enumValues(TypeMirror type, Map<String, Element> constants, Map<String, String> values) {
        if (!(type instanceof DeclaredType declared) || declared.asElement().getKind() != ElementKind.ENUM) {
            return;
        }
        for (Element member : declared.asElement().getEnclosedElements()) {
            if (member.getKind() != ElementKind.ENUM_CONSTANT) {
                continue;
            }
            String constant = member.getSimpleName().toString();
            constants.put(constant, member);
            for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
                if (((TypeElement) mirror.getAnnotationType().asElement())
                        .getQualifiedName()
                        .contentEquals(ENUM_VALUE)) {
                    values.put(constant, ConstraintReader.stringValue(mirror, "value"));
                }
            }
        }
    }

    /** The generation an annotation declares ({@code @Identity}, ...), or {@code null} for any other annotation. */
    private @Nullable Generation generation(AnnotationMirror mirror, String qualifiedName) {
        if (!qualifiedName.startsWith(Generation.PACKAGE + ".")) {
            return null;
        }
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(mirror);
        return switch (qualifiedName.substring(Generation.PACKAGE.length() + 1)) {
            case "Identity" -> new Generation.Identity();
            case "ServerDefault" -> new Generation.ServerDefault(string(values, "value"));
            case "Computed" -> new Generation.Computed(string(values, "value"), bool(values, "stored"));
            case "Sequence" ->
                new Generation.Sequence(string(values, "name"), number(values, "start"), number(values, "increment"));
            default -> null;
        };
    }

    private static String string(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
        AnnotationValue value = ConstraintReader.value(values, name);
        return value != null && value.getValue() instanceof String string ? string : "";
    }

    private static boolean bool(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
        AnnotationValue value = ConstraintReader.value(values, name);
        return value != null && value.getValue() instanceof Boolean flag && flag;
    }

    private static long number(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
        AnnotationValue value = ConstraintReader.value(values, name);
        return value != null && value.getValue() instanceof Number number ? number.longValue() : 0;
    }

    /** Whether an annotation is a constraint of its own: its type is meta-annotated {@code @Constraint}. */
    static boolean isCustomConstraint(FoundAnnotation annotation) {
        for (AnnotationMirror meta :
                annotation.mirror().getAnnotationType().asElement().getAnnotationMirrors()) {
            if (((TypeElement) meta.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }

    /** The component's annotations by canonical name, in the order of the most precise place each was found. */
    static Map<String, FoundAnnotation> annotations(TypeElement record, RecordComponentElement component) {
        Map<String, FoundAnnotation> found = new LinkedHashMap<>();
        Element field = field(record, component);
        if (field != null) {
            collect(found, field.getAnnotationMirrors(), field);
        }
        collect(found, component.getAnnotationMirrors(), component);
        collect(found, component.asType().getAnnotationMirrors(), component);
        ExecutableElement accessor = component.getAccessor();
        if (accessor != null) {
            collect(found, accessor.getAnnotationMirrors(), component);
        }
        return found;
    }

    private static List<AnnotationMirror> annotationMirrors(TypeElement record, RecordComponentElement component) {
        List<AnnotationMirror> mirrors = new ArrayList<>(component.getAnnotationMirrors());
        mirrors.addAll(component.asType().getAnnotationMirrors());
        Element field = field(record, component);
        if (field != null) {
            mirrors.addAll(field.getAnnotationMirrors());
        }
        ExecutableElement accessor = component.getAccessor();
        if (accessor != null) {
            mirrors.addAll(accessor.getAnnotationMirrors());
        }
        return mirrors;
    }

    private static void collect(
            Map<String, FoundAnnotation> found, List<? extends AnnotationMirror> mirrors, Element holder) {
        for (AnnotationMirror mirror : mirrors) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            String qualifiedName = type.getQualifiedName().toString();
            found.putIfAbsent(
                    qualifiedName,
                    new FoundAnnotation(
                            mirror, holder, qualifiedName, type.getSimpleName().toString()));
        }
    }

    private static @Nullable Element field(TypeElement record, RecordComponentElement component) {
        for (Element member : record.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(component.getSimpleName())) {
                return member;
            }
        }
        return null;
    }
}
