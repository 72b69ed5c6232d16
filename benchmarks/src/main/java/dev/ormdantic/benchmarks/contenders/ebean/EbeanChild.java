package dev.ormdantic.benchmarks.contenders.ebean;

import dev.ormdantic.benchmarks.Graphs.ChildTree;
import dev.ormdantic.benchmarks.Graphs.ChildWithParent;
import dev.ormdantic.benchmarks.model.Child;
import dev.ormdantic.benchmarks.model.Leaf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The child table as an Ebean entity (enhanced at build time): its parent on {@code parent_id} (a reference holding
 * the key until fetched) and its leaves ordered by key.
 */
@Entity
@Table(name = "ormdantic_bench_children")
public class EbeanChild {

    @Id
    @Column(name = "id", length = 32, nullable = false)
    private String id = "";

    @SuppressWarnings("NullAway.Init") // set by Ebean
    @ManyToOne(optional = false)
    @JoinColumn(name = "parent_id", nullable = false)
    private EbeanParent parent;

    @Column(name = "name", length = 96, nullable = false)
    private String name = "";

    @OneToMany(mappedBy = "child")
    @OrderBy("id")
    private List<EbeanLeaf> leaves = new ArrayList<>();

    /** For Ebean. */
    protected EbeanChild() {}

    /**
     * The key, which a reference not yet fetched holds too.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The child with its parent's key, as the benchmark's record.
     *
     * @return the record
     */
    public Child toChild() {
        return new Child(id, parent.id(), name);
    }

    /**
     * The child with its leaves (empty when they were not fetched and lazy loading is disabled).
     *
     * @return the graph
     */
    public ChildTree toTree() {
        List<Leaf> loaded = new ArrayList<>(leaves.size());
        for (EbeanLeaf leaf : leaves) {
            loaded.add(leaf.toLeaf());
        }
        return new ChildTree(toChild(), loaded);
    }

    /**
     * The child with its fetched parent, as the many-to-one case's pair.
     *
     * @return the pair
     */
    public ChildWithParent withParent() {
        return new ChildWithParent(toChild(), parent.toParent());
    }
}
