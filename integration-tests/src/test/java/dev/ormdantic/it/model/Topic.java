package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * A topic of articles, keyed by a short code: the association {@link ArticleTopic} references it by that string.
 *
 * @param code the key, at most 20 characters
 * @param text what it says
 */
@Table(pk = "code")
public record Topic(@Size(max = 20) String code, String text) {}
