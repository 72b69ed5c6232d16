package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * A label of articles, keyed by a short code: the association {@link ArticleLabel} references it by that string.
 *
 * @param code the key, at most 20 characters
 * @param text what it says
 */
@Table(pk = "code")
public record Label(@Size(max = 20) String code, String text) {}
