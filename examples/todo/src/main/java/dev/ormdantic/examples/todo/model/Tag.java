package dev.ormdantic.examples.todo.model;

import dev.ormdantic.annotation.Identity;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.Unique;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A label that tasks share, unique by name.
 *
 * @param id the key, chosen by the database
 * @param name the name
 */
@Table(pk = "id", uniques = @Unique("name"))
public record Tag(
        @Identity long id, @NotBlank @Size(max = 40) String name) {}
