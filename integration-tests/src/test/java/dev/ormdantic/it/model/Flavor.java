package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * The quickstart's model.
 *
 * @param id the key
 * @param name the name, 2 to 80 characters
 * @param rating the rating
 */
@Table(
        pk = "id",
        indexed = {"name"})
public record Flavor(String id, @Size(min = 2, max = 80) String name, int rating) {}
