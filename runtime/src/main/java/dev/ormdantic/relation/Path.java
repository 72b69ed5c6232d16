package dev.ormdantic.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Relationships followed one after another from {@code P} to {@code C}: {@code AuthorTable.POSTS.then(PostTable.COMMENTS)}
 * is the comments of an author's posts. Loading a path loads every step of it; a step that another loader of the same
 * call also names is loaded once, with that loader's options.
 *
 * @param <P> the record the path starts from
 * @param <C> the record the path ends at
 * @since 0.1.0
 */
public final class Path<P extends Record, C extends Record> implements Loader<P> {

    private final List<Relationship<?, ?>> steps;

    Path(Relationship<P, C> first) {
        this.steps = List.of(first);
    }

    private Path(List<Relationship<?, ?>> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * This path followed by one more relationship.
     *
     * @param next a relationship of {@code C}
     * @param <X> the record {@code next} leads to
     * @return the longer path
     */
    public <X extends Record> Path<P, X> then(Relationship<C, X> next) {
        List<Relationship<?, ?>> longer = new ArrayList<>(steps);
        longer.add(next);
        return new Path<>(longer);
    }

    /**
     * The relationships, from the first to the last.
     *
     * @return the steps
     */
    public List<Relationship<?, ?>> steps() {
        return steps;
    }

    /**
     * Loads every step of the path in the same statement as the rows it starts from.
     *
     * @return the load
     */
    public Load<P, C> joined() {
        return new Load<>(this, Strategy.JOINED);
    }

    /**
     * Loads every step of the path in a statement of its own per step.
     *
     * @return the load
     */
    public Load<P, C> selectIn() {
        return new Load<>(this, Strategy.SELECT_IN);
    }

    /**
     * Leaves the last step unloaded (the steps before it load as their own loaders say).
     *
     * @return the load
     */
    public Load<P, C> lazy() {
        return new Load<>(this, Strategy.LAZY);
    }

    /**
     * Leaves the last step unloaded.
     *
     * @return the load
     */
    public Load<P, C> none() {
        return new Load<>(this, Strategy.NONE);
    }

    /**
     * The component names joined by dots, as a string loader names the path: {@code posts.comments}.
     *
     * @return the dotted path
     */
    public String dotted() {
        return steps.stream().map(Relationship::name).collect(Collectors.joining("."));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Path<?, ?> path && steps.equals(path.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    /**
     * The first step's table and the dotted path: {@code author.posts.comments}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return steps.getFirst().source().name() + "." + dotted();
    }
}
