package dev.ormdantic.benchmarks;

/**
 * The result of the aggregate case.
 *
 * @param count the rows of the category
 * @param sum the sum of their scores
 */
public record Aggregate(long count, long sum) {}
