package dev.ormdantic.query;

/**
 * A query usable inside another: a {@link Query}, or a typed {@link RowQuery} such as
 * {@code Query.from(CONES).select(ID)}. Taken by {@link Operand#inQuery}, {@link Expressions#exists},
 * {@link Expressions#scalar} and the common table expressions of {@link Query#with}.
 *
 * @since 0.1.0
 */
public sealed interface Subquery permits Query, RowQuery {}
