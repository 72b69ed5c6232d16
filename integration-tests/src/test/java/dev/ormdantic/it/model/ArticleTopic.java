package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Ref;

/**
 * The association of {@link Article} and {@link Topic}: a composite key of two references.
 *
 * @param article the article
 * @param topic the topic
 */
@Table(pk = {"article", "topic"})
public record ArticleTopic(Ref<Article, Long> article, Ref<Topic, String> topic) {}
