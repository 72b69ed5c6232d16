package dev.ormdantic.benchmarks;

import dev.ormdantic.benchmarks.model.Item;

/**
 * One way of running the cases: this ORM (blocking or async), hand-written JDBC, or a peer. Opened once per backend,
 * on its own pool with the {@link Target#hikari shared pool settings}; the harness times only
 * {@link Prepared#run()}.
 */
public interface Contender extends AutoCloseable {

    /**
     * Builds what a case needs (the statement, the inputs in the contender's own types) outside the timed section.
     *
     * @param benchCase the case
     * @param workload the data
     * @return the timed work
     * @throws NotApplicableException when this contender cannot run the case, with the reason
     */
    Prepared prepare(BenchCase benchCase, Workload workload) throws NotApplicableException;

    /**
     * Reads the first rows of the item table into the contender's own row objects, for the heap measurement.
     *
     * @param rows how many rows
     * @return the timed work, which returns the list of rows
     * @throws NotApplicableException when the contender cannot read rows
     */
    Prepared findFirst(int rows) throws NotApplicableException;

    /**
     * A row this contender returned, as the benchmark's record, for validation after the clock stops.
     *
     * @param row an element of a list a case returned
     * @return the row as an {@link Item}
     */
    default Item asItem(Object row) {
        return (Item) row;
    }

    /**
     * A row of the projection case, as the benchmark's record, for validation.
     *
     * @param row an element of the list the projection case returned
     * @return the row as an {@link IdScore}
     */
    default IdScore asIdScore(Object row) {
        return (IdScore) row;
    }

    /**
     * A parent of a relationship case, as the benchmark's graph, for validation after the clock stops.
     *
     * @param row an element of the list a tree case returned
     * @return the parent with its children (and their leaves when loaded)
     */
    default Graphs.ParentTree asParentTree(Object row) {
        return (Graphs.ParentTree) row;
    }

    /**
     * A child of the many-to-one case, as the benchmark's pair, for validation after the clock stops.
     *
     * @param row an element of the list the many-to-one case returned
     * @return the child with its parent
     */
    default Graphs.ChildWithParent asChildWithParent(Object row) {
        return (Graphs.ChildWithParent) row;
    }

    /** Closes the pool and whatever the contender built on it. */
    @Override
    void close();

    /** The timed part of one sample. */
    @FunctionalInterface
    interface Prepared {

        /**
         * Runs the case once.
         *
         * @return what the case produced, checked by {@link Validation} after the clock stops
         * @throws Exception when the case fails
         */
        Object run() throws Exception;
    }
}
