package dev.ormdantic.processor.model;

/**
 * A place in a {@code @Table} record that a problem concerns, named in model terms so that the validator needs no
 * {@code javax.lang.model}; the scan stage's source map turns it into the element, annotation and value javac points
 * at. A place that does not exist in the source (an attribute left at its default) falls back to its container.
 */
public sealed interface Site {

    /** The record declaration. */
    record Declaration() implements Site {}

    /**
     * An attribute of {@code @Table}, or one entry of an array attribute.
     *
     * @param attribute the attribute name ({@code pk}, {@code indexed})
     * @param index the entry's position, or {@code -1} for the whole value
     */
    record TableAttribute(String attribute, int index) implements Site {}

    /**
     * A record component.
     *
     * @param component the component name
     */
    record Component(String component) implements Site {}

    /**
     * Where a component's column name comes from: the {@code @Column(name)} value, else the component.
     *
     * @param component the component name
     */
    record ColumnName(String component) implements Site {}

    /**
     * A {@code jakarta.validation} constraint on a component.
     *
     * @param component the component name
     * @param annotation the constraint's canonical name ({@code jakarta.validation.constraints.Size}); a repeated
     *     constraint is found in its {@code List} container
     */
    record ComponentConstraint(String component, String annotation) implements Site {}

    /**
     * The {@code @Nullable} annotation on a component.
     *
     * @param component the component name
     */
    record NullableMarker(String component) implements Site {}

    /**
     * An attribute of an annotation inside an array attribute of {@code @Table}, such as the {@code references} of
     * the second {@code @ForeignKey} in {@code foreignKeys}.
     *
     * @param attribute the {@code @Table} attribute ({@code foreignKeys})
     * @param index the entry's position
     * @param nested the nested annotation's attribute ({@code references})
     */
    record NestedAttribute(String attribute, int index, String nested) implements Site {}

    /**
     * An attribute of an annotation on a component, such as {@code @References(value)}.
     *
     * @param component the component name
     * @param annotation the annotation's canonical name
     * @param attribute the attribute name
     */
    record ComponentAnnotationValue(String component, String annotation, String attribute) implements Site {}

    /**
     * A constant of a component's enum type, or its {@code @EnumValue}.
     *
     * @param component the component name
     * @param constant the constant's name
     */
    record EnumConstant(String component, String constant) implements Site {}
}
