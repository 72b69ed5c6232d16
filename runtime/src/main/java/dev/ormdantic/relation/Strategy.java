package dev.ormdantic.relation;

/**
 * How a relationship is loaded.
 *
 * @since 0.1.0
 */
public enum Strategy {
    /**
     * In the same statement as the rows it hangs from: a to-one with a {@code LEFT JOIN}, a to-many by joining the
     * related rows to the (limited) parent rows and folding them back into collections. One statement for the whole
     * joined part of a load.
     */
    JOINED,
    /**
     * In one more statement per relationship: the related rows of every parent at once, with the parents' keys in an
     * {@code IN} list (batched by the dialect's parameter limit, or {@code batched(n)}) or one array parameter on
     * PostgreSQL.
     */
    SELECT_IN,
    /**
     * Not now: the relationship stays unloaded, to be loaded later with an explicit {@code load(...)} call of a table handle.
     * Nothing is ever loaded on access.
     */
    LAZY,
    /** Never: the relationship stays unloaded (only its key is there). */
    NONE;

    /**
     * Whether this strategy loads in the query itself.
     *
     * @return {@code true} for {@link #JOINED} and {@link #SELECT_IN}
     */
    public boolean eager() {
        return this == JOINED || this == SELECT_IN;
    }

    /**
     * The name used in string loaders and messages: {@code joined}, {@code selectin}, {@code lazy}, {@code noload}.
     *
     * @return the name
     */
    public String label() {
        return switch (this) {
            case JOINED -> "joined";
            case SELECT_IN -> "selectin";
            case LAZY -> "lazy";
            case NONE -> "noload";
        };
    }
}
