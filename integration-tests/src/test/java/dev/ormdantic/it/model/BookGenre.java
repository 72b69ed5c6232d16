package dev.ormdantic.it.model;

import dev.ormdantic.annotation.References;
import dev.ormdantic.annotation.Table;

/**
 * The association table between books and genres.
 *
 * @param id the key
 * @param bookId the book's key
 * @param genreId the genre's key
 */
@Table(pk = "id")
public record BookGenre(
        long id,
        @References(Book.class) long bookId,
        @References(Genre.class) long genreId) {}
