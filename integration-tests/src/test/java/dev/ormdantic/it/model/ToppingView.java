package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.View;
import jakarta.validation.constraints.Size;

/**
 * A view joining each topping to its cone's name; read-only.
 *
 * @param id the topping's key
 * @param coneName the cone's name
 * @param name the topping's name
 */
@View(query = "SELECT t.id AS id, c.name AS cone_name, t.name AS name FROM topping t JOIN cone c ON c.id = t.cone_id")
@Table(pk = "id")
public record ToppingView(
        long id,
        @Size(max = 80) String coneName,
        @Size(max = 80) String name) {}
