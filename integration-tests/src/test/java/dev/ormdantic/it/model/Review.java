package dev.ormdantic.it.model;

import dev.ormdantic.annotation.References;
import dev.ormdantic.annotation.Table;

/**
 * A book's review, for nested relation predicates.
 *
 * @param id the key
 * @param bookId the book's key
 * @param stars the rating
 */
@Table(pk = "id")
public record Review(long id, @References(Book.class) long bookId, int stars) {}
