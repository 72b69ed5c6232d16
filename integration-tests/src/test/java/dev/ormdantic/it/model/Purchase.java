package dev.ormdantic.it.model;

import dev.ormdantic.annotation.BackReference;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.Through;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import jakarta.validation.constraints.Size;

/**
 * A purchase of a shopper (many-to-one), with lines (one-to-many) and labels (many-to-many through
 * {@link PurchaseLabel}).
 *
 * @param id the key
 * @param shopper the shopper
 * @param title the title
 * @param lines the lines, when loaded
 * @param labels the labels, when loaded
 */
@Table(
        pk = "id",
        indexed = {"shopper"})
public record Purchase(
        long id,
        Ref<Shopper, Long> shopper,
        @Size(max = 40) String title,
        @BackReference("purchase") Many<PurchaseLine> lines,
        @Through(PurchaseLabel.class) Many<Label> labels) {}
