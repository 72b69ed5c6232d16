package dev.ormdantic.processor.model;

/**
 * Whether the generated class, in the record's package, can name the record; when not, why.
 */
public enum Reach {
    /** Public, protected or package-private, and so are its enclosing types. */
    REACHABLE,
    /** The record is private. */
    PRIVATE,
    /** An enclosing type is private. */
    INSIDE_PRIVATE,
    /** The record is declared inside a method or other block. */
    LOCAL
}
