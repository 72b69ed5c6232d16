package dev.ormdantic.processor.scan;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * An annotation found on a record component, with the element javac can place it on: the record's field when the
 * annotation is a declaration annotation there, which gives the exact line; otherwise the component.
 *
 * @param mirror the annotation
 * @param holder the element to report it on
 * @param qualifiedName the annotation type's canonical name
 * @param simpleName the annotation type's simple name
 */
record FoundAnnotation(AnnotationMirror mirror, Element holder, String qualifiedName, String simpleName) {}
