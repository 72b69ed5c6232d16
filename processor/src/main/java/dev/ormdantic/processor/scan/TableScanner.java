package dev.ormdantic.processor.scan;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Constraint;
import dev.ormdantic.processor.model.DeclarationKind;
import dev.ormdantic.processor.model.GeneratedNames;
import dev.ormdantic.processor.model.IndexModel;
import dev.ormdantic.processor.model.Reach;
import dev.ormdantic.processor.model.SchemaModel;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.util.Elements;

/**
 * Reads a type annotated {@code @Table} into a {@link TableModel} and its {@link SourceMap}, or reports that a
 * component type is not resolved yet. Reads only: every judgement is the validator's.
 */
public final class TableScanner {

    /** The canonical name of the annotation that makes a record a table. */
    public static final String TABLE = "dev.ormdantic.annotation.Table";

    private final Elements elements;
    private final ComponentScanner components;
    private final SchemaScanner schema;

    /**
     * Creates a scanner.
     *
     * @param elements javac's element utilities
     */
    public TableScanner(Elements elements) {
        this.elements = elements;
        this.components = new ComponentScanner(elements);
        this.schema = new SchemaScanner(elements, components);
    }

    /**
     * Scans a type.
     *
     * @param type a type annotated {@code @Table}
     * @return the model and its source map, or the unresolved type that makes it wait for the next round
     * @throws IllegalArgumentException when the type is not annotated {@code @Table}
     */
    public ScanResult scan(TypeElement type) {
        AnnotationMirror table = tableAnnotation(type);
        List<RecordComponentElement> recordComponents = List.copyOf(type.getRecordComponents());
        for (RecordComponentElement component : recordComponents) {
            String unresolved = ComponentScanner.unresolved(type, component);
            if (unresolved != null) {
                return new ScanResult.Unresolved(component.getSimpleName().toString(), unresolved);
            }
        }
        List<ComponentModel> models = new ArrayList<>();
        Map<String, SourceMap.ComponentSource> sources = new HashMap<>();
        for (RecordComponentElement component : recordComponents) {
            ComponentScanner.Scanned scanned = components.scan(type, component);
            models.add(scanned.model());
            sources.put(scanned.model().name(), scanned.source());
        }
        TypeRef record = TypeScanner.typeRef(type);
        String name = string(table, "name");
        List<IndexModel> indexes = new ArrayList<>();
        indexes(table, "indexed", false, indexes);
        indexes(table, "unique", true, indexes);
        List<CheckSpec.Sql> checks = new ArrayList<>();
        AnnotationValue checkValues = ConstraintReader.value(elements.getElementValuesWithDefaults(table), "checks");
        if (checkValues != null && checkValues.getValue() instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof AnnotationValue value && value.getValue() instanceof AnnotationMirror check) {
                    checks.add(new CheckSpec.Sql(
                            ConstraintReader.stringValue(check, "name"), ConstraintReader.stringValue(check, "sql")));
                }
            }
        }
        SchemaModel schemaModel;
        try {
            schemaModel = schema.scan(type, table, models, sources);
        } catch (SchemaScanner.UnresolvedTarget e) {
            return new ScanResult.Unresolved(e.component, e.type);
        }
        TableModel model = new TableModel(
                declarationKind(type),
                record,
                type.getTypeParameters().stream()
                        .map(TypeParameterElement::getSimpleName)
                        .map(Object::toString)
                        .toList(),
                reach(type),
                name.isEmpty() ? GeneratedNames.snakeCase(record.simpleName()) : name,
                !name.isEmpty(),
                strings(table, "pk"),
                models,
                indexes,
                schemaModel,
                checks,
                recordConstraints(type));
        return new ScanResult.Scanned(model, new SourceMap(type, table, sources));
    }

    /** The custom constraints on the record itself (class-level), in declaration order. */
    private static List<Constraint.Custom> recordConstraints(TypeElement type) {
        List<Constraint.Custom> found = new ArrayList<>();
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            FoundAnnotation candidate = new FoundAnnotation(
                    mirror,
                    type,
                    annotation.getQualifiedName().toString(),
                    annotation.getSimpleName().toString());
            if (ComponentScanner.isCustomConstraint(candidate)) {
                found.add(ConstraintReader.custom(candidate));
            }
        }
        return found;
    }

    private static AnnotationMirror tableAnnotation(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(TABLE)) {
                return mirror;
            }
        }
        throw new IllegalArgumentException(type + " is not annotated @Table");
    }

    private String string(AnnotationMirror table, String attribute) {
        AnnotationValue value = ConstraintReader.value(elements.getElementValuesWithDefaults(table), attribute);
        return value != null && value.getValue() instanceof String string ? string : "";
    }

    /** The entries of an array attribute, in order ({@code pk = "id"} is an array of one). */
    private List<String> strings(AnnotationMirror table, String attribute) {
        AnnotationValue value = ConstraintReader.value(elements.getElementValuesWithDefaults(table), attribute);
        List<String> strings = new ArrayList<>();
        if (value != null && value.getValue() instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof AnnotationValue string && string.getValue() instanceof String text) {
                    strings.add(text);
                }
            }
        }
        return strings;
    }

    private void indexes(AnnotationMirror table, String attribute, boolean unique, List<IndexModel> indexes) {
        AnnotationValue value = ConstraintReader.value(elements.getElementValuesWithDefaults(table), attribute);
        if (value != null && value.getValue() instanceof List<?> entries) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof AnnotationValue entry && entry.getValue() instanceof String component) {
                    indexes.add(new IndexModel(component, unique, i));
                }
            }
        }
    }

    private static DeclarationKind declarationKind(TypeElement type) {
        return switch (type.getKind()) {
            case RECORD -> DeclarationKind.RECORD;
            case INTERFACE -> DeclarationKind.INTERFACE;
            case ENUM -> DeclarationKind.ENUM;
            case ANNOTATION_TYPE -> DeclarationKind.ANNOTATION;
            default -> DeclarationKind.CLASS;
        };
    }

    private static Reach reach(TypeElement type) {
        if (type.getNestingKind() == NestingKind.LOCAL) {
            return Reach.LOCAL;
        }
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            return Reach.PRIVATE;
        }
        for (Element outer = type.getEnclosingElement();
                outer instanceof TypeElement enclosing;
                outer = outer.getEnclosingElement()) {
            if (enclosing.getNestingKind() == NestingKind.LOCAL) {
                return Reach.LOCAL;
            }
            if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                return Reach.INSIDE_PRIVATE;
            }
        }
        return Reach.REACHABLE;
    }
}
