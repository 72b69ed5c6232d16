package dev.ormdantic.processor.scan;

import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.GeneratedNames;
import dev.ormdantic.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a {@code @Table} record declares about its place in the schema: {@code @Table(schema, indexes, uniques,
 * foreignKeys)}, {@code @References} on components and {@code @View}. A referenced record is read from its own
 * annotations (its generated class may not exist yet), whether it is compiled now or was compiled before.
 */
final class SchemaScanner {

    static final String REFERENCES = "dev.ormdantic.annotation.References";
    static final String VIEW = "dev.ormdantic.annotation.View";

    /** A type that is not resolved yet, found while reading a referenced record. */
    static final class UnresolvedTarget extends Exception {
        private static final long serialVersionUID = 1L;

        /** The component whose reference could not be read. */
        final String component;

        /** The unresolved type, as written. */
        final String type;

        UnresolvedTarget(String component, String type) {
            super(type, null, false, false);
            this.component = component;
            this.type = type;
        }
    }

    private final Elements elements;
    private final ComponentScanner components;

    SchemaScanner(Elements elements, ComponentScanner components) {
        this.elements = elements;
        this.components = components;
    }

    SchemaModel scan(
            TypeElement type,
            AnnotationMirror table,
            List<ComponentModel> models,
            Map<String, SourceMap.ComponentSource> sources)
            throws UnresolvedTarget {
        List<SchemaModel.IndexDecl> indexes = new ArrayList<>();
        List<AnnotationMirror> indexMirrors = annotations(table, "indexes");
        for (int i = 0; i < indexMirrors.size(); i++) {
            AnnotationMirror index = indexMirrors.get(i);
            indexes.add(new SchemaModel.IndexDecl(
                    string(index, "name"),
                    strings(index, "columns"),
                    bool(index, "unique"),
                    string(index, "where"),
                    i));
        }
        List<SchemaModel.UniqueDecl> uniques = new ArrayList<>();
        List<AnnotationMirror> uniqueMirrors = annotations(table, "uniques");
        for (int i = 0; i < uniqueMirrors.size(); i++) {
            AnnotationMirror unique = uniqueMirrors.get(i);
            uniques.add(new SchemaModel.UniqueDecl(string(unique, "name"), strings(unique, "value"), i));
        }
        List<SchemaModel.ForeignKeyModel> foreignKeys = new ArrayList<>();
        for (ComponentModel component : models) {
            SourceMap.ComponentSource source = sources.get(component.name());
            FoundAnnotation references =
                    source == null ? null : source.annotations().get(REFERENCES);
            TypeElement refTarget = source == null || component.ref() == null
                    ? null
                    : RelationScanner.refTarget(source.element().asType());
            if (refTarget != null) {
                foreignKeys.add(refForeignKey(refTarget, references == null ? null : references.mirror(), component));
            } else if (references != null) {
                foreignKeys.add(foreignKey(references.mirror(), "value", List.of(component.name()), -1, component));
            }
        }
        List<AnnotationMirror> foreignKeyMirrors = annotations(table, "foreignKeys");
        for (int i = 0; i < foreignKeyMirrors.size(); i++) {
            AnnotationMirror foreignKey = foreignKeyMirrors.get(i);
            foreignKeys.add(foreignKey(foreignKey, "references", strings(foreignKey, "columns"), i, null));
        }
        AnnotationMirror view = annotation(type, VIEW);
        return new SchemaModel(
                string(table, "schema"),
                indexes,
                uniques,
                foreignKeys,
                view == null ? null : new SchemaModel.ViewModel(string(view, "query"), bool(view, "materialized")));
    }

    private SchemaModel.ForeignKeyModel foreignKey(
            AnnotationMirror mirror,
            String targetAttribute,
            List<String> columns,
            int position,
            @Nullable ComponentModel component)
            throws UnresolvedTarget {
        String owner = component == null ? "foreignKeys[" + position + "]" : component.name();
        AnnotationValue value = value(mirror, targetAttribute);
        SchemaModel.TargetTable target = null;
        String targetName = "?";
        if (value != null && value.getValue() instanceof TypeMirror targetType) {
            if (targetType.getKind() == TypeKind.ERROR) {
                throw new UnresolvedTarget(owner, targetType.toString());
            }
            targetName = targetType.toString();
            if (targetType instanceof DeclaredType declared
                    && declared.asElement() instanceof TypeElement targetElement) {
                target = targetTable(targetElement, owner);
            }
        }
        return new SchemaModel.ForeignKeyModel(
                string(mirror, "name"),
                columns,
                position,
                targetName,
                target,
                enumConstant(mirror, "onDelete"),
                enumConstant(mirror, "onUpdate"));
    }

    /**
     * The foreign key a {@code Ref<X, K>} component implies: to the key of {@code X}, named and with the actions of a
     * {@code @References} on the component when it has one.
     */
    private SchemaModel.ForeignKeyModel refForeignKey(
            TypeElement target, @Nullable AnnotationMirror references, ComponentModel component)
            throws UnresolvedTarget {
        return new SchemaModel.ForeignKeyModel(
                references == null ? "" : string(references, "name"),
                List.of(component.name()),
                -1,
                TypeScanner.typeRef(target).displayName(),
                targetTable(target, component.name()),
                references == null ? "NO_ACTION" : enumConstant(references, "onDelete"),
                references == null ? "NO_ACTION" : enumConstant(references, "onUpdate"));
    }

    private SchemaModel.@Nullable TargetTable targetTable(TypeElement target, String owner) throws UnresolvedTarget {
        AnnotationMirror table = annotation(target, TableScanner.TABLE);
        if (table == null) {
            return null;
        }
        String name = string(table, "name");
        List<SchemaModel.TargetKey> key = new ArrayList<>();
        for (String pk : strings(table, "pk")) {
            RecordComponentElement found = null;
            for (RecordComponentElement candidate : target.getRecordComponents()) {
                if (candidate.getSimpleName().contentEquals(pk)) {
                    found = candidate;
                }
            }
            if (found == null) {
                return new SchemaModel.TargetTable(tableName(target, name), string(table, "schema"), false, List.of());
            }
            String unresolved = ComponentScanner.unresolved(target, found);
            if (unresolved != null) {
                throw new UnresolvedTarget(owner, unresolved);
            }
            ComponentModel model = components.scan(target, found).model();
            key.add(new SchemaModel.TargetKey(model.name(), model.columnName(), model.type(), model.columnType()));
        }
        return new SchemaModel.TargetTable(
                tableName(target, name), string(table, "schema"), annotation(target, VIEW) != null, key);
    }

    private static String tableName(TypeElement target, String declared) {
        return declared.isEmpty()
                ? GeneratedNames.snakeCase(TypeScanner.typeRef(target).simpleName())
                : declared;
    }

    private static @Nullable AnnotationMirror annotation(TypeElement type, String name) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(name)) {
                return mirror;
            }
        }
        return null;
    }

    private @Nullable AnnotationValue value(AnnotationMirror mirror, String attribute) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(mirror);
        return ConstraintReader.value(values, attribute);
    }

    private String string(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror, attribute);
        return value != null && value.getValue() instanceof String string ? string : "";
    }

    private boolean bool(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror, attribute);
        return value != null && value.getValue() instanceof Boolean flag && flag;
    }

    private String enumConstant(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror, attribute);
        return value != null && value.getValue() instanceof VariableElement constant
                ? constant.getSimpleName().toString()
                : "NO_ACTION";
    }

    private List<String> strings(AnnotationMirror mirror, String attribute) {
        List<String> strings = new ArrayList<>();
        AnnotationValue value = value(mirror, attribute);
        if (value != null && value.getValue() instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof AnnotationValue element && element.getValue() instanceof String string) {
                    strings.add(string);
                }
            }
        }
        return strings;
    }

    private List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        AnnotationValue value = value(mirror, attribute);
        if (value != null && value.getValue() instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof AnnotationValue element && element.getValue() instanceof AnnotationMirror nested) {
                    mirrors.add(nested);
                }
            }
        }
        return mirrors;
    }
}
