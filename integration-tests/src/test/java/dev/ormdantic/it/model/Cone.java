package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.Unique;
import jakarta.validation.constraints.Size;

/**
 * The schema tests' parent table: toppings, sprinkles, wafers and dips reference it; its name is unique.
 *
 * @param id the key, a bounded string that the referencing columns take as their type
 * @param name the name, unique
 */
@Table(pk = "id", uniques = @Unique("name"))
public record Cone(
        @Size(max = 40) String id, @Size(max = 80) String name) {}
