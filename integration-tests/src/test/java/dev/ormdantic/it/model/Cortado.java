package dev.ormdantic.it.model;

import dev.ormdantic.annotation.NativeEnum;
import dev.ormdantic.annotation.Table;

/**
 * A second table whose column uses the native enum type {@code roast} of {@link Espresso}.
 *
 * @param id the key
 * @param roast an enum stored by name in type {@code roast}
 */
@Table(pk = "id")
public record Cortado(long id, @NativeEnum Roast roast) {}
