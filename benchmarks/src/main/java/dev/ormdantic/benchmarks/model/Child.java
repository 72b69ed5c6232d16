package dev.ormdantic.benchmarks.model;

import dev.ormdantic.annotation.BackReference;
import dev.ormdantic.annotation.Column;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import jakarta.validation.constraints.Size;

/**
 * A child of a {@link Parent}: the reference to its parent is the {@code parent_id} column every contender maps.
 *
 * @param id the key, {@code child-%06d-%d}
 * @param parent the parent's key, and the parent when a loader loaded it
 * @param name the name the many-to-one case orders by
 * @param leaves its leaves, when a loader loaded them (not a column)
 */
@Table(
        name = "ormdantic_bench_children",
        pk = "id",
        indexed = {"parent"})
public record Child(
        @Size(max = 32) String id,
        @Column(name = "parent_id") Ref<Parent, String> parent,
        @Size(max = 96) String name,
        @BackReference("child") Many<Leaf> leaves) {

    /**
     * A child with its parent's key only and no leaves loaded, as the hand-written contenders build it.
     *
     * @param id the key
     * @param parentId the parent's key
     * @param name the name
     */
    public Child(String id, String parentId, String name) {
        this(id, Ref.to(parentId), name, Many.unloaded());
    }

    /**
     * The parent's key, whether or not the parent was loaded.
     *
     * @return the key
     */
    public String parentId() {
        return parent.key();
    }
}
