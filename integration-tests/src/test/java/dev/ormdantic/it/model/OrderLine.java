package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;

/**
 * A line of an order, keyed by the order and the line number: the composite-key tests use it.
 *
 * @param orderId the order, first key component
 * @param line the line number, second key component
 * @param product what was ordered
 * @param quantity how many
 */
@Table(pk = {"orderId", "line"})
public record OrderLine(String orderId, int line, String product, int quantity) {}
