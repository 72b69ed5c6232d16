package dev.ormdantic.query;

/**
 * A result row of two typed values, from {@link Query#select} of two operands; map it into a record
 * with {@link RowQuery#map} and {@link Rows#mapping}.
 *
 * @param <A> the Java type of the first value
 * @param <B> the Java type of the second value
 * @param value1 the first selected value, {@code null} for SQL {@code NULL}
 * @param value2 the second selected value, {@code null} for SQL {@code NULL}
 * @since 0.1.0
 */
public record Row2<A, B>(A value1, B value2) {}
