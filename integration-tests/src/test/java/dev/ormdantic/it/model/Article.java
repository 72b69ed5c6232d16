package dev.ormdantic.it.model;

import dev.ormdantic.annotation.References;
import dev.ormdantic.annotation.ReferentialAction;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.Through;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An article: a non-nullable reference to its writer (deleted with it), a nullable one to its editor, and topics
 * through {@link ArticleTopic}.
 *
 * @param id the key
 * @param writer the writer, a {@code BIGINT} foreign key to {@code writer.id}
 * @param editor the editor, or {@code null} for none
 * @param title the title
 * @param topics the topics, through {@code article_topic}
 */
@Table(pk = "id", indexed = "writer")
public record Article(
        long id,

        @References(value = Writer.class, onDelete = ReferentialAction.CASCADE)
        Ref<Writer, Long> writer,

        @Nullable Ref<Writer, Long> editor,
        @Size(max = 80) String title,
        @Through(ArticleTopic.class) Many<Topic> topics) {}
