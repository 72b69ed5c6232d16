package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.View;
import jakarta.validation.constraints.Size;

/**
 * A materialized view counting each cone's toppings; PostgreSQL and Oracle only.
 *
 * @param id the cone's key
 * @param toppings how many toppings it has
 */
@View(query = "SELECT cone_id AS id, COUNT(*) AS toppings FROM topping GROUP BY cone_id", materialized = true)
@Table(pk = "id")
public record ToppingCount(@Size(max = 40) String id, long toppings) {}
