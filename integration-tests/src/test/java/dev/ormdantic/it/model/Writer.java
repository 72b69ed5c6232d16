package dev.ormdantic.it.model;

import dev.ormdantic.annotation.BackReference;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Many;

/**
 * A writer of articles, referenced twice by {@link Article}: as its writer and as its editor (two relationships to
 * one table).
 *
 * @param id the key
 * @param name the name
 * @param articles the articles whose {@code writer} is this writer
 * @param edited the articles whose {@code editor} is this writer
 */
@Table(pk = "id")
public record Writer(
        long id,
        String name,
        @BackReference("writer") Many<Article> articles,
        @BackReference("editor") Many<Article> edited) {}
