package dev.ormdantic.benchmarks.contenders;

import dev.ormdantic.benchmarks.model.Leaf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The leaf table as a Hibernate entity: a lazy {@code @ManyToOne} to its child on {@code child_id}. */
@Entity
@Table(name = "ormdantic_bench_leaves")
public class LeafEntity {

    @Id
    @Column(name = "id", length = 32, nullable = false)
    private String id = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    @SuppressWarnings("NullAway.Init") // set by Hibernate
    private ChildEntity child;

    @Column(name = "child_id", length = 32, nullable = false, insertable = false, updatable = false)
    private String childId = "";

    @Column(name = "name", length = 96, nullable = false)
    private String name = "";

    /** For Hibernate. */
    protected LeafEntity() {}

    /**
     * The child, a proxy until loaded.
     *
     * @return the child
     */
    public ChildEntity child() {
        return child;
    }

    /**
     * The leaf with its child's key, as the benchmark's record.
     *
     * @return the record
     */
    public Leaf toLeaf() {
        return new Leaf(id, childId, name);
    }
}
