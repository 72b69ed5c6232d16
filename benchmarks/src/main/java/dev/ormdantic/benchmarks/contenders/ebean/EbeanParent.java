package dev.ormdantic.benchmarks.contenders.ebean;

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
import java.util.List;

/** The parent table as an Ebean entity (enhanced at build time), with its children ordered by key. */
@Entity
@Table(name = "ormdantic_bench_parents")
public class EbeanParent {

    @Id
    @Column(name = "id", length = 32, nullable = false)
    private String id = "";

    @Column(name = "name", length = 96, nullable = false)
    private String name = "";

    @OneToMany(mappedBy = "parent")
    @OrderBy("id")
    private List<EbeanChild> children = new ArrayList<>();

    /** For Ebean. */
    protected EbeanParent() {}

    /**
     * The key, which a reference not yet fetched holds too.
     *
     * @return the id
     */
    public String id() {
        return id;
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
     * The parent with its children and, where fetched, their leaves, as the benchmark's graph. Read it from a query
     * with lazy loading disabled, so that an unfetched collection reads as empty instead of loading.
     *
     * @return the graph
     */
    public ParentTree toTree() {
        List<ChildTree> trees = new ArrayList<>(children.size());
        for (EbeanChild child : children) {
            trees.add(child.toTree());
        }
        return new ParentTree(toParent(), trees);
    }
}
