package dev.ormdantic;

/**
 * What the database does when it sees the N+1 pattern: the same relationship loaded lazily for one record at a time,
 * many times in a short while ({@code load(row, ...)} in a loop), where one {@code load(rows, ...)} or a select-in
 * loader would read all of them in one statement. Set with {@link Ormdantic.Builder#nPlusOne(NPlusOne)}.
 *
 * <p>The pattern is {@value #THRESHOLD} single-record loads of one relationship, each within {@value #WINDOW_MILLIS}
 * ms of the one before, or {@value #THRESHOLD} in one transaction however far apart.
 *
 * @since 0.1.0
 */
public enum NPlusOne {
    /** Nothing is watched. */
    OFF,
    /**
     * A WARNING on the {@code dev.ormdantic} logger, once per relationship for the life of the database, naming the
     * relationship, the count and the call site, and saying which loader to use instead (the default).
     */
    WARN,
    /** The load that completes the pattern fails with {@code ORM2604}: for tests that must not let N+1 in. */
    FAIL;

    /** The number of single-record loads of one relationship, each soon after the one before, that is the pattern. */
    public static final int THRESHOLD = 10;

    /** How soon after the one before a single-record load counts as part of a loop, in milliseconds. */
    public static final long WINDOW_MILLIS = 1_000;
}
