package dev.ormdantic.processor.scan;

import dev.ormdantic.processor.diag.Location;
import dev.ormdantic.processor.model.Site;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * Where the parts of one scanned record are in the source: turns a model {@link Site} into the most precise
 * {@link Location} javac can print, falling back to the enclosing part when the exact one was not written (an
 * attribute left at its default).
 */
public final class SourceMap {

    /**
     * The source elements of one component.
     *
     * @param element the record component
     * @param annotations its annotations by canonical name
     * @param nullable its {@code @Nullable} annotation, or {@code null}
     * @param column its {@code @Column} annotation, or {@code null}
     * @param enumConstants the constants of its enum type by name, empty for another type
     */
    record ComponentSource(
            Element element,
            Map<String, FoundAnnotation> annotations,
            @Nullable FoundAnnotation nullable,
            @Nullable AnnotationMirror column,
            Map<String, Element> enumConstants) {}

    private final TypeElement type;
    private final AnnotationMirror table;
    private final Map<String, ComponentSource> components;

    SourceMap(TypeElement type, AnnotationMirror table, Map<String, ComponentSource> components) {
        this.type = type;
        this.table = table;
        this.components = Map.copyOf(components);
    }

    /**
     * The location of a site.
     *
     * @param site the site
     * @return where javac should point
     */
    public Location locate(Site site) {
        return switch (site) {
            case Site.Declaration d -> Location.of(type);
            case Site.TableAttribute attribute -> tableAttribute(attribute);
            case Site.Component component -> Location.of(componentElement(component.component()));
            case Site.ColumnName column -> columnName(column.component());
            case Site.ComponentConstraint constraint -> constraint(constraint);
            case Site.NullableMarker marker -> nullableMarker(marker.component());
            case Site.NestedAttribute nested -> nestedAttribute(nested);
            case Site.ComponentAnnotationValue value -> componentAnnotationValue(value);
            case Site.EnumConstant constant -> enumConstant(constant);
        };
    }

    private Location nestedAttribute(Site.NestedAttribute site) {
        Location entry = tableAttribute(new Site.TableAttribute(site.attribute(), site.index()));
        if (entry.value() != null && entry.value().getValue() instanceof AnnotationMirror nested) {
            AnnotationValue value = explicitValue(nested, site.nested());
            // javac reports on the outermost annotation; the value names the nested line.
            return new Location(type, table, value == null ? entry.value() : value);
        }
        return entry;
    }

    private Location componentAnnotationValue(Site.ComponentAnnotationValue site) {
        ComponentSource component = components.get(site.component());
        if (component == null) {
            return Location.of(type);
        }
        FoundAnnotation found = component.annotations().get(site.annotation());
        if (found == null) {
            return Location.of(component.element());
        }
        return new Location(found.holder(), found.mirror(), explicitValue(found.mirror(), site.attribute()));
    }

    private Location enumConstant(Site.EnumConstant site) {
        ComponentSource component = components.get(site.component());
        if (component == null) {
            return Location.of(type);
        }
        Element constant = component.enumConstants().get(site.constant());
        if (constant == null) {
            return Location.of(component.element());
        }
        for (AnnotationMirror mirror : constant.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(ComponentScanner.ENUM_VALUE)) {
                return new Location(constant, mirror, explicitValue(mirror, "value"));
            }
        }
        return Location.of(constant);
    }

    private Location tableAttribute(Site.TableAttribute attribute) {
        AnnotationValue value = explicitValue(table, attribute.attribute());
        if (value == null) {
            return new Location(type, table, null);
        }
        if (attribute.index() >= 0
                && value.getValue() instanceof List<?> entries
                && attribute.index() < entries.size()
                && entries.get(attribute.index()) instanceof AnnotationValue entry) {
            return new Location(type, table, entry);
        }
        return new Location(type, table, value);
    }

    private Location columnName(String componentName) {
        ComponentSource component = components.get(componentName);
        if (component == null) {
            return Location.of(type);
        }
        AnnotationMirror column = component.column();
        if (column == null) {
            return Location.of(component.element());
        }
        return new Location(component.element(), column, explicitValue(column, "name"));
    }

    private Location constraint(Site.ComponentConstraint site) {
        ComponentSource component = components.get(site.component());
        if (component == null) {
            return Location.of(type);
        }
        FoundAnnotation found = component.annotations().get(site.annotation());
        if (found == null) {
            found = component.annotations().get(site.annotation() + ".List");
        }
        return annotation(component, found);
    }

    private Location nullableMarker(String componentName) {
        ComponentSource component = components.get(componentName);
        if (component == null) {
            return Location.of(type);
        }
        return annotation(component, component.nullable());
    }

    private static Location annotation(ComponentSource component, @Nullable FoundAnnotation found) {
        if (found == null) {
            return Location.of(component.element());
        }
        return new Location(found.holder(), found.mirror(), null);
    }

    private Element componentElement(String name) {
        ComponentSource component = components.get(name);
        return component == null ? type : component.element();
    }

    private static @Nullable AnnotationValue explicitValue(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
