package dev.ormdantic.it.model;

import dev.ormdantic.annotation.EnumValue;

/** An enum stored by chosen values. */
public enum Grind {
    /** Fine, stored as {@code F}. */
    @EnumValue("F")
    FINE,
    /** Medium, stored as {@code M}. */
    @EnumValue("M")
    MEDIUM,
    /** Coarse, stored as {@code COARSE}: the longest value sets the column's width. */
    @EnumValue("COARSE")
    COARSE
}
