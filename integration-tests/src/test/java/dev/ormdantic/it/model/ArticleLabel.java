package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Ref;

/**
 * The association of {@link Article} and {@link Label}: a composite key of two references.
 *
 * @param article the article
 * @param label the label
 */
@Table(pk = {"article", "label"})
public record ArticleLabel(Ref<Article, Long> article, Ref<Label, String> label) {}
