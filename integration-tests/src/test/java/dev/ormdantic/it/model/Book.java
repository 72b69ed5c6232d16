package dev.ormdantic.it.model;

import dev.ormdantic.annotation.References;
import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The relation predicates' child: an optional publisher, and a nullable page count to test unknown conditions with.
 *
 * @param id the key
 * @param publisherId the publisher's key, or {@code null} for none
 * @param title the title
 * @param pages the page count, or {@code null} when unknown
 */
@Table(pk = "id")
public record Book(
        long id,
        @Nullable @References(Publisher.class) Long publisherId,
        @Size(max = 40) String title,
        @Nullable Integer pages) {}
