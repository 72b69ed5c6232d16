package dev.ormdantic.it.model;

import dev.ormdantic.annotation.NativeEnum;
import dev.ormdantic.annotation.Table;

/**
 * A table keyed by a native enum column: {@code findOne} and {@code delete} bind the key as a label of type
 * {@code roast}.
 *
 * @param roast the key
 * @param note a text
 */
@Table(pk = "roast")
public record RoastNote(@NativeEnum Roast roast, String note) {}
