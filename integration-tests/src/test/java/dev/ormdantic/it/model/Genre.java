package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * The other side of the books' many-to-many relationship.
 *
 * @param id the key
 * @param name the name
 */
@Table(pk = "id")
public record Genre(long id, @Size(max = 40) String name) {}
