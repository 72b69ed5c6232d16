package dev.ormdantic.it.model;

import dev.ormdantic.annotation.BackReference;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Many;
import jakarta.validation.constraints.Size;

/**
 * The root of the relationship-loading fixture: a shopper with purchases (one-to-many).
 *
 * @param id the key
 * @param name the name
 * @param purchases the shopper's purchases, when loaded
 */
@Table(pk = "id")
public record Shopper(
        long id,
        @Size(max = 40) String name,
        @BackReference("shopper") Many<Purchase> purchases) {}
