package dev.ormdantic.benchmarks.contenders;

import dev.ormdantic.benchmarks.Graphs.ChildTree;
import dev.ormdantic.benchmarks.model.Child;
import dev.ormdantic.benchmarks.model.Leaf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Hibernate;

/**
 * The child table as a Hibernate entity: a lazy {@code @ManyToOne} to its parent on {@code parent_id} (the key also
 * mapped read-only, so reading it never initializes a proxy) and a lazy list of leaves ordered by key.
 */
@Entity
@Table(name = "ormdantic_bench_children")
public class ChildEntity {

    @Id
    @Column(name = "id", length = 32, nullable = false)
    private String id = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "parent_id", nullable = false)
    @SuppressWarnings("NullAway.Init") // set by Hibernate
    private ParentEntity parent;

    @Column(name = "parent_id", length = 32, nullable = false, insertable = false, updatable = false)
    private String parentId = "";

    @Column(name = "name", length = 96, nullable = false)
    private String name = "";

    @OneToMany(mappedBy = "child")
    @OrderBy("id")
    private List<LeafEntity> leaves = new ArrayList<>();

    /** For Hibernate. */
    protected ChildEntity() {}

    /**
     * The parent, a proxy until loaded.
     *
     * @return the parent
     */
    public ParentEntity parent() {
        return parent;
    }

    /**
     * The leaves, a lazy collection until loaded.
     *
     * @return the leaves in key order
     */
    public List<LeafEntity> leaves() {
        return leaves;
    }

    /**
     * The child with its parent's key, as the benchmark's record.
     *
     * @return the record
     */
    public Child toChild() {
        return new Child(id, parentId, name);
    }

    /**
     * The child with its leaves when they were loaded, none otherwise (an unloaded collection is not read).
     *
     * @return the graph
     */
    public ChildTree toTree() {
        if (!Hibernate.isInitialized(leaves)) {
            return new ChildTree(toChild(), List.of());
        }
        List<Leaf> loaded = new ArrayList<>(leaves.size());
        for (LeafEntity leaf : leaves) {
            loaded.add(leaf.toLeaf());
        }
        return new ChildTree(toChild(), loaded);
    }
}
