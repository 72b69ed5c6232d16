package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * The relation predicates' parent: books reference it.
 *
 * @param id the key
 * @param name the name
 */
@Table(pk = "id")
public record Publisher(long id, @Size(max = 40) String name) {}
