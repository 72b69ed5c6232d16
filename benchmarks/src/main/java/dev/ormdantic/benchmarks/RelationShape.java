package dev.ormdantic.benchmarks;

/**
 * The seed's parents, children and leaves: {@code min(max(rows / 250, 4), 200)} parents with three children each
 * and two leaves per child (five and three from a million rows on), loaded in select-in batches of 25 (100).
 *
 * @param parents the parent rows
 * @param childrenPerParent children of each parent
 * @param leavesPerChild leaves of each child
 * @param batch keys per select-in query
 */
public record RelationShape(int parents, int childrenPerParent, int leavesPerChild, int batch) {

    /**
     * The shape for a number of read rows.
     *
     * @param rows the profile's read rows
     * @return the shape
     */
    public static RelationShape of(int rows) {
        boolean huge = rows >= 1_000_000;
        return new RelationShape(Math.min(Math.max(rows / 250, 4), 200), huge ? 5 : 3, huge ? 3 : 2, huge ? 100 : 25);
    }

    /**
     * All child rows.
     *
     * @return parents × children per parent
     */
    public int children() {
        return parents * childrenPerParent;
    }

    /**
     * All leaf rows.
     *
     * @return children × leaves per child
     */
    public int leaves() {
        return children() * leavesPerChild;
    }
}
