package dev.ormdantic.query;

/**
 * A result row of eight typed values, from {@link Query#select} of eight operands; map it into a record
 * with {@link RowQuery#map} and {@link Rows#mapping}.
 *
 * @param <A> the Java type of the first value
 * @param <B> the Java type of the second value
 * @param <C> the Java type of the third value
 * @param <D> the Java type of the fourth value
 * @param <E> the Java type of the fifth value
 * @param <F> the Java type of the sixth value
 * @param <G> the Java type of the seventh value
 * @param <H> the Java type of the eighth value
 * @param value1 the first selected value, {@code null} for SQL {@code NULL}
 * @param value2 the second selected value, {@code null} for SQL {@code NULL}
 * @param value3 the third selected value, {@code null} for SQL {@code NULL}
 * @param value4 the fourth selected value, {@code null} for SQL {@code NULL}
 * @param value5 the fifth selected value, {@code null} for SQL {@code NULL}
 * @param value6 the sixth selected value, {@code null} for SQL {@code NULL}
 * @param value7 the seventh selected value, {@code null} for SQL {@code NULL}
 * @param value8 the eighth selected value, {@code null} for SQL {@code NULL}
 * @since 0.1.0
 */
public record Row8<A, B, C, D, E, F, G, H>(
        A value1, B value2, C value3, D value4, E value5, F value6, G value7, H value8) {}
