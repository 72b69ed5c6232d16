package dev.ormdantic.internal.exec;

/** How many rows one multi-row statement carries. */
final class Batches {

    /**
     * The most rows per statement whatever the bind limit: larger statements are slower to parse than they save in
     * round trips.
     */
    static final int MAX_ROWS_PER_STATEMENT = 1_000;

    private Batches() {}

    /**
     * The rows per statement, so that {@code rows * columnsPerRow} stays within the dialect's bind limit.
     *
     * @param columnsPerRow the parameters one row binds
     * @param maxBindParameters the dialect's limit per statement
     * @return at least one
     */
    static int rowsPerStatement(int columnsPerRow, int maxBindParameters) {
        int byBindLimit = maxBindParameters / Math.max(1, columnsPerRow);
        return Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, byBindLimit));
    }
}
