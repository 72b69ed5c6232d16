package dev.ormdantic.benchmarks.model;

import dev.ormdantic.annotation.Column;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Ref;
import jakarta.validation.constraints.Size;

/**
 * A leaf of a {@link Child}, the third level of the nested relationship cases.
 *
 * @param id the key, {@code leaf-%06d-%d-%d}
 * @param child the child's key, the {@code child_id} column, and the child when a loader loaded it
 * @param name the name
 */
@Table(
        name = "ormdantic_bench_leaves",
        pk = "id",
        indexed = {"child"})
public record Leaf(
        @Size(max = 32) String id,
        @Column(name = "child_id") Ref<Child, String> child,
        @Size(max = 96) String name) {

    /**
     * A leaf with its child's key only, as the hand-written contenders build it.
     *
     * @param id the key
     * @param childId the child's key
     * @param name the name
     */
    public Leaf(String id, String childId, String name) {
        this(id, Ref.to(childId), name);
    }
}
