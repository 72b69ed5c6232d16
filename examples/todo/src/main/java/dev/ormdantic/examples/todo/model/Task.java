package dev.ormdantic.examples.todo.model;

import dev.ormdantic.annotation.Identity;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.Through;
import dev.ormdantic.annotation.Version;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Something to do, in a project. The version makes concurrent edits safe: an update that carries an old version fails
 * instead of overwriting the newer row.
 *
 * @param id the key, chosen by the database
 * @param project the project it belongs to (many-to-one)
 * @param title what to do
 * @param done whether it is done
 * @param priority 1 (highest) to 5
 * @param version the optimistic-locking version, 1 after the insert
 * @param tags its tags (many-to-many through {@link TaskTag}), loaded only when asked for
 */
@Table(
        pk = "id",
        indexed = {"project"})
public record Task(
        @Identity long id,
        Ref<Project, Long> project,
        @NotBlank @Size(max = 200) String title,
        boolean done,
        @Min(1) @Max(5) int priority,
        @Version long version,
        @Through(TaskTag.class) Many<Tag> tags) {}
