package dev.ormdantic.benchmarks;

import dev.ormdantic.benchmarks.model.Child;
import dev.ormdantic.benchmarks.model.Leaf;
import dev.ormdantic.benchmarks.model.Parent;
import java.util.List;

/** The object graphs the relationship cases load, in the benchmark's records, for every contender alike. */
public final class Graphs {

    private Graphs() {}

    /**
     * A parent with its children.
     *
     * @param parent the parent row
     * @param children its children, each with its leaves when they were loaded
     */
    public record ParentTree(Parent parent, List<ChildTree> children) {

        /** Copies the list. */
        public ParentTree {
            children = List.copyOf(children);
        }
    }

    /**
     * A child with its leaves.
     *
     * @param child the child row
     * @param leaves its leaves, empty when they were not loaded
     */
    public record ChildTree(Child child, List<Leaf> leaves) {

        /** Copies the list. */
        public ChildTree {
            leaves = List.copyOf(leaves);
        }
    }

    /**
     * A child with its parent, as the many-to-one case loads it.
     *
     * @param child the child row
     * @param parent its parent row
     */
    public record ChildWithParent(Child child, Parent parent) {}
}
