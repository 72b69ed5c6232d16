package dev.ormdantic.benchmarks.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * A child of a {@link Parent}; the key of its parent is a plain column until relationships land.
 *
 * @param id the key, {@code child-%06d-%d}
 * @param parentId the parent's key
 * @param name the name the many-to-one case orders by
 */
@Table(
        name = "ormdantic_bench_children",
        pk = "id",
        indexed = {"parentId"})
public record Child(
        @Size(max = 32) String id,
        @Size(max = 32) String parentId,
        @Size(max = 96) String name) {}
