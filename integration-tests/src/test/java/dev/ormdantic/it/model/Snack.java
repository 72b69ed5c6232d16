package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The query-language tests' model: numbers to compute with, a nullable number to order, text to search.
 *
 * @param id the key
 * @param name the name
 * @param stars a rating, absent for an unrated snack
 * @param price the price in cents
 * @param cost the cost in cents
 * @param note a free-text note, absent when there is none
 */
@Table(
        pk = "id",
        indexed = {"name"})
public record Snack(
        long id,
        @Size(max = 80) String name,
        @Nullable Integer stars,
        int price,
        int cost,
        @Nullable String note) {}
