package dev.ormdantic.spring.app;

import dev.ormdantic.annotation.Table;

/**
 * The test application's table.
 *
 * @param id the key
 * @param name the name
 * @param rating the rating
 */
@Table(pk = "id", name = "starter_flavor")
public record Flavor(String id, String name, int rating) {}
