package dev.ormdantic.benchmarks.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * A row of the seed's item table, the shape every flat case reads and writes.
 *
 * @param id the key, {@code item-%08d}
 * @param category one of ten categories, {@code cat-0} to {@code cat-9}
 * @param name the display name
 * @param score 0 to 999
 * @param payload a short text that makes the row wider than its key
 */
@Table(
        name = "ormdantic_bench_items",
        pk = "id",
        indexed = {"category", "score"})
public record Item(
        @Size(max = 32) String id,
        @Size(max = 24) String category,
        @Size(max = 96) String name,
        int score,
        @Size(max = 160) String payload) {}
