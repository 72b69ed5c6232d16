package dev.ormdantic.benchmarks.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * A leaf of a {@link Child}, the third level of the nested relationship cases.
 *
 * @param id the key, {@code leaf-%06d-%d-%d}
 * @param childId the child's key
 * @param name the name
 */
@Table(
        name = "ormdantic_bench_leaves",
        pk = "id",
        indexed = {"childId"})
public record Leaf(
        @Size(max = 32) String id,
        @Size(max = 32) String childId,
        @Size(max = 96) String name) {}
