package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * A label put on purchases (the far side of a many-to-many).
 *
 * @param id the key
 * @param name the name
 */
@Table(pk = "id")
public record Label(long id, @Size(max = 40) String name) {}
