package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;

/**
 * A two-word class name, for the table naming rule ({@code coffee_flavor}).
 *
 * @param code the key
 * @param origin where it comes from
 */
@Table(pk = "code")
public record CoffeeFlavor(String code, String origin) {}
