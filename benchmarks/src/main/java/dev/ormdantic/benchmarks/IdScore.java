package dev.ormdantic.benchmarks;

/**
 * A row of the scalar projection case.
 *
 * @param id the item key
 * @param score its score
 */
public record IdScore(String id, int score) {}
