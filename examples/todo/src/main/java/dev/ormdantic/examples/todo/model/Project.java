package dev.ormdantic.examples.todo.model;

import dev.ormdantic.annotation.BackReference;
import dev.ormdantic.annotation.Identity;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A list of tasks that belongs to one user.
 *
 * @param id the key, chosen by the database
 * @param owner the user who owns it (many-to-one)
 * @param name the name
 * @param archived whether it was archived (its tasks were then all marked done)
 * @param tasks its tasks (one-to-many), loaded only when asked for
 */
@Table(
        pk = "id",
        indexed = {"owner"})
public record Project(
        @Identity long id,
        Ref<User, Long> owner,
        @NotBlank @Size(max = 120) String name,
        boolean archived,
        @BackReference("project") Many<Task> tasks) {}
