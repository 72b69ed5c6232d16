package dev.ormdantic.processor.diag;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * Where in the source a diagnostic belongs, as precisely as known: an element, optionally one of its annotations, and
 * optionally one value of that annotation (an array entry when the value is an array). javac prints the line of the
 * most precise part it can find.
 *
 * @param element the element
 * @param annotation an annotation on the element, or {@code null}
 * @param value a value of that annotation, or {@code null}
 */
public record Location(
        Element element,
        @Nullable AnnotationMirror annotation,
        @Nullable AnnotationValue value) {

    /**
     * The element itself.
     *
     * @param element the element
     * @return the location
     */
    public static Location of(Element element) {
        return new Location(element, null, null);
    }
}
