package dev.ormdantic.benchmarks.contenders.ebean;

import dev.ormdantic.benchmarks.model.Leaf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The leaf table as an Ebean entity (enhanced at build time), with its child on {@code child_id}. */
@Entity
@Table(name = "ormdantic_bench_leaves")
public class EbeanLeaf {

    @Id
    @Column(name = "id", length = 32, nullable = false)
    private String id = "";

    @SuppressWarnings("NullAway.Init") // set by Ebean
    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private EbeanChild child;

    @Column(name = "name", length = 96, nullable = false)
    private String name = "";

    /** For Ebean. */
    protected EbeanLeaf() {}

    /**
     * The leaf with its child's key, as the benchmark's record.
     *
     * @return the record
     */
    public Leaf toLeaf() {
        return new Leaf(id, child.id(), name);
    }
}
