package dev.ormdantic.examples.todo.model;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Ref;

/**
 * The association row of a task and one of its tags.
 *
 * @param task the task
 * @param tag the tag
 */
@Table(
        name = "task_tag",
        pk = {"task", "tag"},
        indexed = {"tag"})
public record TaskTag(Ref<Task, Long> task, Ref<Tag, Long> tag) {}
