package dev.ormdantic.benchmarks.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * The root of the seed's relationship shape: a parent has children, each child has leaves.
 *
 * @param id the key, {@code parent-%06d}
 * @param name the name the relationship cases order by
 */
@Table(name = "ormdantic_bench_parents", pk = "id")
public record Parent(
        @Size(max = 32) String id, @Size(max = 96) String name) {}
