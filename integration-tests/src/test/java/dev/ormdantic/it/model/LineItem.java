package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Computed;
import dev.ormdantic.annotation.Table;

/**
 * An item with a stored computed total (Oracle refuses stored computed columns): the computed-column tests use it.
 *
 * @param id the key
 * @param price the unit price
 * @param quantity how many
 * @param total {@code price * quantity}, computed by the database
 */
@Table(pk = "id")
public record LineItem(
        String id,
        int price,
        int quantity,
        @Computed(value = "price * quantity", stored = true) int total) {}
