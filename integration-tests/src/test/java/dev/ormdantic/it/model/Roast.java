package dev.ormdantic.it.model;

/** An enum stored by name. */
public enum Roast {
    /** Light. */
    LIGHT,
    /** Medium. */
    MEDIUM,
    /** Dark, the longest name decides the column width. */
    EXTRA_DARK
}
