package dev.ormdantic.benchmarks.contenders;

import dev.ormdantic.benchmarks.Graphs.ChildTree;
import dev.ormdantic.benchmarks.Graphs.ParentTree;
import dev.ormdantic.benchmarks.model.Parent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parent table as a Hibernate entity. Its children are a lazy {@code Set} ordered by key: a set, not a bag, so
 * that one query may join-fetch the children and their leaves (two bags in one fetch are Hibernate's
 * {@code MultipleBagFetchException}).
 */
@Entity
@Table(name = "ormdantic_bench_parents")
public class ParentEntity {

    @Id
    @Column(name = "id", length = 32, nullable = false)
    private String id = "";

    @Column(name = "name", length = 96, nullable = false)
    private String name = "";

    @OneToMany(mappedBy = "parent")
    @OrderBy("id")
    private Set<ChildEntity> children = new LinkedHashSet<>();

    /** For Hibernate. */
    protected ParentEntity() {}

    /**
     * The key.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The children, a lazy collection until loaded.
     *
     * @return the children in key order
     */
    public Set<ChildEntity> children() {
        return children;
    }

    /**
     * The parent without its children, as the benchmark's record.
     *
     * @return the record
     */
    public Parent toParent() {
        return new Parent(id, name);
    }

    /**
     * The parent with its loaded children and, where loaded, their leaves, as the benchmark's graph. Call it only
     * when the children were loaded; it reads no unloaded collection.
     *
     * @return the graph
     */
    public ParentTree toTree() {
        List<ChildTree> trees = new ArrayList<>(children.size());
        for (ChildEntity child : children) {
            trees.add(child.toTree());
        }
        return new ParentTree(toParent(), trees);
    }
}
