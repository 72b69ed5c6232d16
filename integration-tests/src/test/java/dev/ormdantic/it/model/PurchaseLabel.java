package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Ref;

/**
 * The association of purchases and labels, keyed by both references.
 *
 * @param purchase the purchase
 * @param label the label
 */
@Table(pk = {"purchase", "label"})
public record PurchaseLabel(Ref<Purchase, Long> purchase, Ref<Label, Long> label) {}
