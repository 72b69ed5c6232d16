package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Sequence;
import dev.ormdantic.annotation.Table;

/**
 * An invoice numbered from a sequence (SQLite and MySQL have none and refuse it): the sequence tests use it.
 *
 * @param number the key, drawn from {@code invoice_number_seq} starting at 1000 in steps of 5
 * @param customer who is billed
 */
@Table(pk = "number")
public record Invoice(@Sequence(start = 1000, increment = 5) long number, String customer) {}
