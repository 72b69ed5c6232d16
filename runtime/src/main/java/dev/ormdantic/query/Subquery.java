package dev.ormdantic.query;

/**
 * A query usable inside another: a {@link Query}, or a typed {@link RowQuery} such as
 * {@code Query.from(CONES).select(ID)}. Taken by {@link Operand#inQuery}, {@link Expressions#exists},
 * {@link Expressions#scalar} and the common table expressions of {@link Query#with}.
 */
public sealed interface Subquery permits Query, RowQuery {}
