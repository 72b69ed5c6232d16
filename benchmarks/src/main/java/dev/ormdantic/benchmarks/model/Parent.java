package dev.ormdantic.benchmarks.model;

import dev.ormdantic.annotation.BackReference;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Many;
import jakarta.validation.constraints.Size;

/**
 * The root of the seed's relationship shape: a parent has children, each child has leaves.
 *
 * @param id the key, {@code parent-%06d}
 * @param name the name the relationship cases order by
 * @param children its children, when a loader loaded them (not a column)
 */
@Table(name = "ormdantic_bench_parents", pk = "id")
public record Parent(
        @Size(max = 32) String id,
        @Size(max = 96) String name,
        @BackReference("parent") Many<Child> children) {

    /**
     * A parent whose children are not loaded, as the hand-written contenders build it.
     *
     * @param id the key
     * @param name the name
     */
    public Parent(String id, String name) {
        this(id, name, Many.unloaded());
    }
}
