package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Ref;
import jakarta.validation.constraints.Size;

/**
 * A line of a purchase (many-to-one).
 *
 * @param id the key
 * @param purchase the purchase
 * @param item the item
 * @param quantity how many
 */
@Table(
        pk = "id",
        indexed = {"purchase"})
public record PurchaseLine(
        long id,
        Ref<Purchase, Long> purchase,
        @Size(max = 40) String item,
        int quantity) {}
