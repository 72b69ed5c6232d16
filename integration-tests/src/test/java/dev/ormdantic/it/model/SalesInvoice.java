package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * An invoice table in its own schema ({@code ormdantic_it_sales}), which {@code init()} creates; SQLite refuses it.
 *
 * @param id the key
 * @param customer the customer, indexed
 * @param total the total in cents
 */
@Table(pk = "id", schema = "ormdantic_it_sales", indexed = "customer")
public record SalesInvoice(long id, @Size(max = 80) String customer, int total) {}
