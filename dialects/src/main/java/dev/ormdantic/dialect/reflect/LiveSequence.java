package dev.ormdantic.dialect.reflect;

/**
 * A database sequence.
 *
 * @param schema the schema it lives in
 * @param name the sequence name
 * @param start its first value
 * @param increment the step between values
 * @since 0.1.0
 */
public record LiveSequence(String schema, String name, long start, long increment) {}
