package dev.ormdantic.examples.quickstart;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * An ice-cream flavor; the annotation processor writes {@code FlavorTable} from it.
 *
 * @param id the key
 * @param name the name, 2 to 80 characters
 * @param rating how good it is
 */
@Table(
        pk = "id",
        indexed = {"name"})
public record Flavor(String id, @Size(min = 2, max = 80) String name, int rating) {}
