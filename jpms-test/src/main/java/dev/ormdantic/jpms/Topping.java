package dev.ormdantic.jpms;

import dev.ormdantic.annotation.Table;

/**
 * A topping, a second table so that the index holds more than one.
 *
 * @param id the key
 * @param name the name
 */
@Table(pk = "id")
public record Topping(String id, String name) {}
