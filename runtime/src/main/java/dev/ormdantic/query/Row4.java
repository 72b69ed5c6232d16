package dev.ormdantic.query;

/**
 * A result row of four typed values, from {@link Query#select} of four operands; map it into a record
 * with {@link RowQuery#map} and {@link Rows#mapping}.
 *
 * @param <A> the Java type of the first value
 * @param <B> the Java type of the second value
 * @param <C> the Java type of the third value
 * @param <D> the Java type of the fourth value
 * @param value1 the first selected value, {@code null} for SQL {@code NULL}
 * @param value2 the second selected value, {@code null} for SQL {@code NULL}
 * @param value3 the third selected value, {@code null} for SQL {@code NULL}
 * @param value4 the fourth selected value, {@code null} for SQL {@code NULL}
 * @since 0.1.0
 */
public record Row4<A, B, C, D>(A value1, B value2, C value3, D value4) {}
