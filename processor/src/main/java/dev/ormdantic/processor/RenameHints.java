package dev.ormdantic.processor;

import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.processor.diag.Diagnostics;
import dev.ormdantic.processor.diag.Location;
import dev.ormdantic.processor.diag.Message;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.TableModel;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code @RenamedFrom} hints of a table record into its schema-snapshot entry, after checking them: an
 * earlier name is not blank ({@link Message#ORM1110}), is not the current name ({@link Message#ORM1111}), is claimed
 * by one component only ({@link Message#ORM1112}) and is not a column the record still has ({@link Message#ORM1113}).
 */
final class RenameHints {

    static final String RENAMED_FROM = "dev.ormdantic.annotation.RenamedFrom";

    private RenameHints() {}

    /**
     * The snapshot entry of a table, or {@code null} when a hint is wrong (each problem is reported).
     *
     * @param type the record
     * @param model its model
     * @param diagnostics where to report
     * @return the entry, or {@code null}
     */
    static @Nullable TableSnapshot entry(TypeElement type, TableModel model, Diagnostics diagnostics) {
        boolean valid = true;
        String tableFrom = "";
        Hint tableHint = hint(type);
        if (tableHint != null) {
            valid = check(tableHint, model.tableName(), "table " + model.tableName(), type, diagnostics);
            tableFrom = tableHint.value();
        }
        Map<String, String> columnByComponent = new HashMap<>();
        for (ComponentModel component : model.components()) {
            if (component.isColumn()) {
                columnByComponent.put(component.name(), component.columnName());
            }
        }
        Map<String, String> componentByColumn = new HashMap<>();
        columnByComponent.forEach((component, column) -> componentByColumn.put(column, component));
        TreeMap<String, String> renames = new TreeMap<>();
        TreeMap<String, String> declarations = new TreeMap<>();
        Map<String, String> claimedBy = new HashMap<>();
        for (RecordComponentElement element : type.getRecordComponents()) {
            Hint hint = hint(element);
            String component = element.getSimpleName().toString();
            String column = columnByComponent.get(component);
            if (column != null) {
                declarations.put(column, simpleTypeName(element.asType().toString()) + " " + component);
            }
            if (hint == null || column == null) {
                continue;
            }
            if (!check(hint, column, "component '" + component + "'", type, diagnostics)) {
                valid = false;
                continue;
            }
            String other = componentByColumn.get(hint.value());
            String earlier = claimedBy.putIfAbsent(hint.value(), component);
            if (earlier != null) {
                diagnostics.report(
                        Message.ORM1112, hint.location(), earlier, component, type.getSimpleName(), hint.value());
                valid = false;
            } else if (other != null) {
                diagnostics.report(
                        Message.ORM1113, hint.location(), hint.value(), component, type.getSimpleName(), other);
                valid = false;
            } else {
                renames.put(column, hint.value());
            }
        }
        return valid
                ? new TableSnapshot(
                        model.spec(),
                        tableFrom,
                        renames,
                        type.getQualifiedName().toString(),
                        declarations)
                : null;
    }

    /** A type as its source usually spells it: {@code java.util.List<java.lang.String>} as {@code List<String>}. */
    static String simpleTypeName(String type) {
        String plain = TYPE_ANNOTATION.matcher(type).replaceAll("");
        return PACKAGE_PREFIX.matcher(plain).replaceAll("");
    }

    private static final Pattern TYPE_ANNOTATION = Pattern.compile("@[\\w.]+(\\([^)]*\\))?\\s*");

    private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b[a-z][a-z0-9_]*\\.(?=[a-zA-Z_])");

    private static boolean check(Hint hint, String current, String what, TypeElement type, Diagnostics diagnostics) {
        if (hint.value().isBlank()) {
            diagnostics.report(Message.ORM1110, hint.location(), what, type.getSimpleName());
            return false;
        }
        if (hint.value().equals(current)) {
            diagnostics.report(Message.ORM1111, hint.location(), current, what, type.getSimpleName());
            return false;
        }
        return true;
    }

    private record Hint(String value, Location location) {}

    private static @Nullable Hint hint(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            Element annotation = mirror.getAnnotationType().asElement();
            if (annotation instanceof TypeElement typeElement
                    && typeElement.getQualifiedName().contentEquals(RENAMED_FROM)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                        mirror.getElementValues().entrySet()) {
                    if (entry.getKey().getSimpleName().contentEquals("value")
                            && entry.getValue().getValue() instanceof String value) {
                        return new Hint(value, new Location(element, mirror, entry.getValue()));
                    }
                }
            }
        }
        return null;
    }
}
