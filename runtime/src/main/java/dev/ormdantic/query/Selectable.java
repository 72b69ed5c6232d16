package dev.ormdantic.query;

/**
 * Something a {@link Query} can select: any {@link Operand} (a column, an aggregate, a computed value), or one named
 * with {@link Operand#as}.
 *
 * @param <T> the record type of the table
 * @since 0.1.0
 */
public sealed interface Selectable<T> permits Operand, Selection {}
